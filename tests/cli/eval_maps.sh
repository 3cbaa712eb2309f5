#!/usr/bin/env bash
# `argmap eval --maps DIR`: the same metrics on saved maps instead of the engine's own.
# (1) Saved `argmap analyze` output gives exactly the figures a plain eval gives.
# (2) The gold itself, as a map, agrees with itself on every figure that has a count.
# (3) A gold copy with the thesis moved to the date line and one sub-claim hung under
#     another claim: thesis 0 of 1, sub-claims 3 of 4 found, none false (worked out by hand
#     from en_agri_drought's gold: its thesis is s7, its sub-claims s6, s10, s15, s22).
# (4) Errors name the file and say what is wrong; engine options are refused.
set -euo pipefail
argmap=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/gold" "$tmp/saved" "$tmp/self" "$tmp/moved" "$tmp/bad"
docs="en_agri_drought hant_agri_coopmarket"
for n in $docs; do
  cp "$src/corpora/dev/$n.gold.json" "$src/corpora/dev/$n.txt" "$tmp/gold/"
  date=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['document']['date'])" "$tmp/gold/$n.gold.json")
  "$argmap" analyze --date "$date" "$tmp/gold/$n.txt" > "$tmp/saved/$n.json"
  cp "$tmp/gold/$n.gold.json" "$tmp/self/$n.json"
done
fail() { echo "eval_maps.sh: $*"; exit 1; }

# (1)
"$argmap" eval --json "$tmp/gold" > "$tmp/engine.json"
"$argmap" eval --json --maps "$tmp/saved" "$tmp/gold" > "$tmp/saved.json"
cmp -s "$tmp/engine.json" "$tmp/saved.json" || fail "saved analyze output scores differently from the engine run"

# (2)
"$argmap" eval --json --maps "$tmp/self" "$tmp/gold" > "$tmp/self.json"
/usr/bin/python3 - "$tmp/self.json" <<'PY' || fail "the gold as its own map is not perfect"
import json, sys
figures = json.load(open(sys.argv[1]))['results']['all']['figures']
imperfect = {k: v for k, v in figures.items() if v is not None and v != 1.0}
if imperfect or figures['thesis_accuracy'] != 1.0:
    print(imperfect); sys.exit(1)
PY

# (3)
cp "$tmp/self/hant_agri_coopmarket.json" "$tmp/moved/"
/usr/bin/python3 - "$tmp/self/en_agri_drought.json" "$tmp/moved/en_agri_drought.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
nodes = {n['id']: n for n in m['argument']['nodes']}
assert nodes['n1']['sentences'] == ['s7'] and nodes['n13']['parent'] == 'n1'
nodes['n1']['sentences'] = ['s1']   # the date line
nodes['n13']['parent'] = 'n2'       # no longer a sub-claim
json.dump(m, open(sys.argv[2], 'w'))
PY
"$argmap" eval --json --maps "$tmp/moved" "$tmp/gold" > "$tmp/moved.json"
got=$(/usr/bin/python3 -c "
import json, sys
r = json.load(open(sys.argv[1]))['results']
en, hant = r['en']['figures'], r['zh-Hant']['figures']
print(en['thesis_accuracy'], en['subclaim_precision'], en['subclaim_recall'], hant['thesis_accuracy'])" "$tmp/moved.json")
[ "$got" = "0.0 1.0 0.75 1.0" ] || fail "moved thesis and sub-claim: got '$got', want '0.0 1.0 0.75 1.0'"

# (4)
printf '{\n  "schema": "argmap/1",\n  oops}\n' > "$tmp/bad/en_agri_drought.json"
cp "$tmp/saved/en_agri_drought.json" "$tmp/bad/hant_agri_coopmarket.json"  # a map of another text
set +e
"$argmap" eval --maps "$tmp/bad" "$tmp/gold" > /dev/null 2> "$tmp/err"; rc=$?
set -e
[ $rc -eq 1 ] || fail "bad maps: exit $rc, want 1"
grep -q "bad/en_agri_drought.json: not valid JSON: .*line 3, column 3" "$tmp/err" || fail "no line and column for bad JSON: $(cat "$tmp/err")"
grep -q "bad/hant_agri_coopmarket.json: not a map of .*hant_agri_coopmarket.txt: document.length" "$tmp/err" ||
  fail "a map of another text was not refused: $(cat "$tmp/err")"
rm "$tmp/bad/en_agri_drought.json"
set +e
"$argmap" eval --maps "$tmp/bad" "$tmp/gold" > /dev/null 2> "$tmp/err"; rc=$?
set -e
[ $rc -eq 1 ] && grep -q "bad/en_agri_drought.json: cannot read file" "$tmp/err" || fail "missing map: exit $rc, $(cat "$tmp/err")"
for bad in "--maps $tmp/nowhere" "--maps $tmp/saved --lang en" "--maps $tmp/saved --rules $tmp"; do
  set +e
  # shellcheck disable=SC2086
  "$argmap" eval $bad "$tmp/gold" > /dev/null 2> "$tmp/err"; rc=$?
  set -e
  [ $rc -ne 0 ] && [ -s "$tmp/err" ] || fail "'eval $bad': exit $rc with no message"
done
echo "eval_maps.sh: ok"
