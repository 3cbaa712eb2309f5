#!/usr/bin/env bash
# The two huge hostile inputs of the hardening issue, through `argmap batch`:
# a 50 MB single line and a million one-character paragraphs. Each must give a
# map (one output line, ok) within a time limit. The smaller hostile cases are
# table-driven in tests/test_hostile.cpp.
# Under AddressSanitizer (which makes the engine about ten times slower and its memory
# about twice as large) the sizes are a twentieth: analysis time is linear in length
# (the benchmark checks a 10x longer document costs at most 11x), so the smaller size
# exercises the same code paths; the Release build runs the full sizes.
# usage: batch_hostile.sh ARGMAP_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# ARGMAP_TEST_SANITIZED is set by tests/CMakeLists.txt in sanitized builds; the binary is
# also sniffed for a hand run (gcc links libasan dynamically, clang statically: nm -D
# does not see clang's runtime, and the full sizes took 190 s there).
scale=1
if [ -n "${ARGMAP_TEST_SANITIZED:-}" ] || ldd "$bin" 2>/dev/null | grep -q libasan ||
   nm -D "$bin" 2>/dev/null | grep -q __asan_init; then scale=20; fi
line_bytes=$((50 * 1000 * 1000 / scale))
paragraphs=$((1000 * 1000 / scale))

# Every corpus text with its line breaks turned into spaces, repeated to the size:
# one paragraph of real sentences in three languages.
python3 - "$src" "$work/line.txt" "$line_bytes" "$work/paras.txt" "$paragraphs" <<'PY'
import glob, sys
src, line_path, size, para_path, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
unit = " ".join(open(f, encoding="utf-8").read().replace("\n", " ") for f in sorted(glob.glob(src + "/corpora/*/*.txt")))
data = (unit * (size // len(unit.encode()) + 1)).encode()[:size]
data = data.decode("utf-8", "ignore").encode()  # do not cut a character in two
open(line_path, "wb").write(data)
open(para_path, "w").write("a\n" * n)
PY

check() {  # check NAME OUTPUT EXPECTED_LENGTH
  local lines
  lines=$(wc -l < "$2")
  [ "$lines" -eq 1 ] || fail "$1: $lines output lines (expected 1)"
  head -c 400 "$2" | grep -q '"ok":true,"map":{"schema":"argmap/1","document":{"language":"[a-zA-Z-]*","date":[^,]*,"length":'"$3"'}' \
    || fail "$1: not a map of length $3: $(head -c 300 "$2")"
  echo "ok: $1"
}

expected=$(python3 -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read()))' "$work/line.txt")
start=$SECONDS
timeout 300 "$bin" batch --jobs 1 "$work/line.txt" > "$work/line.out" || fail "single line: exit $? (timeout is 124)"
check "a single line of $line_bytes bytes ($((SECONDS - start)) s)" "$work/line.out" "$expected"
rm -f "$work/line.out" "$work/line.txt"

start=$SECONDS
timeout 300 "$bin" batch --jobs 1 "$work/paras.txt" > "$work/paras.out" || fail "paragraphs: exit $? (timeout is 124)"
check "$paragraphs one-character paragraphs ($((SECONDS - start)) s)" "$work/paras.out" $((2 * paragraphs))
