# No site and no reviewer: exit 1, every problem on stderr as FILE:LINE:COLUMN, and no report written.
source "$(dirname "$0")/lib.sh"

run_ipskit score "$TESTDATA/reviews/bad-missing-header.yaml" -o report.md
expect_status 1
expect_err_equals "$TESTDATA/reviews/bad-missing-header.yaml:1:1: error: the review does not say its site — add 'site: ...' to the questionnaire or give --site
$TESTDATA/reviews/bad-missing-header.yaml:1:1: error: the review does not say its reviewer — add 'reviewer: ...' to the questionnaire or give --reviewer"
expect_no_file report.md
