# A scale that does not exist, with the ids available: exit 1, every problem on stderr as FILE:LINE:COLUMN, and no report written.
source "$(dirname "$0")/lib.sh"

run_ipskit score "$TESTDATA/reviews/bad-unknown-scale.yaml" -o report.md
expect_status 1
expect_err_equals "$TESTDATA/reviews/bad-unknown-scale.yaml:2:8: error: unknown scale 'ips-99' — use one of: ips-15, ips-25"
expect_no_file report.md
