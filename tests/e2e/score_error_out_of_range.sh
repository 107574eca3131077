# A rating outside the scale's range: exit 1, every problem on stderr as FILE:LINE:COLUMN, and no report written.
source "$(dirname "$0")/lib.sh"

run_ipskit score "$TESTDATA/reviews/bad-out-of-range.yaml" -o report.md
expect_status 1
expect_err_equals "$TESTDATA/reviews/bad-out-of-range.yaml:9:6: error: item 3 (Vocational generalists) is rated 6, outside the scale's range 1–5 — write a score from 1 to 5"
expect_no_file report.md
