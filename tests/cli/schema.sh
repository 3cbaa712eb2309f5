#!/usr/bin/env bash
# Maps the seed, the sample and every corpus text, and validates each real output
# against the contract's schema and invariants (tests/cli/check_map.py).
set -euo pipefail
argmap=$1; src=$2
schema="$src/../shared/contract/argmap-output.schema.json"
[ -f "$schema" ] || { echo "schema.sh: no contract at $schema (../shared must be beside the repo)"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
n=0
for text in "$src/../shared/seeds/"*.txt "$src/corpora/sample.txt" "$src"/corpora/*/*.txt; do
  "$argmap" analyze "$text" > "$tmp/map.json"
  /usr/bin/python3 "$src/tests/cli/check_map.py" "$schema" "$text" "$tmp/map.json"
  n=$((n + 1))
done
[ "$n" -ge 3 ] || { echo "schema.sh: only $n texts checked"; exit 1; }
echo "schema.sh: $n maps valid"
