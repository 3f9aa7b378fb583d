#!/usr/bin/env bash
# Takes screenshots of the main kinds of page at 360 px and 1280 px with headless Chromium.
# Usage: scripts/screenshots.sh [OUTPUT_DIR] [SCREENSHOT_DIR]   (defaults: output, screenshots)
# Needs Debian's chromium (apt-get install chromium).
set -euo pipefail
out=${1:-output}
dir=${2:-screenshots}
mkdir -p "$dir"
pages=(
  "home:index.html"
  "document:hoeje-taastrup/ledelsesgrundlag/index.html"
  "approach:hoeje-taastrup/ledelsesgrundlag/faglig-ledelse/index.html"
  "programme:haderslev/laeringsledelse/index.html"
  "roles:horsens/grundkontrakt-vejlederrollen/index.html"
  "print:hoeje-taastrup/ledelsesgrundlag/print/index.html"
)
for entry in "${pages[@]}"; do
  name=${entry%%:*}; page=${entry#*:}
  for width in 360 1280; do
    chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size="$width,2400" \
      --screenshot="$dir/$name-$width.png" "file://$(realpath "$out/$page")" >/dev/null 2>&1
    echo "$dir/$name-$width.png"
  done
done
