#!/usr/bin/env bash
# argmap batch's JSON Lines records, on both of its readers: records of the usual shape
# go through a direct scanner, the rest through nlohmann/json (tools/argmap/batch_record.cpp).
# Each pair below is one record written both ways (escaped id: nlohmann; plain id:
# the scanner), so both must give the same id and text; then the cases the scanner
# must leave to nlohmann; then --date, which a record's own date overrides. Expected
# values are worked out by hand from the records.
# usage: batch_records.sh ARGMAP_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Written with printf so that every backslash below reaches argmap as typed.
{
  printf '%s\n' '{"id":"k\u00e9","text":"A\u00e9\ud83d\ude00 x"}'
  printf '%s\n' '{"id":"ké","text":"A\u00e9\ud83d\ude00 x"}'
  printf '%s\n' '{"id":"t\/","text":"Tab\there \"q\" back\\slash\/"}'
  printf '%s\n' ' { "id" : "t/" , "text" : "Tab\there \"q\" back\\slash\/" } '
  printf '%s\n' '{"id":-3,"text":"x","date":"2024-02-29","lang":"en"}'
  printf '%s\n' '{"id":"z","text":"\ud800"}'
  printf '%s\n' '{"id":1,"id":2,"text":"y"}'
  printf '%s\n' '{"id":01,"text":"y"}'
  printf '%s\n' '{"id":"d","text":"y","date":"2024-13-01"}'
} > "$work/in.jsonl"

set +e
"$bin" batch --jobs 2 < "$work/in.jsonl" > "$work/out.jsonl"
rc=$?
set -e
[ "$rc" -eq 1 ] || { echo "FAIL: exit code $rc (expected 1: three records are bad)"; exit 1; }

python3 - "$work/out.jsonl" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(recs) == 9, "expected 9 lines, got %d" % len(recs)
def ok(i, id_, length):
    r = recs[i]
    assert r["ok"] is True, "line %d: %r" % (i + 1, r)
    assert r["id"] == id_, "line %d: id %r, expected %r" % (i + 1, r["id"], id_)
    got = r["map"]["document"]["length"]
    assert got == length, "line %d: text of %d code points, expected %d" % (i + 1, got, length)
    return r
def bad(i, id_, code):
    r = recs[i]
    assert r["ok"] is False and r["error"]["code"] == code, "line %d: %r, expected %s" % (i + 1, r, code)
    assert r["id"] == id_, "line %d: id %r, expected %r" % (i + 1, r["id"], id_)
# "A", e acute, one emoji (a surrogate pair), space, "x": 5 code points.
ok(0, "k\u00e9", 5)
ok(1, "k\u00e9", 5)
# Tab, TAB, here, space, "q" with its quotes, space, back, backslash, slash, slash: 3+1+4+1+3+1+4+1+5+1 = 24.
ok(2, "t/", 24)
ok(3, "t/", 24)
r = ok(4, -3, 1)
assert r["map"]["document"]["date"] == "2024-02-29" and r["map"]["document"]["language"] == "en", r["map"]["document"]
bad(5, None, "bad_json")      # a lone surrogate is not text
ok(6, 2, 1)                   # a key given twice: the last one counts
bad(7, None, "bad_json")      # a leading zero is not JSON
bad(8, "d", "bad_record")     # no month 13
print("ok: batch records")
PY

# --date: the date of a document whose record and text give none; a record's date wins.
printf '%s\n' '{"id":"a","text":"x"}' '{"id":"b","text":"x","date":"2024-02-29"}' |
  "$bin" batch --date 2021-03-04 > "$work/dated.jsonl"
python3 - "$work/dated.jsonl" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
got = [r["map"]["document"]["date"] for r in recs]
assert got == ["2021-03-04", "2024-02-29"], got
print("ok: batch --date")
PY
