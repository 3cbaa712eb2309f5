#!/usr/bin/env bash
# ctest: evaluates the engine on the test split and fails when any headline figure
# has dropped below its floor in corpora/floors.json (argmap eval says which).
# usage: eval_floors.sh ARGMAP_BINARY SOURCE_DIR
set -euo pipefail
argmap=$1
src=$2
cd "$src"
"$argmap" eval --floors corpora/floors.json corpora/test
