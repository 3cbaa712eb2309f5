#!/usr/bin/python3
"""usage: update_floors.py ARGMAP [SPLIT_DIR] [FLOORS_JSON]

Re-measures the headline figures with `ARGMAP eval --json SPLIT_DIR` (default corpora/test)
and writes FLOORS_JSON (default corpora/floors.json): each floor is the current figure
minus 0.02, rounded down to two decimals, so the ctest check cli.eval_floors fails on a
real regression but not on noise. Figures that are undefined, or whose floor would be 0,
get no floor. Prints every floor that changed; a lowered floor is marked, because it
means a figure got worse since the floors were last recorded."""
import json
import math
import os
import subprocess
import sys

HEADLINE = ['sentence_bound_agreement', 'type_accuracy', 'opinion_fact_accuracy', 'question_recall',
            'caption_recall', 'attribution_cue_f1', 'attribution_source_f1', 'attribution_content_f1',
            'entity_recall', 'alias_recall', 'fact_date_accuracy', 'thesis_accuracy', 'subclaim_f1',
            'support_edge_f1']
COLUMNS = ['zh-Hant', 'zh-Hans', 'en', 'all']
MARGIN = 0.02


def floor_of(value):
    # round() first so that 0.50 - 0.02 gives 0.48, not 0.47 from 47.999999...
    return math.floor(round((value - MARGIN) * 100, 6)) / 100


def main(argv):
    if len(argv) < 2 or argv[1] in ('-h', '--help'):
        print(__doc__, file=sys.stderr if len(argv) < 2 else sys.stdout)
        return 2 if len(argv) < 2 else 0
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
    split = argv[2] if len(argv) > 2 else os.path.join(root, 'corpora', 'test')
    out_path = argv[3] if len(argv) > 3 else os.path.join(root, 'corpora', 'floors.json')
    run = subprocess.run([argv[1], 'eval', '--json', split], capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        print(f'update_floors: {argv[1]} eval failed (exit {run.returncode}); floors unchanged', file=sys.stderr)
        return 1
    results = json.loads(run.stdout)['results']
    try:
        with open(out_path, encoding='utf-8') as f:
            old = json.load(f).get('floors', {})
    except (OSError, ValueError):
        old = {}
    floors = {}
    for column in COLUMNS:
        figures = results.get(column, {}).get('figures', {})
        floors[column] = {}
        for key in HEADLINE:
            value = figures.get(key)
            if value is None or floor_of(value) <= 0:
                continue
            floors[column][key] = floor_of(value)
            before = old.get(column, {}).get(key)
            if before != floors[column][key]:
                mark = '  LOWERED' if before is not None and floors[column][key] < before else ''
                print(f'{column} {key}: {before} -> {floors[column][key]} (measured {value:.3f}){mark}')
    doc = {'note': 'Floors for `argmap eval --floors corpora/floors.json corpora/test` (ctest cli.eval_floors): '
                   'measured figure minus 0.02, rounded down. Regenerate with tools/eval/update_floors.py.',
           'split': 'corpora/test',
           'floors': floors}
    with open(out_path, 'w', encoding='utf-8') as f:
        json.dump(doc, f, indent=2)
        f.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
