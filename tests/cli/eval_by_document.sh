#!/usr/bin/env bash
# `argmap eval --by-document`: one row (table) or one record (JSON) per document, in
# order, whose counts add up to the corpus figures. Two small gold documents whose
# thesis outcome follows from the engine's design, not from its tuning: a text with
# fewer than three of the author's claims is a report with no thesis, so the news
# piece (gold: no thesis) is right and the one-claim piece (gold: a thesis) is a miss.
set -euo pipefail
argmap=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf 'The council met on Monday. The budget passed on Tuesday.\n' > "$tmp/a_news.txt"
cat > "$tmp/a_news.ann.json" <<'JSON'
{
  "language": "en", "date": null, "genre": "news", "paragraph_kinds": {},
  "sentences": [
    {"text": "The council met on Monday.", "type": "report"},
    {"text": "The budget passed on Tuesday.", "type": "report"}
  ],
  "entities": [], "attributions": [],
  "facts": [{"sentences": [1], "kind": "report", "date": null, "actors": []},
            {"sentences": [2], "kind": "report", "date": null, "actors": []}],
  "argument": {"nodes": []}
}
JSON
printf 'The plan is clearly wrong. The council met on Monday.\n' > "$tmp/b_view.txt"
cat > "$tmp/b_view.ann.json" <<'JSON'
{
  "language": "en", "date": null, "genre": "commentary", "paragraph_kinds": {},
  "sentences": [
    {"text": "The plan is clearly wrong.", "type": "claim"},
    {"text": "The council met on Monday.", "type": "report"}
  ],
  "entities": [], "attributions": [],
  "facts": [{"sentences": [2], "kind": "report", "date": null, "actors": []}],
  "argument": {"nodes": [
    {"id": "T", "role": "thesis", "sentences": [1], "parent": null, "relation": null, "holder": "author"}
  ]}
}
JSON
/usr/bin/python3 "$src/tools/gold/build_gold.py" "$tmp/a_news.ann.json" "$tmp/b_view.ann.json" > /dev/null

table=$("$argmap" eval --by-document "$tmp")
echo "$table" | grep -Eq '^a_news +en +2 +[0-9]+/2 +ok ' || { echo "eval_by_document.sh: no ok row for a_news:"; echo "$table"; exit 1; }
echo "$table" | grep -Eq '^b_view +en +2 +[0-9]+/2 +MISS ' || { echo "eval_by_document.sh: no MISS row for b_view:"; echo "$table"; exit 1; }

"$argmap" eval --json --by-document "$tmp" > "$tmp/out.json"
/usr/bin/python3 - "$tmp/out.json" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
docs = j["by_document"]
assert [d["document"] for d in docs] == ["a_news", "b_view"], docs
assert [d["figures"]["thesis_accuracy"] for d in docs] == [1.0, 0.0], [d["figures"]["thesis_accuracy"] for d in docs]
total = j["results"]["all"]["counts"]["type"]
assert sum(d["counts"]["type"]["hit"] for d in docs) == total["hit"], (docs, total)
assert sum(d["counts"]["type"]["total"] for d in docs) == total["total"] == 4, total
PY
# Without the flag the JSON keeps its shape.
"$argmap" eval --json "$tmp" | /usr/bin/python3 -c "import json,sys; assert 'by_document' not in json.load(sys.stdin)"
echo "eval_by_document.sh: ok"
