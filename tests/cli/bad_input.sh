#!/usr/bin/env bash
# Bad input gets a clear error that says what and where, a non-zero exit and nothing
# on stdout; never a crash.
set -uo pipefail
argmap=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0
expect() {  # expect NAME WANT_RC STDERR_PATTERN -- command...
  local name=$1 want=$2 pattern=$3; shift 4
  "$@" > "$tmp/out" 2> "$tmp/err"; local rc=$?
  if [ "$rc" != "$want" ]; then echo "FAIL $name: exit $rc, want $want"; cat "$tmp/err"; fails=$((fails+1)); return; fi
  if [ -n "$pattern" ] && ! grep -qE -- "$pattern" "$tmp/err"; then echo "FAIL $name: stderr lacks /$pattern/:"; cat "$tmp/err"; fails=$((fails+1)); return; fi
  if [ "$want" != 0 ] && [ -s "$tmp/out" ]; then echo "FAIL $name: printed to stdout on error"; fails=$((fails+1)); return; fi
  echo "ok   $name"
}

# Bytes a b \n c d 0xff: the bad byte is at offset 5, line 2, column 3.
printf 'ab\ncd\xffef\n' > "$tmp/bad.txt"
expect invalid_utf8 1 "bad.txt:2:3: byte offset 5: .*0xff" -- "$argmap" analyze "$tmp/bad.txt"
expect lenient 0 "" -- "$argmap" analyze --lenient "$tmp/bad.txt"
expect missing_file 1 "nope.txt: cannot open file" -- "$argmap" analyze "$tmp/nope.txt"
expect bad_format 2 "unknown format" -- "$argmap" analyze --format xml "$tmp/bad.txt"
expect bad_lang 2 "unknown language" -- "$argmap" analyze --lang fr "$src/corpora/sample.txt"
expect unknown_command 2 "unknown command" -- "$argmap" frobnicate
printf '' > "$tmp/empty.txt"
expect empty_file 0 "" -- "$argmap" analyze "$tmp/empty.txt"

# rules check: a syntax error on line 3 is reported at FILE:3:COL and exits non-zero.
printf 'language zh;\nlexicon a = "x";\nrule r.one : claim = "x" (;\n' > "$tmp/broken.rules"
expect rules_syntax 1 "broken.rules:3:[0-9]+: error\[E001\]" -- "$argmap" rules check "$tmp/broken.rules"
expect rules_shipped 0 "" -- "$argmap" rules check
# A broken user pack stops analysis with the diagnostics, exit 3.
mkdir -p "$tmp/pack" && cp "$tmp/broken.rules" "$tmp/pack/"
expect user_pack 3 "broken.rules:3" -- "$argmap" analyze --rules "$tmp/pack" "$src/corpora/sample.txt"
[ "$fails" = 0 ]
