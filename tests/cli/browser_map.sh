#!/usr/bin/env bash
# End-to-end: the HTML map of the seed article in headless Chromium (tests/browser/
# map_test.mjs). Needs /usr/bin/chromium (Debian's chromium, installed by
# tools/dev.sh) and node; installs playwright-core from npm into <build>/node when it
# is not there yet. Anything missing is a failure, never a silent skip.
# Usage: browser_map.sh ARGMAP_BINARY SOURCE_DIR
set -euo pipefail
argmap=$1
src=$2
build=$(cd "$(dirname "$argmap")/.." && pwd)
seed="$src/../shared/seeds/000_d7b56514e8d183d3.txt"
out="$build/browser"
mkdir -p "$out"

fail() { echo "browser_map: FAIL: $*" >&2; exit 1; }
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing (apt-get install chromium; tools/dev.sh test does it)"
command -v node >/dev/null || fail "node is missing (apt-get install nodejs npm; tools/dev.sh test does it)"
if [ ! -f "$build/node/node_modules/playwright-core/package.json" ]; then
  command -v npm >/dev/null || fail "npm is missing and playwright-core is not installed in $build/node"
  npm install --prefix "$build/node" --no-audit --no-fund playwright-core@1.57 >&2 ||
    fail "npm could not install playwright-core into $build/node"
fi
[ -f "$seed" ] || fail "seed article not found: $seed"

"$argmap" audit --format html "$seed" > "$out/seed.html"
# A document whose text tries to end the script and add markup.
printf '%s\n' 'The minister said </script><script>document.title="pwned"</script> and <b>bold</b> <img src=x onerror=alert(2)> here.' \
  '' 'Clearly <!-- a comment --> & "quotes" stay text.' > "$out/hostile.txt"
"$argmap" analyze --format html --lang en "$out/hostile.txt" > "$out/hostile.html"

node "$src/tests/browser/map_test.mjs" "$build/node/node_modules/playwright-core" \
  "$out/seed.html" "$out/hostile.html" "$out/map.png"
