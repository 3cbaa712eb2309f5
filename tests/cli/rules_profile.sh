#!/usr/bin/env bash
# `argmap rules profile`: the one rule that runs holds every step and tops the list,
# the one its prefilter skips has none; bad arguments and bad input are errors with
# exit codes, not crashes.
set -euo pipefail
argmap=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/rules"
cat > "$tmp/rules/t.rules" <<'RULES'
language en;
rule t.cheap : claim.stance 0.9 = "clearly";
rule t.costly : claim.stance 0.9 = BOS ANY{0,9} "end" EOS;
RULES
printf 'One two three four five end.\n' > "$tmp/a.txt"
"$argmap" rules profile --no-default-rules --rules "$tmp/rules" --lang en "$tmp/a.txt" > "$tmp/out.txt"
cat "$tmp/out.txt"
# One sentence of seven tokens (six words and the full stop); t.cheap's prefilter
# skips it (no "clearly"): 0 steps, 0 sentences. t.costly runs once and matches nothing
# (the sentence ends with ".", not "end"), so it is listed first with every step.
first=$(sed -n 3p "$tmp/out.txt")
[[ $first =~ ^\ +[1-9][0-9]*\ +100\.0%\ +1\ +0\ +t\.costly$ ]] || { echo "rules_profile.sh: first row: '$first'"; exit 1; }
second=$(sed -n 4p "$tmp/out.txt")
[[ $second =~ ^\ +0\ +0\.0%\ +0\ +0\ +t\.cheap$ ]] || { echo "rules_profile.sh: second row: '$second'"; exit 1; }
grep -q '^1 files, .* 1 sentences' "$tmp/out.txt" || { echo "rules_profile.sh: header"; exit 1; }
# Errors: no file (usage), a missing file and invalid UTF-8 (input), a bad --top.
set +e
"$argmap" rules profile > /dev/null 2>&1; [ $? -eq 2 ] || { echo "rules_profile.sh: no file should exit 2"; exit 1; }
"$argmap" rules profile --top x "$tmp/a.txt" > /dev/null 2>&1; [ $? -eq 2 ] || { echo "rules_profile.sh: bad --top"; exit 1; }
"$argmap" rules profile "$tmp/none.txt" > /dev/null 2>&1; [ $? -eq 1 ] || { echo "rules_profile.sh: missing file should exit 1"; exit 1; }
printf 'ok \xff bad\n' > "$tmp/bad.txt"
msg=$("$argmap" rules profile "$tmp/bad.txt" 2>&1 >/dev/null); code=$?
set -e
[ $code -eq 1 ] || { echo "rules_profile.sh: invalid UTF-8 should exit 1"; exit 1; }
[[ $msg == *"bad.txt:1:4: byte offset 3"* ]] || { echo "rules_profile.sh: message '$msg'"; exit 1; }
echo "rules_profile.sh: ok"
