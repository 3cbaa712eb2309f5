#!/usr/bin/python3
"""usage: typeset.py ARGMAP [SPLIT_DIR...]

Does the engine map English text set by a newspaper's CMS as it maps the same text
typed plainly? Real articles use the typographic apostrophe (U+2019) and quotes
(U+201C, U+201D); our corpora are typed with ' and ". For each SPLIT_DIR (default
corpora/dev and corpora/test) this copies the English documents twice into a temporary
directory, once as they are and once typeset (every ' becomes U+2019, the " of each
paragraph alternately U+201C and U+201D; one code point for one, so the gold's offsets
hold, and the gold's own strings get the same apostrophes), runs `ARGMAP eval` on both
and prints the figures that differ. Exit status 0 when every figure is within 0.005 of
the plain one, 1 otherwise."""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

TOLERANCE = 0.005


def typeset_text(text):
    out = []
    for line in text.split('\n'):
        opening = True
        chars = []
        for ch in line.replace("'", '\u2019'):
            if ch == '"':
                chars.append('\u201c' if opening else '\u201d')
                opening = not opening
            else:
                chars.append(ch)
        out.append(''.join(chars))
    return '\n'.join(out)


def typeset_strings(value):
    """The gold's names and mentions as the typeset text spells them."""
    if isinstance(value, str):
        return value.replace("'", '\u2019')
    if isinstance(value, list):
        return [typeset_strings(v) for v in value]
    if isinstance(value, dict):
        return {k: typeset_strings(v) for k, v in value.items()}
    return value


def en_figures(argmap, directory):
    out = subprocess.run([argmap, 'eval', '--json', directory], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f'typeset.py: {argmap} eval {directory} failed: {out.stderr.strip()}')
    figures = json.loads(out.stdout)['results']['en']['figures']
    return {k: v for k, v in figures.items() if v is not None}


def main(argv):
    if len(argv) < 2 or argv[1] in ('-h', '--help'):
        print(__doc__)
        return 0 if len(argv) >= 2 else 2
    argmap = argv[1]
    splits = argv[2:] or ['corpora/dev', 'corpora/test']
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix='argmap_typeset_') as tmp:
        for split in splits:
            plain_dir = os.path.join(tmp, os.path.basename(split.rstrip('/')), 'plain')
            typeset_dir = os.path.join(tmp, os.path.basename(split.rstrip('/')), 'typeset')
            os.makedirs(plain_dir)
            os.makedirs(typeset_dir)
            texts = sorted(glob.glob(os.path.join(split, 'en_*.txt')))
            if not texts:
                sys.exit(f'typeset.py: no English documents (en_*.txt) in {split}')
            for path in texts:
                name = os.path.basename(path)[:-4]
                gold_path = path[:-4] + '.gold.json'
                shutil.copy(path, plain_dir)
                shutil.copy(gold_path, plain_dir)
                with open(path, encoding='utf-8') as f:
                    text = f.read()
                with open(os.path.join(typeset_dir, name + '.txt'), 'w', encoding='utf-8') as f:
                    f.write(typeset_text(text))
                with open(gold_path, encoding='utf-8') as f:
                    gold = json.load(f)
                with open(os.path.join(typeset_dir, name + '.gold.json'), 'w', encoding='utf-8') as f:
                    json.dump(typeset_strings(gold), f, ensure_ascii=False)
            plain = en_figures(argmap, plain_dir)
            typeset = en_figures(argmap, typeset_dir)
            print(f'{split}: {len(texts)} English documents, plain -> typeset')
            differing = 0
            for key in sorted(plain):
                if key not in typeset or round(plain[key], 3) == round(typeset[key], 3):
                    continue
                differing += 1
                worst = max(worst, abs(plain[key] - typeset[key]))
                print(f'  {key:<32} {plain[key]:.3f} -> {typeset[key]:.3f}')
            if not differing:
                print('  every figure the same')
    return 0 if worst <= TOLERANCE else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
