# no_fit with a score other than the scale's no_fit_score: exit 1, every problem on stderr as FILE:LINE:COLUMN, and no report written.
source "$(dirname "$0")/lib.sh"

run_ipskit score "$TESTDATA/reviews/bad-no-fit-score.yaml" -o report.md
expect_status 1
expect_err_equals "$TESTDATA/reviews/bad-no-fit-score.yaml:15:26: error: item 9 (Zero exclusion criteria) is marked no_fit but rated 3; an item that does not fit scores 1 — write '{ score: 1, no_fit: true }' or remove no_fit"
expect_no_file report.md
