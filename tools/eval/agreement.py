#!/usr/bin/python3
"""usage: agreement.py [--json] ARGMAP [ANNOTATIONS] [SPLIT_DIR]

How far independent annotators agree on the argument's top (thesis, sub-claims) of the
documents in SPLIT_DIR (default corpora/test), read from ANNOTATIONS (default
corpora/agreement/test_argument.json; format in corpora/README.md, "Agreement"). Every
figure is computed by `ARGMAP eval` (with --maps for the annotations), so the metrics are
the evaluation's own:

  annotator vs gold      each second annotation scored against the gold
  annotator vs annotator the two second annotations of a document, one taken as gold
  engine vs gold         ARGMAP's own maps of the same documents (a plain `eval`)

An annotation becomes an argmap/1 map by replacing the gold's argument with the
annotator's thesis, sub-claims and conclusion (everything else stays the gold's, so only
the thesis and sub-claim figures mean anything here). Prints one table; --json prints
the counts."""
import copy
import json
import os
import subprocess
import sys
import tempfile

LANGUAGES = ['zh-Hant', 'zh-Hans', 'en']


def with_argument(gold, label):
    """The gold map with its argument replaced by an annotator's `label`."""
    m = copy.deepcopy(gold)
    nodes = []
    if label['thesis']:
        def node(role, sentences, parent, relation):
            nodes.append({'id': 'n%d' % (len(nodes) + 1), 'role': role,
                          'sentences': ['s%d' % s for s in sentences], 'parent': parent,
                          'relation': relation, 'holder': 'author'})
        node('thesis', label['thesis'], None, None)
        for sub in label['subclaims']:
            node('claim', sub['sentences'], 'n1', sub['relation'])
        if label.get('conclusion'):
            node('conclusion', label['conclusion'], 'n1', 'support')
    m['argument'] = {'thesis': 'n1' if nodes else None, 'nodes': nodes}
    return m


def evaluate(argmap, gold_files, maps_dir=None):
    """`argmap eval --json` over the given gold files, on the maps in maps_dir or, without
    it, on the engine's own: counts per column."""
    maps = ['--maps', maps_dir] if maps_dir else []
    out = subprocess.run([argmap, 'eval', '--json'] + maps + gold_files, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit('agreement.py: argmap eval failed (exit %d):\n%s' % (out.returncode, out.stderr))
    return {lang: r['counts'] for lang, r in json.loads(out.stdout)['results'].items()}


def add(total, counts):
    for lang, c in counts.items():
        t = total.setdefault(lang, {'thesis': {'hit': 0, 'total': 0}, 'subclaim': {'tp': 0, 'pred': 0, 'gold': 0}})
        for k in ('hit', 'total'):
            t['thesis'][k] += c['thesis'][k]
        for k in ('tp', 'pred', 'gold'):
            t['subclaim'][k] += c['subclaim'][k]


def write(path, j):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(j, f, ensure_ascii=False)


def main(argv):
    if '-h' in argv or '--help' in argv:
        print(__doc__)
        return 0
    as_json = '--json' in argv
    args = [a for a in argv[1:] if a != '--json']
    if not args:
        sys.stderr.write(__doc__)
        return 2
    argmap = args[0]
    annotations_path = args[1] if len(args) > 1 else 'corpora/agreement/test_argument.json'
    split = args[2] if len(args) > 2 else 'corpora/test'
    with open(annotations_path, encoding='utf-8') as f:
        documents = json.load(f)['documents']

    totals = {'annotator vs gold': {}, 'annotator vs annotator': {}, 'engine vs gold': {}}
    with tempfile.TemporaryDirectory() as tmp:
        gold_files = []
        by_slot = [os.path.join(tmp, 'first'), os.path.join(tmp, 'second')]
        pair_gold = os.path.join(tmp, 'pair_gold')
        for d in by_slot + [pair_gold]:
            os.mkdir(d)
        for name, labels in sorted(documents.items()):
            gold_path = os.path.join(split, name + '.gold.json')
            with open(gold_path, encoding='utf-8') as f:
                gold = json.load(f)
            if len(labels) != 2:
                sys.exit('agreement.py: %s: %d annotations, want 2' % (name, len(labels)))
            gold_files.append(gold_path)
            for slot, label in zip(by_slot, labels):
                write(os.path.join(slot, name + '.json'), with_argument(gold, label))
            # The first annotator as the gold, the second as the map: same text, other argument.
            write(os.path.join(pair_gold, name + '.gold.json'), with_argument(gold, labels[0]))
            with open(os.path.join(split, name + '.txt'), encoding='utf-8') as f:
                text = f.read()
            with open(os.path.join(pair_gold, name + '.txt'), 'w', encoding='utf-8') as f:
                f.write(text)
        for slot in by_slot:
            add(totals['annotator vs gold'], evaluate(argmap, gold_files, slot))
        pair_files = [os.path.join(pair_gold, os.path.basename(g)) for g in gold_files]
        add(totals['annotator vs annotator'], evaluate(argmap, pair_files, by_slot[1]))
        add(totals['engine vs gold'], evaluate(argmap, gold_files))

    if as_json:
        print(json.dumps({'documents': len(documents), 'counts': totals}, indent=1))
        return 0
    print('%d documents, two second annotations each (%s)\n' % (len(documents), annotations_path))
    columns = LANGUAGES + ['all']
    print('%-24s %-16s' % ('', 'figure') + ''.join('%16s' % c for c in columns))
    for row, counts in totals.items():
        for figure in ('thesis', 'sub-claim F1'):
            cells = []
            for c in columns:
                k = counts.get(c)
                if not k:
                    cells.append('-')
                elif figure == 'thesis':
                    t = k['thesis']
                    cells.append('%d/%d %.2f' % (t['hit'], t['total'], t['hit'] / t['total']) if t['total'] else '-')
                else:
                    s = k['subclaim']
                    den = s['pred'] + s['gold']
                    cells.append('%.2f' % (2 * s['tp'] / den) if den else '-')
            print('%-24s %-16s' % (row, figure) + ''.join('%16s' % x for x in cells))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
