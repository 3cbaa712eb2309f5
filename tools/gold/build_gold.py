#!/usr/bin/python3
"""usage: build_gold.py [--check] FILE...

Builds NAME.gold.json (argmap/1) from NAME.ann.json + NAME.txt (format: corpora/README.md).
--check writes nothing: validates NAME.gold.json (FILE may be .ann.json or .gold.json) against
the schema and the contract's invariants, and that it matches a fresh build from NAME.ann.json.
Errors are printed as `file: message`; exit status 1 if any file failed."""
import json
import os
import sys

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA_PATHS = [os.path.join(HERE, '..', '..', '..', 'shared', 'contract', 'argmap-output.schema.json'),
                '/work/shared/contract/argmap-output.schema.json']
TYPES = ('report', 'attribution', 'claim', 'meta')
CLOSERS = '」』”’"\')）】》〉'


class GoldError(Exception):
    pass


def read_text(path):
    with open(path, encoding='utf-8', newline='') as f:
        return f.read().removeprefix('\ufeff')


def paragraphs_of(text):
    """Non-blank lines, trimmed of surrounding whitespace (str.isspace covers U+3000)."""
    paras, pos = [], 0
    for line in text.split('\n'):
        body = line.strip()
        if body:
            start = pos + len(line) - len(line.lstrip())
            paras.append((start, start + len(body)))
        pos += len(line) + 1
    return paras


def snippet(s, n=30):
    return repr(s[:n] + ('…' if len(s) > n else ''))


def locate_sentences(text, paras, sents):
    """Find each sentence right after the previous one (only whitespace may lie between)."""
    out, pos = [], 0
    for i, s in enumerate(sents, 1):
        st = s.get('text') if isinstance(s, dict) else None
        if not st or st != st.strip():
            raise GoldError(f'sentence {i}: "text" must be a non-empty string without surrounding whitespace')
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(st, pos):
            common = len(os.path.commonprefix([st, text[pos:pos + len(st)]]))
            hint = (f'they differ after {snippet(st[:common][-15:], 15)}: annotation has {snippet(st[common:])}, '
                    f'text has {snippet(text[pos + common:])}')
            later = text.find(st, pos)
            if later >= 0:
                hint = (f'it occurs later (offset {later}), so the text before it, {snippet(text[pos:later])}, '
                        f'is in no sentence (missing sentence?)')
            raise GoldError(f'sentence {i} {snippet(st, 20)} not found at offset {pos}: {hint}')
        start, end = pos, pos + len(st)
        p = next((k for k, (a, b) in enumerate(paras) if a <= start < b), None)
        if p is None or end > paras[p][1]:
            raise GoldError(f'sentence {i} {snippet(st, 20)} crosses a paragraph boundary (split it at the line break)')
        out.append((start, end, p))
        pos = end
    if text[pos:].strip():
        raise GoldError(f'text after the last sentence is in no sentence: {snippet(text[pos:].strip())}')
    return out


def span(text, base, sentence, needle, after=0, what='span'):
    if not isinstance(needle, str) or not needle:
        raise GoldError(f'{what} must be a non-empty string')
    i = sentence.find(needle, after) if sentence.find(needle, after) >= 0 else sentence.find(needle)
    if i < 0:
        raise GoldError(f'{what} {snippet(needle)} is not in the sentence {snippet(sentence, 40)}')
    return {'text': needle, 'start': base + i, 'end': base + i + len(needle)}


def cue_and_content(text, base, sentence, cue_text, content_text):
    """The cue is the first occurrence of its text that does not lie inside the content
    (a quoted 'have said' is not the tag's 'said'); the content, the first occurrence
    after that cue, else the first."""
    first = None
    after = 0
    while True:
        cue = span(text, base, sentence, cue_text, after=after, what='cue')
        if first is not None and cue['start'] <= first[0]['start']:
            return first  # no later occurrence: keep the first
        content = span(text, base, sentence, content_text, after=cue['end'] - base, what='content')
        if first is None:
            first = (cue, content)
        if not (content['start'] <= cue['start'] and cue['end'] <= content['end']):
            return cue, content
        after = cue['start'] - base + 1


