# An item the scale does not have: exit 1, every problem on stderr as FILE:LINE:COLUMN, and no report written.
source "$(dirname "$0")/lib.sh"

run_ipskit score "$TESTDATA/reviews/bad-unknown-item.yaml" -o report.md
expect_status 1
expect_err_equals "$TESTDATA/reviews/bad-unknown-item.yaml:32:3: error: unknown item '26' in scale ips-25 — use an item number 1–25 or an item id such as caseload_size"
expect_no_file report.md
