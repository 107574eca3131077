# A score that disagrees with the measured figure's band: exit 1, every problem on stderr as FILE:LINE:COLUMN, and no report written.
source "$(dirname "$0")/lib.sh"

run_ipskit score "$TESTDATA/reviews/bad-value-disagrees.yaml" -o report.md
expect_status 1
expect_err_equals "$TESTDATA/reviews/bad-value-disagrees.yaml:7:15: error: item 1 (Caseload size) is rated 4 but the value 26 participants (rounded to 0 decimals: 26) lies in the band 26–30 which scores 3 — correct the score or the value, or leave out the score and let ipskit apply the bands"
expect_no_file report.md