def new_ids(items, key, prefix, what):
    ids = {}
    for k, x in enumerate(items):
        if not x.get(key) or x[key] in ids:
            raise GoldError(f'{what} {k + 1}: missing or duplicate {key} {x.get(key)!r}')
        ids[x[key]] = f'{prefix}{k + 1}'
    return ids


def build(ann_path):
    base = ann_path[:-len('.ann.json')]
    with open(ann_path, encoding='utf-8') as f:
        ann = json.load(f)
    text = read_text(base + '.txt')
    paras = paragraphs_of(text)
    kinds = ann.get('paragraph_kinds') or {}
    for k, v in kinds.items():
        if not k.isdigit() or not 1 <= int(k) <= len(paras) or v not in ('body', 'caption', 'meta'):
            raise GoldError(f'paragraph_kinds: bad entry {k!r}: {v!r} (there are {len(paras)} paragraphs)')
    sents = ann.get('sentences') or []
    located = locate_sentences(text, paras, sents)
    def sid(n, what):
        if not isinstance(n, int) or not 1 <= n <= len(sents):
            raise GoldError(f'{what}: sentence number {n!r} out of range 1..{len(sents)}')
        return n
    doc = {'schema': 'argmap/1', 'document': {'language': ann.get('language'), 'date': ann.get('date'),
                                              'length': len(text), 'genre': ann.get('genre')},
           'paragraphs': [{'id': f'p{k + 1}', 'start': a, 'end': b, 'kind': kinds.get(str(k + 1), 'body')}
                          for k, (a, b) in enumerate(paras)]}
    doc['sentences'] = out_sents = []
    for i, (s, (a, b, p)) in enumerate(zip(sents, located), 1):
        if s.get('type') not in TYPES:
            raise GoldError(f'sentence {i}: type must be one of {TYPES}, not {s.get("type")!r}')
        want = 'question' if s['text'].rstrip(CLOSERS).endswith(('？', '?')) else 'statement'
        if s.get('form', want) != want:
            raise GoldError(f'sentence {i}: form must be {want} (question exactly when it ends in ？/?)')
        out_sents.append({'id': f's{i}', 'paragraph': f'p{p + 1}', 'start': a, 'end': b, 'text': s['text'],
                          'type': s['type'], 'form': want, 'rules': ['gold'], 'confidence': 1.0})

    ents = ann.get('entities') or []
    eid = new_ids(ents, 'name', 'e', 'entity')
    surfaces = sorted({(m, k) for k, e in enumerate(ents)
                       for m in [e['name']] + list(e.get('aliases') or []) + list(e.get('mentions') or [])}
                      | {(m, -1) for m in ann.get('non_mentions') or []},  # strings that are no mention
                      key=lambda mk: (-len(mk[0]), mk[1], mk[0]))
    taken, mentions = [False] * len(text), [[] for _ in ents] + [[]]  # mentions[-1]: non_mentions, dropped
    for m, k in surfaces:
        if m not in text:
            raise GoldError(f'{"non_mentions" if k < 0 else "entity " + ents[k]["name"]}: {m!r} is not in the text')
        for i in (j for j in range(len(text)) if text.startswith(m, j) and not any(taken[j:j + len(m)])):
            taken[i:i + len(m)] = [True] * len(m)
            mentions[k].append([i, i + len(m)])
    doc['entities'] = [{'id': eid[e['name']], 'name': e['name'], 'aliases': list(e.get('aliases') or []),
                        'title': e.get('title'), 'mentions': sorted(mentions[k])} for k, e in enumerate(ents)]
    def ent(name, what):  # entity name -> id
        if name is not None and name not in eid:
            raise GoldError(f'{what}: unknown entity {name!r} (entities: {", ".join(eid)})')
        return eid.get(name)

    doc['attributions'] = attrs = []
    for k, at in enumerate(ann.get('attributions') or [], 1):
        what = f'attribution {k} (sentence {at.get("sentence")})'
        try:
            n = sid(at.get('sentence'), what)
            st, (a, _, _) = sents[n - 1]['text'], located[n - 1]
            src = ({'text': None, 'start': None, 'end': None} if at.get('source') is None
                   else span(text, a, st, at['source'], what='source'))
            src['entity'] = ent(at.get('entity'), 'entity')
            cue, content = cue_and_content(text, a, st, at.get('cue'), at.get('content'))
        except GoldError as e:
            raise GoldError(f'{what}: {e}') from None
        attrs.append({'id': f'a{k}', 'sentence': f's{n}', 'source': src, 'cue': cue, 'content': content,
                      'quote': at.get('quote')})

    doc['facts'] = [{'id': f'f{k}', 'sentences': [f's{sid(n, f"fact {k}")}' for n in sorted(fa.get('sentences', []))],
                     'kind': fa.get('kind'), 'date': fa.get('date'),
                     'actors': [ent(x, f'fact {k}') for x in fa.get('actors') or []]}
                    for k, fa in enumerate(ann.get('facts') or [], 1)]

    nodes = (ann.get('argument') or {}).get('nodes') or []
    nid = new_ids(nodes, 'id', 'n', 'argument node')
    out_nodes = []
    for nd in nodes:
        what = f'argument node {nd["id"]}'
        if nd.get('parent') is not None and nd['parent'] not in nid:
            raise GoldError(f'{what}: unknown parent {nd["parent"]!r}')
        out_nodes.append({'id': nid[nd['id']], 'role': nd.get('role'),
                          'sentences': [f's{sid(n, what)}' for n in sorted(nd.get('sentences') or [])],
                          'parent': nid.get(nd.get('parent')), 'relation': nd.get('relation'),
                          'holder': 'author' if nd.get('holder', 'author') == 'author' else ent(nd['holder'], what)})
    doc['argument'] = {'thesis': next((n['id'] for n in out_nodes if n['parent'] is None), None), 'nodes': out_nodes}
    return doc


