# The same input gives byte-identical reports in every format, however far
# apart the runs: no timestamps, no unordered iteration (CONTRIBUTING.md).
source "$(dirname "$0")/lib.sh"
review="$EXAMPLES/review-hjorring-2020-a.yaml"

score_all() {  # score_all DIR: every format of the one review into DIR
    mkdir "$1"
    for format in md json csv; do
        run_ipskit score "$review" -o "$1/report.$format" --xlsx "$1/report-$format.xlsx"
        expect_status 0
    done
}

score_all first
sleep 1  # a timestamp in seconds would now differ
score_all second
for f in report.md report.json report.csv report-md.xlsx report-json.xlsx report-csv.xlsx; do
    cmp "first/$f" "second/$f" || fail "$f differs between two runs"
done
# And one run's workbooks are the same whichever report was written beside them.
cmp first/report-md.xlsx first/report-csv.xlsx || fail "the workbook depends on the report format"
