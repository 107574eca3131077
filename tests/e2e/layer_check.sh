# The layer check passes on the source tree and fails, naming the file and
# line, on each kind of wrong-way include planted into a copy of it.
source "$(dirname "$0")/lib.sh"
need python3 python3
CHECK="$IPSKIT_SOURCE_DIR/scripts/check-layers.py"

check() {
    set +e
    python3 "$CHECK" "$1" >"$SCRATCH/.stdout" 2>"$SCRATCH/.stderr"
    status=$?
    set -e
    out=$(cat "$SCRATCH/.stdout")
    err=$(cat "$SCRATCH/.stderr")
}

check "$IPSKIT_SOURCE_DIR/src"
expect_status 0
expect_out_contains "every include within its layer's rules"

# plant FILE LINE EXPECTED: a fresh copy of src/ with LINE added to FILE must fail.
plant() {
    rm -rf "$SCRATCH/src"
    cp -r "$IPSKIT_SOURCE_DIR/src" "$SCRATCH/src"
    printf '%s\n' "$2" >>"$SCRATCH/src/$1"
    check "$SCRATCH/src"
    expect_status 1
    expect_err_contains "$3"
    expect_err_contains "src/$1:"
}

plant domain/review.cpp '#include "readers/review/reader.hpp"' 'domain/ may not include "readers/review/reader.hpp"'
plant domain/outcomes/cohort.cpp '#include "writers/doc/document.hpp"' 'domain/outcomes/ may not include'
plant domain/scale.cpp '#include "cli/app.hpp"' 'domain/ may not include "cli/app.hpp"'
plant writers/reports/score_report.cpp '#include "readers/csv/reader.hpp"' 'writers/reports/ may not include'
plant writers/render/json.cpp '#include "cli/commands.hpp"' 'writers/render/ may not include'
plant readers/review/reader.cpp '#include "writers/doc/document.hpp"' 'readers/review/ may not include'
plant readers/cases/reader.cpp '#include "cli/outcomes_options.hpp"' 'readers/cases/ may not include'
plant readers/csv/reader.cpp '#include "readers/cases/reader.hpp"' 'readers/csv/ may not include'
plant readers/review/reader.cpp '#include <yaml.h>' 'readers/review/ may not use <yaml.h>'
plant writers/render/markdown.cpp '#include <CLI/CLI.hpp>' 'writers/render/ may not use <CLI/CLI.hpp>'
plant domain/date.cpp '#include <fmt/format.h>' 'domain/ may not use <fmt/format.h>'
plant readers/csv/reader.cpp '#include <expat.h>' 'readers/csv/ may not use <expat.h>'
plant writers/charts/svg.cpp '#include "writers/render/html.hpp"' 'writers/charts/ may not include'

# A new folder needs its row first.
rm -rf "$SCRATCH/src" && cp -r "$IPSKIT_SOURCE_DIR/src" "$SCRATCH/src"
mkdir "$SCRATCH/src/readers/ods" && echo '#pragma once' >"$SCRATCH/src/readers/ods/workbook.hpp"
check "$SCRATCH/src"
expect_status 1
expect_err_contains "the folder readers/ods/ is not a known layer"
