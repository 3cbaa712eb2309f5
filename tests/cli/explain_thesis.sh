#!/usr/bin/env bash
# `argmap explain` ends with the thesis and the scores behind it. Checked as invariants
# that hold whatever the rules say: the thesis is the best-ranked candidate, each
# candidate's parts add up to its score, candidates are ranked best first, and a text
# with too few of the author's claims says it has no thesis.
set -euo pipefail
argmap=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for f in "$src/corpora/dev/en_health_parking.txt" "$src/corpora/dev/en_econ_minwage.txt" \
         "$src/corpora/dev/hant_tourism_visa.txt" "$src/../shared/seeds/000_d7b56514e8d183d3.txt"; do
  [ -f "$f" ] || continue
  "$argmap" explain "$f" > "$tmp/out.txt"
  /usr/bin/python3 - "$tmp/out.txt" "$f" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
i = max(k for k, l in enumerate(lines) if l.startswith("thesis:"))
thesis = lines[i].split()[1:]
assert thesis, (sys.argv[2], lines[i])
ranked = []
for l in lines[i + 2:]:
    m = re.match(r"  (s\d+)  (-?\d+\.\d+) = (.*)$", l)
    if not m:
        continue
    parts = re.findall(r"(?:^|\+ )[a-z/ ]+? (-?\d+\.\d+)", m.group(3))
    total = sum(float(p) for p in parts)
    assert abs(total - float(m.group(2))) < 0.002, (sys.argv[2], l, total)
    ranked.append((m.group(1), float(m.group(2))))
assert ranked, sys.argv[2]
assert [s for s, _ in ranked] and ranked[0][0] == thesis[0], (sys.argv[2], ranked[0], thesis)
assert all(a[1] >= b[1] for a, b in zip(ranked, ranked[1:])), (sys.argv[2], ranked)
PY
done
printf 'The council met on Monday. It voted on Tuesday.\n' | "$argmap" explain - > "$tmp/report.txt"
grep -q '^thesis: none' "$tmp/report.txt" || { echo "explain_thesis.sh: a report should have no thesis"; cat "$tmp/report.txt"; exit 1; }
echo "explain_thesis.sh: ok"
