#!/usr/bin/python3
"""Validates argmap/1 JSON produced for a text against the contract.

usage: check_map.py SCHEMA TEXT_FILE MAP_JSON
Checks the JSON Schema, and the contract's invariants that a schema cannot state:
every `text` equals the input's code points [start, end), sentences cover every
non-blank stretch, ids are consistent, and every tree node's parents reach the root.
"""
import json
import sys

import jsonschema


def fail(msg):
    print(f"check_map: {sys.argv[2]}: {msg}", file=sys.stderr)
    sys.exit(1)


def main():
    schema_path, text_path, map_path = sys.argv[1:4]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(text_path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    with open(map_path, encoding="utf-8") as f:
        doc = json.load(f)

    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=str)
    if errors:
        fail(f"schema: {errors[0].message} at {list(errors[0].absolute_path)}")
    if doc["document"]["length"] != len(text):
        fail(f"length {doc['document']['length']} != {len(text)}")

    def check_span(obj, where):
        if obj.get("text") is None:
            return
        got = text[obj["start"]:obj["end"]]
        if got != obj["text"]:
            fail(f"{where}: text {obj['text']!r} != input[{obj['start']}:{obj['end']}] {got!r}")

    sentences = {s["id"]: s for s in doc["sentences"]}
    paragraphs = {p["id"]: p for p in doc["paragraphs"]}
    covered = [False] * len(text)
    for s in doc["sentences"]:
        check_span(s, s["id"])
        p = paragraphs.get(s["paragraph"])
        if p is None or not (p["start"] <= s["start"] < s["end"] <= p["end"]):
            fail(f"{s['id']} is not inside its paragraph {s['paragraph']}")
        for i in range(s["start"], s["end"]):
            covered[i] = True
    for i, c in enumerate(text):
        if not covered[i] and not c.isspace():
            fail(f"code point {i} ({c!r}) is in no sentence")
    for a in doc["attributions"]:
        if a["sentence"] not in sentences:
            fail(f"{a['id']} names unknown sentence {a['sentence']}")
        for part in ("source", "cue", "content"):
            check_span(a[part], f"{a['id']}.{part}")
    entity_ids = {e["id"] for e in doc["entities"]}
    for e in doc["entities"]:
        for start, end in e["mentions"]:
            if not (0 <= start < end <= len(text)):
                fail(f"{e['id']} mention [{start},{end}) out of range")
    for f in doc["facts"]:
        for s in f["sentences"]:
            if sentences[s]["type"] != f["kind"]:
                fail(f"{f['id']} holds {s} of type {sentences[s]['type']}, kind {f['kind']}")
        if not set(f["actors"]) <= entity_ids:
            fail(f"{f['id']} names unknown actors")
    nodes = {n["id"]: n for n in doc["argument"]["nodes"]}
    thesis = doc["argument"]["thesis"]
    if thesis is None and nodes:
        fail("nodes without a thesis")
    for n in nodes.values():
        seen, cur = set(), n
        while cur["parent"] is not None:
            if cur["id"] in seen or cur["parent"] not in nodes:
                fail(f"{n['id']}: parent chain broken or cyclic")
            seen.add(cur["id"])
            cur = nodes[cur["parent"]]
        if cur["id"] != thesis:
            fail(f"{n['id']} does not reach the thesis")
        for s in n["sentences"]:
            if s not in sentences:
                fail(f"{n['id']} names unknown sentence {s}")


if __name__ == "__main__":
    main()