def load_schema():
    path = next((p for p in SCHEMA_PATHS if os.path.exists(p)), None)
    if not path:
        raise SystemExit('build_gold: argmap-output.schema.json not found in ' + ' or '.join(SCHEMA_PATHS))
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def check(doc, text, validator):
    """Schema errors and contract invariant violations, as a list of messages."""
    errs = [f'schema: {"/".join(map(str, e.absolute_path)) or "(top)"}: {e.message}'
            for e in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))]
    if errs:
        return errs
    sents = {s['id']: s for s in doc['sentences']}
    ents, nodes = {e['id'] for e in doc['entities']}, {n['id']: n for n in doc['argument']['nodes']}
    known = {'p': {p['id'] for p in doc['paragraphs']}, 's': set(sents), 'e': ents}

    def ref(where, x):  # ids must name existing objects
        if x is not None and x != 'author' and x not in known.get(x[:1], ()):
            errs.append(f'{where}: unknown id {x}')

    def span_ok(where, o, within=None):
        if o['text'] is not None and text[o['start']:o['end']] != o['text']:
            errs.append(f'{where}: text {snippet(o["text"])} != input[{o["start"]}:{o["end"]}]')
        if within and o['start'] is not None and not within['start'] <= o['start'] <= o['end'] <= within['end']:
            errs.append(f'{where}: outside its sentence {within["id"]}')
    if doc['document']['length'] != len(text):
        errs.append('document.length differs from the text length')
    for s in doc['sentences']:
        span_ok(s['id'], s)
        ref(s['id'], s['paragraph'])
    errs += [f'{e["id"]} {e["name"]}: no mentions' for e in doc['entities'] if not e['mentions']]
    for a in doc['attributions']:
        ref(a['id'], a['sentence'])
        ref(a['id'], a['source']['entity'])
        for part in ('source', 'cue', 'content'):
            span_ok(f'{a["id"]}.{part}', a[part], sents.get(a['sentence']))
    with_attr = {a['sentence'] for a in doc['attributions']}
    errs += [f'{s["id"]}: type attribution but no attribution in it: {snippet(s["text"])}'
             for s in doc['sentences'] if s['type'] == 'attribution' and s['id'] not in with_attr]
    in_facts = {}
    for f in doc['facts']:
        for x in f['sentences'] + f['actors']:
            ref(f['id'], x)
        for x in f['sentences']:
            in_facts[x] = in_facts.get(x, 0) + 1
            if x in sents and sents[x]['type'] != f['kind']:
                errs.append(f'{f["id"]}: {x} is a {sents[x]["type"]} sentence in a fact of kind {f["kind"]}')
    errs += [f'{s["id"]} ({s["type"]}) is in {in_facts.get(s["id"], 0)} facts, must be in exactly 1: '
             f'{snippet(s["text"])}' for s in doc['sentences']
             if s['type'] in ('report', 'attribution') and in_facts.get(s['id'], 0) != 1]
    roots = [n['id'] for n in nodes.values() if n['parent'] is None]
    if roots != ([doc['argument']['thesis']] if nodes else []) or (not nodes and doc['argument']['thesis']):
        errs.append(f'argument: need exactly one root and thesis = its id (roots: {roots})')
    for n in nodes.values():
        seen, cur = set(), n
        while cur['parent'] in nodes and cur['id'] not in seen:
            seen.add(cur['id'])
            cur = nodes[cur['parent']]
        if cur['parent'] is not None or cur['id'] != doc['argument']['thesis']:
            errs.append(f'{n["id"]}: parent chain does not reach the root')
        if (n['parent'] is None) != (n['relation'] is None):
            errs.append(f'{n["id"]}: relation must be null exactly for the root')
        for x in n['sentences'] + [n['holder']]:
            ref(n['id'], x)
    return errs


