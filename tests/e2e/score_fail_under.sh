# --fail-under N: exit 3 when the total is under N, after writing the report.
source "$(dirname "$0")/lib.sh"
REVIEW="$EXAMPLES/review-hjorring-2020-a.yaml"  # total 105

run_ipskit score "$REVIEW" --fail-under 106 -o report.md -q
expect_status 3
expect_err_equals "ipskit: the total 105 is under --fail-under 106"
[ -s report.md ] || fail "the report must be written before exit 3"

run_ipskit score "$REVIEW" --fail-under 105 -o report2.md -q
expect_status 0
[ -z "$err" ] || fail "nothing should be said on stderr"
