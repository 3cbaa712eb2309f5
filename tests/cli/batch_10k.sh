#!/usr/bin/env bash
# argmap batch end to end: 10,000 JSON Lines documents, a tenth of them broken in
# different ways. Expect exactly 10,000 lines in input order, each broken one
# reported with its own code, every other map byte-identical to `analyze --compact`,
# exit code 1, and the same bytes with --jobs 1 and --jobs 2.
# usage: batch_10k.sh ARGMAP_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$src" "$work" <<'PY'
import glob, json, os, sys
src, work = sys.argv[1], sys.argv[2]
# Unique texts: corpus texts, and the first one, two and three paragraphs of each. At
# most 60 corpus texts, evenly spaced in name order (every language and both splits):
# each unique text costs an `analyze` process below, and the test's time must not grow
# with the corpus. Under the sanitizers (ARGMAP_TEST_SANITIZED, set by tests/CMakeLists.txt)
# a process start takes about a second, and 240 of them made this test 290 s of a
# .ci/run that must stay within 30 minutes, so there it takes 15 texts: the 10,000
# lines, the broken ones and the --jobs comparison stay the same.
limit = 15 if os.environ.get("ARGMAP_TEST_SANITIZED") else 60
files = sorted(glob.glob(os.path.join(src, "corpora", "*", "*.txt")))
files = files[::-(-len(files) // limit)]
texts = []
for f in files:
    full = open(f, encoding="utf-8").read()
    paras = full.split("\n\n")
    texts.append(full)
    for k in (1, 2, 3):
        texts.append("\n\n".join(paras[:k]) + "\n")
os.makedirs(os.path.join(work, "texts"))
for i, t in enumerate(texts):
    open(os.path.join(work, "texts", "%d.txt" % i), "w", encoding="utf-8").write(t)

# Broken lines (raw bytes) and what batch must say about each: (line, id, code).
broken = [
    (b'{"id": 1, "text": "unterminated', None, "bad_json"),
    (b'{"id": "u", "text": "caf\xc3"}', None, "invalid_utf8"),          # truncated sequence
    (b'{"id": "o", "text": "\xc0\xaf"}', None, "invalid_utf8"),         # overlong '/'
    (b'{"id": "s", "text": "\xed\xa0\x80"}', None, "invalid_utf8"),     # surrogate encoded in UTF-8
    (b'{"id": "e", "text": "\\ud800 alone"}', None, "bad_json"),        # lone surrogate escape
    (b'{"id": "n", "text": 42}', "n", "bad_record"),
    (b'{"text": "no id"}', None, "bad_record"),
    (b'{"id": "m"}', "m", "bad_record"),
    (b'["id", "text"]', None, "bad_record"),
    (b'{"id": "l", "text": "Some text.", "lang": "xx"}', "l", "bad_language"),
]
lines, expect = [], []
for i in range(10000):
    if i % 10 == 7:
        raw, bid, code = broken[(i // 10) % len(broken)]
        lines.append(raw)
        expect.append({"broken": True, "id": bid, "code": code})
    else:
        t = (i * 7) % len(texts)
        ident = "doc-%d" % i if i % 2 else i
        lines.append(json.dumps({"id": ident, "text": texts[t]}, ensure_ascii=False).encode())
        expect.append({"broken": False, "id": ident, "text": t})
open(os.path.join(work, "in.jsonl"), "wb").write(b"\n".join(lines) + b"\n")
json.dump({"texts": len(texts), "expect": expect}, open(os.path.join(work, "expect.json"), "w"))
PY

# One analyze per unique text, on every core: under the sanitizers these hundreds of
# process starts were most of the test's time.
n=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["texts"])' "$work/expect.json")
seq 0 $((n - 1)) | xargs -P "$(nproc)" -I{} sh -c '"$0" analyze --compact "$1/texts/{}.txt" > "$1/texts/{}.json"' "$bin" "$work"

set +e
"$bin" batch --jobs 2 < "$work/in.jsonl" > "$work/out2.jsonl"
rc2=$?
"$bin" batch --jobs 1 < "$work/in.jsonl" > "$work/out1.jsonl"
rc1=$?
set -e
[ "$rc2" -eq 1 ] || { echo "FAIL: exit code $rc2 with broken documents (expected 1)"; exit 1; }
[ "$rc1" -eq 1 ] || { echo "FAIL: exit code $rc1 with --jobs 1 (expected 1)"; exit 1; }
cmp -s "$work/out1.jsonl" "$work/out2.jsonl" || { echo "FAIL: --jobs 1 and --jobs 2 differ"; exit 1; }

python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
spec = json.load(open(os.path.join(work, "expect.json")))
expect = spec["expect"]
out = open(os.path.join(work, "out2.jsonl"), "rb").read().split(b"\n")
assert out[-1] == b"", "output does not end with a newline"
out = out[:-1]
assert len(out) == 10000, "expected 10000 lines, got %d" % len(out)
maps = {}
bad = 0
for i, (line, e) in enumerate(zip(out, expect)):
    rec = json.loads(line)
    assert rec["id"] == e["id"], "line %d: id %r, expected %r" % (i + 1, rec["id"], e["id"])
    if e["broken"]:
        bad += 1
        assert rec["ok"] is False, "line %d: a broken document was mapped" % (i + 1)
        assert rec["error"]["code"] == e["code"], "line %d: code %s, expected %s" % (i + 1, rec["error"]["code"], e["code"])
        assert rec["error"]["message"], "line %d: empty message" % (i + 1)
    else:
        assert rec["ok"] is True, "line %d: %r" % (i + 1, rec.get("error"))
        t = e["text"]
        if t not in maps:
            maps[t] = open(os.path.join(work, "texts", "%d.json" % t), "rb").read().rstrip(b"\n")
        prefix = b'{"id":' + json.dumps(e["id"]).encode() + b',"ok":true,"map":'
        assert line == prefix + maps[t] + b"}", "line %d: map differs from analyze --compact" % (i + 1)
assert bad == 1000
print("ok: 10000 lines, 1000 broken reported, 9000 maps identical to analyze")
PY
