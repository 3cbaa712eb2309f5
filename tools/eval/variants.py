#!/usr/bin/python3
"""usage: variants.py ARGMAP [SPLIT_DIR...]

Does the engine map an English text the same when it comes laid out differently? Our
corpora are typed with ' and ", one paragraph per line; real articles come
  typeset   with the typographic apostrophe (U+2019) and quotes (U+201C, U+201D), as a
            newspaper's CMS sets them: every ' becomes U+2019, the " of each paragraph
            alternately U+201C and U+201D (the gold's own strings get the same
            apostrophes);
  wrapped   hard-wrapped at 72 columns, as e-mail, wire feeds and plain-text archives
            are: the last space that lets a line hold 72 code points becomes a line break.
Both change one code point for one, so the gold's offsets hold. For each SPLIT_DIR
(default corpora/dev and corpora/test) this writes the English documents as they are and
in each variant into a temporary directory, runs `ARGMAP eval` on each and prints the
figures that differ from the plain text's. Exit status 0 when every figure is within
0.005 of the plain one, 1 otherwise."""
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


def wrap_text(text, width=72):
    out = []
    for line in text.split('\n'):
        chars = list(line)
        column, last_space = 0, -1
        for i, ch in enumerate(chars):
            if ch == ' ':
                last_space = i
            column += 1
            if column > width and last_space >= 0:
                chars[last_space] = '\n'
                column = i - last_space
                last_space = -1
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


VARIANTS = {
    'typeset': (typeset_text, typeset_strings),
    'wrapped': (wrap_text, lambda gold: gold),
}


def en_figures(argmap, directory):
    out = subprocess.run([argmap, 'eval', '--json', directory], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f'variants.py: {argmap} eval {directory} failed: {out.stderr.strip()}')
    figures = json.loads(out.stdout)['results']['en']['figures']
    return {k: v for k, v in figures.items() if v is not None}


def main(argv):
    if len(argv) < 2 or argv[1] in ('-h', '--help'):
        print(__doc__)
        return 0 if len(argv) >= 2 else 2
    argmap = argv[1]
    splits = argv[2:] or ['corpora/dev', 'corpora/test']
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix='argmap_variants_') as tmp:
        for split in splits:
            texts = sorted(glob.glob(os.path.join(split, 'en_*.txt')))
            if not texts:
                sys.exit(f'variants.py: no English documents (en_*.txt) in {split}')
            base = os.path.join(tmp, os.path.basename(split.rstrip('/')))
            plain_dir = os.path.join(base, 'plain')
            os.makedirs(plain_dir)
            for path in texts:
                shutil.copy(path, plain_dir)
                shutil.copy(path[:-4] + '.gold.json', plain_dir)
            plain = en_figures(argmap, plain_dir)
            for variant, (change_text, change_gold) in VARIANTS.items():
                variant_dir = os.path.join(base, variant)
                os.makedirs(variant_dir)
                for path in texts:
                    name = os.path.basename(path)[:-4]
                    with open(path, encoding='utf-8') as f:
                        text = f.read()
                    with open(os.path.join(variant_dir, name + '.txt'), 'w', encoding='utf-8') as f:
                        f.write(change_text(text))
                    with open(path[:-4] + '.gold.json', encoding='utf-8') as f:
                        gold = json.load(f)
                    with open(os.path.join(variant_dir, name + '.gold.json'), 'w', encoding='utf-8') as f:
                        json.dump(change_gold(gold), f, ensure_ascii=False)
                figures = en_figures(argmap, variant_dir)
                print(f'{split}: {len(texts)} English documents, plain -> {variant}')
                differing = 0
                for key in sorted(plain):
                    if key not in figures or round(plain[key], 3) == round(figures[key], 3):
                        continue
                    differing += 1
                    worst = max(worst, abs(plain[key] - figures[key]))
                    print(f'  {key:<32} {plain[key]:.3f} -> {figures[key]:.3f}')
                if not differing:
                    print('  every figure the same')
    return 0 if worst <= TOLERANCE else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
