#!/usr/bin/env bash
# The README's two commands: `tools/dev.sh run` and `tools/dev.sh test`.
# Installs the Debian packages that are missing (as root; safe to run again),
# configures and builds into build/, then maps the bundled sample or runs ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  cat <<'USAGE'
usage: tools/dev.sh run|test|build|hardening|bench

  run        install missing packages, build, map corpora/sample.txt and print the tree
  test       install missing packages, build, run the whole test suite with ctest
  build      install missing packages and build only
  hardening  build everything with clang-14 and ASan+UBSan into build-hardening/, run the
             whole test suite there, then run each libFuzzer target of that build for
             $ARGMAP_FUZZ_SECONDS seconds (default 60), seeded from corpora/ and rules/
  sanitize   only the ASan+UBSan half of hardening;  fuzz  only the libFuzzer half
  bench      build, then run tools/bench (MB/s per layer; the README's Performance table)
USAGE
}

packages=(g++ cmake make pkg-config libboost-dev libicu-dev librange-v3-dev
          nlohmann-json3-dev catch2 python3 python3-jsonschema)
# The browser test of the HTML map (tests/cli/browser_map.sh): Debian's Chromium, a CJK
# font so its screenshot shows the text, and node/npm unless a node with npm is there.
test_packages=(chromium fonts-wqy-zenhei)
command -v npm >/dev/null 2>&1 || test_packages+=(nodejs npm)

install_missing() {
  local missing=()
  for p in "${packages[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "dev.sh: installing missing packages: ${missing[*]}" >&2
    if [ "$(id -u)" -ne 0 ]; then
      echo "dev.sh: need root to install packages (run as root or install them yourself)" >&2
      exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# playwright-core drives Chromium in the browser test; installed once into build/node.
install_node_modules() {
  if [ ! -f build/node/node_modules/playwright-core/package.json ]; then
    echo "dev.sh: installing playwright-core into build/node" >&2
    npm install --prefix build/node --no-audit --no-fund playwright-core@1.57 >/dev/null
  fi
}

hardening_packages=(clang-14 libclang-rt-14-dev)

# One tree for both halves of hardening: clang-14, ASan + UBSan, and libFuzzer's coverage
# (ARGMAP_FUZZ). Separate sanitizer and fuzz trees compiled the engine twice, 18 of
# .ci/run's 35 minutes on a slow 2-core machine; .ci/run must stay within 30.
# -O1: Spirit X3 under clang with the sanitizers compiles far faster than at -O2/-O3,
# and -O1 is what libFuzzer's documentation builds with.
hardening_tree=build-hardening
configure_hardening() {
  CXX=clang++-14 CC=clang-14 cmake -S . -B "$hardening_tree" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS_RELEASE="-O1" -DCMAKE_CXX_COMPILER=clang++-14 -DARGMAP_FUZZ=ON >/dev/null
}

# The whole ctest suite must pass under the sanitizers.
sanitize() {
  configure_hardening
  cmake --build "$hardening_tree" -j "$(nproc)"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$hardening_tree" --output-on-failure -j "$(nproc)"
}

# Seeds made afresh from the repository: rule files, corpus texts, and JSON Lines
# of the corpus texts; plus every past crash kept in tests/fuzz/regressions/<target>/.
fuzz_seeds() {
  local seeds=$hardening_tree/seeds
  rm -rf "$seeds" && mkdir -p "$seeds/fuzz_rules" "$seeds/fuzz_analyze" "$seeds/fuzz_batch_jsonl"
  local f
  # Flattened names: rules/zh/types.rules and rules/en/types.rules must not collide.
  while IFS= read -r f; do cp "$f" "$seeds/fuzz_rules/${f//\//_}"; done < <(find rules -name '*.rules')
  while IFS= read -r f; do cp "$f" "$seeds/fuzz_analyze/${f//\//_}"; done < <(find corpora -name '*.txt')
  python3 - "$seeds/fuzz_batch_jsonl" <<'PY'
import glob, json, os, sys
out = sys.argv[1]
for i, f in enumerate(sorted(glob.glob("corpora/*/*.txt") + glob.glob("corpora/*.txt"))):
    text = open(f, encoding="utf-8").read()
    rec = {"id": os.path.basename(f) if i % 2 else i, "text": text[:1500]}
    if i % 3 == 0: rec["date"] = "2025-01-02"
    if i % 4 == 0: rec["lang"] = "en"
    open(os.path.join(out, "%d.jsonl" % i), "w", encoding="utf-8").write(json.dumps(rec, ensure_ascii=False) + "\n")
PY
  for t in fuzz_rules fuzz_analyze fuzz_batch_jsonl; do
    if [ -d "tests/fuzz/regressions/$t" ]; then cp -t "$seeds/$t" tests/fuzz/regressions/$t/*; fi
  done
}

fuzz() {
  configure_hardening
  cmake --build "$hardening_tree" -j "$(nproc)" --target fuzz_rules fuzz_analyze fuzz_batch_jsonl
  fuzz_seeds
  local seconds=${ARGMAP_FUZZ_SECONDS:-60}
  mkdir -p "$hardening_tree/artifacts" "$hardening_tree/work"
  # The three targets run side by side, each for its own minute of wall time: one after
  # the other they took three minutes of .ci/run, which must stay within 30.
  local pids=() t
  for t in fuzz_rules fuzz_analyze fuzz_batch_jsonl; do
    echo "dev.sh: fuzzing $t for ${seconds}s" >&2
    rm -rf "$hardening_tree/work/$t" && mkdir -p "$hardening_tree/work/$t"
    # New inputs go to work/<target> (first directory), seeds are only read.
    "$hardening_tree/bin/$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=8192 \
      -artifact_prefix="$hardening_tree/artifacts/$t-" "$hardening_tree/work/$t" "$hardening_tree/seeds/$t" \
      > "$hardening_tree/$t.log" 2>&1 &
    pids+=($!)
  done
  local i=0 failed=0
  for t in fuzz_rules fuzz_analyze fuzz_batch_jsonl; do
    local rc=0
    wait "${pids[$i]}" || rc=$?
    i=$((i + 1))
    echo "dev.sh: $t:" >&2
    grep -E 'DONE|ERROR|SUMMARY' "$hardening_tree/$t.log" || true
    if [ "$rc" -ne 0 ]; then
      tail -n 60 "$hardening_tree/$t.log"
      echo "dev.sh: $t failed (exit $rc); the input is in $hardening_tree/artifacts/ (add it to tests/fuzz/regressions/$t/)" >&2
      failed=1
    fi
  done
  return "$failed"
}

build() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j "$(nproc)"
}

case "${1:-}" in
  run)   install_missing; build; build/bin/argmap analyze --format tree corpora/sample.txt ;;
  test)  install_missing "${test_packages[@]}"; build; install_node_modules; ctest --test-dir build --output-on-failure -j "$(nproc)" ;;
  build) install_missing; build ;;
  hardening) packages+=("${hardening_packages[@]}"); install_missing; sanitize; fuzz ;;
  sanitize) packages+=("${hardening_packages[@]}"); install_missing; sanitize ;;  # the two halves, one at a time
  fuzz) packages+=("${hardening_packages[@]}"); install_missing; fuzz ;;
  bench) install_missing; build; build/bin/argmap_bench "${@:2}" ;;
  -h|--help) usage ;;
  *) usage >&2; exit 2 ;;
esac
