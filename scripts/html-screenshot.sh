#!/usr/bin/env bash
# Renders the HTML report in headless Chromium (Debian's `chromium` package) and saves a
# screenshot, to check by eye that the self-contained report looks right.
#   scripts/html-screenshot.sh [OUT.png] [REPORT...]
# Defaults: bench/out/report.png from the demo reports plus a secrets/misconfig report.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-bench/out/report.png}"
shift || true
reports=("$@")
if [ ${#reports[@]} -eq 0 ]; then
  reports=(fixtures/demo/*.json fixtures/real/trivy/misconfigurations_and_secrets.json)
fi
chromium_bin="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium_bin" ]; then
  echo "chromium not found at $chromium_bin (apt-get install -y chromium)" >&2
  exit 3
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
html="$work/report.html"
# Exit 1 (blocked) is expected for the demo reports; 2 means no report was written.
node dist/cli.js check "${reports[@]}" -q -o "html=$html" || [ $? -eq 1 ]
mkdir -p "$(dirname "$out")"
"$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --hide-scrollbars --window-size=1400,1600 \
  --screenshot="$(realpath -m "$out")" "file://$html" 2>"$work/chromium.log" || {
  cat "$work/chromium.log" >&2
  exit 1
}
[ -s "$out" ] || { echo "no screenshot written" >&2; exit 1; }
echo "wrote $out"
