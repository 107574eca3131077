# An impossible review date: exit 1, every problem on stderr as FILE:LINE:COLUMN, and no report written.
source "$(dirname "$0")/lib.sh"

run_ipskit score "$TESTDATA/reviews/bad-date.yaml" -o report.md
expect_status 1
expect_err_equals "$TESTDATA/reviews/bad-date.yaml:4:14: error: review_date: 31-02-2021 is not a date (February 2021 has 28 days) — correct the date"
expect_no_file report.md
