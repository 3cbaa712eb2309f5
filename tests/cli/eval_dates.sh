#!/usr/bin/env bash
# `argmap eval` gives the engine the gold document date as the publication date, so a
# yearless dateline (北京3月14日电) and the relative dates after it resolve; with
# --text-dates-only the text alone has no year and no fact gets a date.
set -euo pipefail
argmap=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf '（新华社北京3月14日电）金岭市水务局14日发布通告。金岭市水务局昨天也发布了数据。\n' > "$tmp/d.txt"
cat > "$tmp/d.ann.json" <<'JSON'
{
  "language": "zh-Hans", "date": "2025-03-14", "genre": "news", "paragraph_kinds": {},
  "sentences": [
    {"text": "（新华社北京3月14日电）金岭市水务局14日发布通告。", "type": "report"},
    {"text": "金岭市水务局昨天也发布了数据。", "type": "report"}
  ],
  "entities": [{"name": "金岭市水务局", "aliases": [], "title": null, "mentions": ["金岭市水务局"]}],
  "attributions": [],
  "facts": [
    {"sentences": [1], "kind": "report", "date": "2025-03-14", "actors": ["金岭市水务局"]},
    {"sentences": [2], "kind": "report", "date": "2025-03-13", "actors": ["金岭市水务局"]}
  ],
  "argument": {"nodes": []}
}
JSON
/usr/bin/python3 "$src/tools/gold/build_gold.py" "$tmp/d.ann.json" > /dev/null
figure() { /usr/bin/python3 -c "import json,sys; print(json.load(sys.stdin)['results']['all']['figures']['fact_date_accuracy'])"; }
with=$("$argmap" eval --json "$tmp/d.gold.json" | figure)
without=$("$argmap" eval --json --text-dates-only "$tmp/d.gold.json" | figure)
# 14日 is the 14th of the dateline's month and 昨天 the day before: both facts right.
[ "$with" = "1.0" ] || { echo "eval_dates.sh: with the publication date, fact date accuracy $with (want 1.0)"; exit 1; }
[ "$without" = "0.0" ] || { echo "eval_dates.sh: from the text alone, fact date accuracy $without (want 0.0)"; exit 1; }
echo "eval_dates.sh: ok"
