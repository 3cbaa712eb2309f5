#!/usr/bin/env bash
# English typeset with U+2019 and U+201C/U+201D maps as the same text typed with ' and ":
# tools/eval/typeset.py over the dev and test splits exits 1 when any English figure moves
# by more than 0.005 (it did at 74ef050: entity recall 0.902 -> 0.853 on dev). First its
# converter, on a line worked out by hand.
set -euo pipefail
argmap=$1; src=$2
/usr/bin/python3 - "$src/tools/eval" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from typeset import typeset_text
got = typeset_text('"It\'s the Workers\' Union," she said. "No."\n"Yes')
want = '\u201cIt\u2019s the Workers\u2019 Union,\u201d she said. \u201cNo.\u201d\n\u201cYes'
if got != want:
    sys.exit('typeset.sh: converter gave %r, not %r' % (got, want))
PY
cd "$src"
splits=(corpora/dev corpora/test)
[ -n "${ARGMAP_TEST_SANITIZED:-}" ] && splits=(corpora/test)  # 10x slower processes there
/usr/bin/python3 tools/eval/typeset.py "$argmap" "${splits[@]}"
echo "typeset.sh: ok"
