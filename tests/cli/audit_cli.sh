#!/usr/bin/env bash
# `argmap audit` end to end: the JSON is argmap-audit/1 with shares that add up to 1,
# known finding kinds and sentence ids that exist in the map; text has no colour when
# piped; html comes from stdin too; bad options exit 2; bad input exits 1.
set -uo pipefail
argmap=$1; src=$2
seed="$src/../shared/seeds/000_d7b56514e8d183d3.txt"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL $*"; fails=$((fails+1)); }
ok() { echo "ok   $*"; }

"$argmap" audit --format json "$seed" > "$tmp/audit.json" || fail "audit json exit $?"
"$argmap" analyze "$seed" > "$tmp/map.json" || fail "analyze exit $?"
if python3 - "$tmp/audit.json" "$tmp/map.json" <<'PY'
import json, sys
audit = json.load(open(sys.argv[1])); m = json.load(open(sys.argv[2]))
assert audit["schema"] == "argmap-audit/1", audit["schema"]
shares = audit["shares"]
assert set(shares) == {"claim", "report", "attribution", "meta"}, shares
assert abs(sum(shares.values()) - 1) < 1e-9, shares
assert abs(sum(audit["char_shares"].values()) - 1) < 1e-9
assert sum(audit["counts"]["sentences"].values()) == len(m["sentences"]) == audit["document"]["sentences"]
ids = {s["id"] for s in m["sentences"]}
kinds = {"repeated_passage", "unsupported_claim", "certainty_marker", "hedge", "vague_source",
         "rhetorical_question", "opinion_caption", "undated_fact"}
for f in audit["findings"]:
    assert f["kind"] in kinds, f
    assert f["sentences"] and set(f["sentences"]) <= ids, f
    assert isinstance(f["message"], str) and f["message"], f
by_kind = {}
for f in audit["findings"]:
    by_kind[f["kind"]] = by_kind.get(f["kind"], 0) + 1
assert by_kind.get("repeated_passage") == 2, by_kind
assert by_kind.get("opinion_caption") == 1, by_kind
assert len(audit["captions"]) == 4
assert by_kind.get("rhetorical_question", 0) >= 1
assert audit["thesis"] and audit["thesis"]["node"] == m["argument"]["thesis"]
PY
then ok "json: schema, shares, kinds, ids, seed figures"; else fail "json checks"; fi

# Marks are spans of the input: their text equals the input's code points.
if python3 - "$tmp/audit.json" "$seed" <<'PY'
import json, sys
audit = json.load(open(sys.argv[1])); text = open(sys.argv[2], encoding="utf-8").read().lstrip("\ufeff")
for f in audit["findings"]:
    for mk in f["marks"]:
        assert text[mk["start"]:mk["end"]] == mk["text"], mk
PY
then ok "marks are code-point spans"; else fail "marks"; fi

"$argmap" audit "$seed" > "$tmp/audit.txt" || fail "audit text exit $?"
if grep -q $'\x1b\[' "$tmp/audit.txt"; then fail "colour escapes when piped"; else ok "no colour when piped"; fi
grep -q "Repeated passages (2)" "$tmp/audit.txt" && ok "text report lists the repeated passages" || fail "text report"

"$argmap" audit --format html - < "$seed" > "$tmp/page.html" || fail "audit html from stdin exit $?"
grep -q "Content-Security-Policy" "$tmp/page.html" && ok "html from stdin" || fail "html from stdin"
"$argmap" analyze --format html "$seed" > "$tmp/page2.html" || fail "analyze html exit $?"
grep -q 'id="argmap-data"' "$tmp/page2.html" && ok "analyze --format html" || fail "analyze --format html"

"$argmap" audit --format xml "$seed" > /dev/null 2>&1; rc=$?
[ "$rc" = 2 ] && ok "bad format exits 2" || fail "bad format exit $rc"
"$argmap" audit --format > /dev/null 2>&1; rc=$?
[ "$rc" = 2 ] && ok "missing format value exits 2" || fail "missing format value exit $rc"
"$argmap" audit "$tmp/nope.txt" > /dev/null 2>&1; rc=$?
[ "$rc" = 1 ] && ok "missing file exits 1" || fail "missing file exit $rc"
printf 'ab\xff\n' > "$tmp/bad.txt"
"$argmap" audit "$tmp/bad.txt" > /dev/null 2>&1; rc=$?
[ "$rc" = 1 ] && ok "invalid UTF-8 exits 1" || fail "invalid UTF-8 exit $rc"
[ "$fails" = 0 ]
