# The same input gives byte-identical reports in every format, however far
# apart the runs: no timestamps, no unordered iteration (CONTRIBUTING.md).
source "$(dirname "$0")/lib.sh"

# write_all DIR COMMAND...: every format of one command's report into DIR.
write_all() {
    local dir=$1 format
    shift
    mkdir "$dir"
    for format in md json csv; do
        run_ipskit "$@" -o "$dir/report.$format" --xlsx "$dir/report-$format.xlsx" --html "$dir/report-$format.html"
        expect_status 0
    done
}

# same_files DIR1 DIR2: every file of DIR1 is byte for byte the one in DIR2.
same_files() {
    local f
    for f in report.md report.json report.csv report-md.xlsx report-json.xlsx report-csv.xlsx report-md.html; do
        cmp "$1/$f" "$2/$f" || fail "$f differs between two runs ($1, $2)"
    done
    # One run's workbooks are the same whichever report was written beside them.
    cmp "$1/report-md.xlsx" "$1/report-csv.xlsx" || fail "the workbook depends on the report format"
    cmp "$1/report-md.html" "$1/report-csv.html" || fail "the HTML page depends on the report format"
}

score=(score "$EXAMPLES/review-hjorring-2020-a.yaml")
outcomes=(outcomes "$EXAMPLES/cases-region.csv" --year 2021 --by cluster site --ci --cohort)

write_all score-1 "${score[@]}"
write_all outcomes-1 "${outcomes[@]}"
sleep 1  # a timestamp in seconds would now differ
write_all score-2 "${score[@]}"
write_all outcomes-2 "${outcomes[@]}"
same_files score-1 score-2
same_files outcomes-1 outcomes-2
