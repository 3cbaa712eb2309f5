#!/usr/bin/env bash
# Maps the seed, the sample and up to 60 corpus texts, and validates each real output
# against the contract's schema and invariants (tests/cli/check_map.py). The corpus
# texts are evenly spaced in name order (every language and both splits), so the test's
# time does not grow with the corpus: each text is an `analyze` and a Python process.
# Under the sanitizers (ARGMAP_TEST_SANITIZED) 20 texts: 60 took 164 s of .ci/run there.
set -euo pipefail
argmap=$1; src=$2
schema="$src/../shared/contract/argmap-output.schema.json"
[ -f "$schema" ] || { echo "schema.sh: no contract at $schema (../shared must be beside the repo)"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
corpus=("$src"/corpora/*/*.txt)  # sorted by the glob
limit=60; [ -n "${ARGMAP_TEST_SANITIZED:-}" ] && limit=20
step=$(( (${#corpus[@]} + limit - 1) / limit ))
texts=("$src/../shared/seeds/"*.txt "$src/corpora/sample.txt")
for ((i = 0; i < ${#corpus[@]}; i += step)); do texts+=("${corpus[i]}"); done
n=0
for text in "${texts[@]}"; do
  "$argmap" analyze "$text" > "$tmp/map.json"
  /usr/bin/python3 "$src/tests/cli/check_map.py" "$schema" "$text" "$tmp/map.json"
  n=$((n + 1))
done
[ "$n" -ge 3 ] || { echo "schema.sh: only $n texts checked"; exit 1; }
echo "schema.sh: $n maps valid"
