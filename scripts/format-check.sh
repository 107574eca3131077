#!/usr/bin/env bash
# Fails when a C++ file is not formatted by the repository's .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$clang_format" ]; then
    echo "format check: clang-format not installed (apt-get install clang-format)" >&2
    exit 1
fi
git ls-files '*.cpp' '*.hpp' '*.hpp.in' | grep -v '\.in$' | xargs "$clang_format" --dry-run --Werror
echo "format check: all C++ files are formatted"
