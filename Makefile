# sitegen: `make` builds the example site into output/, `make test` runs every test.
# Both install the Debian packages sitegen needs when they are missing.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || command -v sudo >/dev/null 2>&1 && [ "$$(id -u)" != "0" ] && echo sudo)
DEBIAN_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config

.PHONY: site test deps build theme clean

site: deps build
	.build/debug/sitegen build

build:
	$(SWIFT) build --product sitegen

test: deps
	$(SWIFT) test

# Installs the C libraries cmark-gfm needs, once.
deps:
	@if ! dpkg -s $(DEBIAN_PACKAGES) >/dev/null 2>&1; then \
		echo "Installing $(DEBIAN_PACKAGES)"; \
		$(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(DEBIAN_PACKAGES); \
	fi

# Embeds themes/default/ into the binary after a change to the theme.
theme:
	python3 scripts/embed-default-theme.py

clean:
	rm -rf .build output
