# An item left out: exit 1, every problem on stderr as FILE:LINE:COLUMN, and no report written.
source "$(dirname "$0")/lib.sh"

run_ipskit score "$TESTDATA/reviews/bad-missing-item.yaml" -o report.md
expect_status 1
expect_err_equals "$TESTDATA/reviews/bad-missing-item.yaml:6:1: error: item 12 (Work incentives planning) is not rated — add a rating for it, by its number 12 or its id work_incentives_planning"
expect_no_file report.md