def dumps(doc):
    """One line per list item, so gold diffs stay readable."""
    def block(v, ind):
        pad = '\n' + ' ' * (ind + 1)
        if isinstance(v, dict) and ind < 2 and any(isinstance(x, (dict, list)) for x in v.values()):
            return '{' + ','.join(f'{pad}{json.dumps(k)}: {block(x, ind + 1)}' for k, x in v.items()) + pad[:-1] + '}'
        if isinstance(v, list) and v and ind < 3:
            return '[' + ','.join(pad + json.dumps(x, ensure_ascii=False) for x in v) + pad[:-1] + ']'
        return json.dumps(v, ensure_ascii=False)
    return block(doc, 0) + '\n'


def run(path, check_only, validator):
    if not path.endswith('.ann.json') and not (check_only and path.endswith('.gold.json')):
        raise GoldError('expected NAME.ann.json' + (' or NAME.gold.json' if check_only else ''))
    base = path.rsplit('.', 2)[0]
    ann, gold = base + '.ann.json', base + '.gold.json'
    doc = fresh = build(ann) if not check_only or os.path.exists(ann) else None
    if check_only:
        with open(gold, encoding='utf-8') as f:
            doc = json.load(f)
        if fresh is not None and fresh != doc:
            raise GoldError(f'{gold} is stale: regenerate it from {ann}')
    errs = check(doc, read_text(base + '.txt'), validator)
    if errs:
        raise GoldError('invalid:\n  ' + '\n  '.join(errs))
    if not check_only:
        with open(gold, 'w', encoding='utf-8') as f:
            f.write(dumps(doc))
    return gold


def main(argv):
    args = [a for a in argv if a != '--check']
    check_only = len(args) != len(argv)
    if not args or any(a.startswith('-') for a in args):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    validator = jsonschema.Draft202012Validator(load_schema())
    failed = 0
    for path in args:
        try:
            gold = run(path, check_only, validator)
            print(f'{path}: ok' + ('' if check_only else f' -> {gold}'))
        except (GoldError, OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            print(f'{path}: {"" if isinstance(e, GoldError) else type(e).__name__ + ": "}{e}', file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
