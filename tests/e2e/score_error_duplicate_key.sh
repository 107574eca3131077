# An item given twice as the same YAML key (a lookup would see only one): exit 1, every problem on stderr as FILE:LINE:COLUMN, and no report written.
source "$(dirname "$0")/lib.sh"

run_ipskit score "$TESTDATA/reviews/bad-duplicate-key.yaml" -o report.md
expect_status 1
expect_err_equals "$TESTDATA/reviews/bad-duplicate-key.yaml:32:3: error: item 7 (Vocational unit) is rated twice ('7' here, and on line 13) — keep one rating per item; an item's number and its id name the same item"
expect_no_file report.md
