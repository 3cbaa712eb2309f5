#!/usr/bin/env bash
# tools/eval/agreement.py on two dev documents with hand-made second annotations, each
# figure worked out by hand from the gold (en_agri_drought: thesis s7, sub-claims s6 s10
# s15 s22; hant_agri_coopmarket: thesis s11, sub-claims s6 s9 s15 s16 s25):
#   annotator vs gold: theses X 2/2, Y 1/2 (s2 is not s7); sub-claims tp 4+2+2+3 = 11 of
#     predicted 4+2+2+3 = 11, gold 4+4+5+5 = 18;
#   annotator vs annotator (X as gold): theses 1/2; sub-claims tp 2+2 = 4, predicted 2+3,
#     gold 4+2;
#   engine vs gold: the same counts as `argmap eval` on the two documents.
set -euo pipefail
argmap=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/labels.json" <<'JSON'
{"documents": {
 "en_agri_drought": [
  {"annotator": "X", "genre": "commentary", "thesis": [7], "conclusion": [26, 27],
   "subclaims": [{"sentences": [6], "relation": "attack"}, {"sentences": [10], "relation": "support"},
                 {"sentences": [15], "relation": "support"}, {"sentences": [22], "relation": "attack"}]},
  {"annotator": "Y", "genre": "commentary", "thesis": [2], "conclusion": [],
   "subclaims": [{"sentences": [6], "relation": "attack"}, {"sentences": [10], "relation": "support"}]}],
 "hant_agri_coopmarket": [
  {"annotator": "X", "genre": "commentary", "thesis": [11], "conclusion": [],
   "subclaims": [{"sentences": [6], "relation": "support"}, {"sentences": [9], "relation": "attack"}]},
  {"annotator": "Y", "genre": "analysis", "thesis": [11, 12], "conclusion": [26],
   "subclaims": [{"sentences": [6], "relation": "support"}, {"sentences": [9], "relation": "attack"},
                 {"sentences": [15], "relation": "support"}]}]}}
JSON
/usr/bin/python3 "$src/tools/eval/agreement.py" --json "$argmap" "$tmp/labels.json" "$src/corpora/dev" > "$tmp/out.json"
"$argmap" eval --json "$src/corpora/dev/en_agri_drought.gold.json" "$src/corpora/dev/hant_agri_coopmarket.gold.json" > "$tmp/eval.json"
/usr/bin/python3 - "$tmp/out.json" "$tmp/eval.json" <<'PY'
import json, sys
got = json.load(open(sys.argv[1]))['counts']
engine = json.load(open(sys.argv[2]))['results']['all']['counts']
want = {
    'annotator vs gold': ({'hit': 3, 'total': 4}, {'tp': 11, 'pred': 11, 'gold': 18}),
    'annotator vs annotator': ({'hit': 1, 'total': 2}, {'tp': 4, 'pred': 5, 'gold': 6}),
    'engine vs gold': (engine['thesis'], engine['subclaim']),
}
bad = [(row, got[row]['all']) for row, (t, s) in want.items()
       if got[row]['all']['thesis'] != t or got[row]['all']['subclaim'] != s]
if bad:
    sys.exit('agreement.sh: %s' % bad)
PY
echo "agreement.sh: ok"
