#!/usr/bin/env bash
# The README's first command: install what is missing, build ipskit, and run
# it on the bundled examples.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-dependencies.sh
cmake --preset default >/dev/null
cmake --build --preset default -j"$(nproc)"

run() {
    echo
    echo "\$ $*"
    "$@"
}
run build/ipskit --version
run build/ipskit score examples/review-hjorring-2020-a.yaml
run build/ipskit outcomes examples/cases-region.csv --year 2021 --by cluster
echo
echo "ipskit is built at build/ipskit; 'build/ipskit --help' lists its commands."
