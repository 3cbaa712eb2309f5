#!/usr/bin/env bash
# argmap batch on files and directories: every *.txt below a directory, sorted,
# unreadable and invalid files reported on their own line, other files ignored;
# and Ctrl-C (SIGINT) ends with only whole lines written and exit code 130.
# usage: batch_files.sh ARGMAP_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$work/in/b" "$work/in/a"
cp "$src/corpora/sample.txt" "$work/in/b/2.txt"
cp "$src/corpora/sample.txt" "$work/in/a/1.txt"
printf 'Fine text.\n' > "$work/in/0.txt"
printf 'bad \xff byte\n' > "$work/in/b/1.txt"
printf 'not a document\n' > "$work/in/notes.md"
ln -s "$work/nowhere" "$work/in/b/3.txt"       # a dangling link: cannot be read

set +e
"$bin" batch --jobs 2 "$work/in" "$work/missing.txt" > "$work/out.jsonl"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "exit code $rc (expected 1: some documents failed)"
# Depth first, names sorted: 0.txt, a/1.txt, b/1.txt, b/2.txt, b/3.txt, then the missing file.
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
lines = [json.loads(l) for l in open(work + "/out.jsonl", encoding="utf-8")]
want = [("in/0.txt", True, None), ("in/a/1.txt", True, None), ("in/b/1.txt", False, "invalid_utf8"),
        ("in/b/2.txt", True, None), ("in/b/3.txt", False, "unreadable"), ("missing.txt", False, "unreadable")]
assert len(lines) == len(want), "expected %d lines, got %d" % (len(want), len(lines))
for rec, (name, ok, code) in zip(lines, want):
    assert rec["id"] == work + "/" + name, "id %r, expected %s" % (rec["id"], name)
    assert rec["ok"] is ok, "%s: ok is %r" % (name, rec["ok"])
    if code:
        assert rec["error"]["code"] == code, "%s: code %s, expected %s" % (name, rec["error"]["code"], code)
# The two copies of the sample give the same map.
assert lines[1]["map"] == lines[3]["map"]
# The invalid byte is located: offset 4 of the file.
assert "byte offset 4" in lines[2]["error"]["message"], lines[2]["error"]["message"]
print("ok: files and directories")
PY

# Ctrl-C: a writer that never closes stdin; after SIGINT, every line written is whole JSON.
text=$(python3 -c 'import json,sys; print(json.dumps({"id": 0, "text": open(sys.argv[1]).read()}))' "$src/corpora/sample.txt")
mkfifo "$work/fifo"
"$bin" batch --jobs 2 < "$work/fifo" > "$work/int.jsonl" &
pid=$!
exec 3> "$work/fifo"
for i in 1 2 3 4 5; do printf '%s\n' "$text" >&3; done
# Wait (up to 60 s, sanitizer builds are slow) until all five are written, then interrupt.
for ((t = 0; t < 600; t++)); do
  [ "$(wc -l < "$work/int.jsonl")" -ge 5 ] && break
  sleep 0.1
done
kill -INT "$pid"
set +e
wait "$pid"
rc=$?
set -e
exec 3>&-
[ "$rc" -eq 130 ] || fail "exit code $rc after SIGINT (expected 130)"
python3 - "$work/int.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[-1] == "", "the last line is cut"
recs = [json.loads(l) for l in lines[:-1]]
assert len(recs) == 5, "expected the 5 documents sent before Ctrl-C, got %d" % len(recs)
assert all(r["ok"] for r in recs)
print("ok: interrupted cleanly after %d documents" % len(recs))
PY
