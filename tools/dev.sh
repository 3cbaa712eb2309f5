#!/usr/bin/env bash
# The README's two commands: `tools/dev.sh run` and `tools/dev.sh test`.
# Installs the Debian packages that are missing (as root; safe to run again),
# configures and builds into build/, then maps the bundled sample or runs ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  cat <<'USAGE'
usage: tools/dev.sh run|test|build

  run    install missing packages, build, map corpora/sample.txt and print the tree
  test   install missing packages, build, run the whole test suite with ctest
  build  install missing packages and build only
USAGE
}

packages=(g++ cmake make pkg-config libboost-dev libicu-dev librange-v3-dev
          nlohmann-json3-dev catch2 python3 python3-jsonschema)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
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

build() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j "$(nproc)"
}

case "${1:-}" in
  run)   install_missing; build; build/bin/argmap analyze --format tree corpora/sample.txt ;;
  test)  install_missing; build; ctest --test-dir build --output-on-failure -j "$(nproc)" ;;
  build) install_missing; build ;;
  -h|--help) usage ;;
  *) usage >&2; exit 2 ;;
esac
