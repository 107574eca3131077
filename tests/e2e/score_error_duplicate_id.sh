# An item given by number and again by id: exit 1, every problem on stderr as FILE:LINE:COLUMN, and no report written.
source "$(dirname "$0")/lib.sh"

run_ipskit score "$TESTDATA/reviews/bad-duplicate-id.yaml" -o report.md
expect_status 1
expect_err_equals "$TESTDATA/reviews/bad-duplicate-id.yaml:32:3: error: item 1 (Caseload size) is rated twice ('caseload_size' here, and on line 7) — keep one rating per item; an item's number and its id name the same item"
expect_no_file report.md
