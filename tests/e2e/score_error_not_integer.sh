# A rating that is not a whole number: exit 1, every problem on stderr as FILE:LINE:COLUMN, and no report written.
source "$(dirname "$0")/lib.sh"

run_ipskit score "$TESTDATA/reviews/bad-not-integer.yaml" -o report.md
expect_status 1
expect_err_equals "$TESTDATA/reviews/bad-not-integer.yaml:8:6: error: item 2 (Employment services staff) has the score '3.5', which is not a whole number — write a whole number from 1 to 5"
expect_no_file report.md
