# --fail-under exits 3 when the job-or-education share (69 of 124 = 55.6 %) is
# below the bar, after writing the report; at or under the share it exits 0.
source "$(dirname "$0")/lib.sh"
CASES="$TESTDATA/hjoerring-2020.csv"

run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --fail-under 60 -o report.md
expect_status 3
[ -s report.md ] || fail "the report must be written before exiting 3"

run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --fail-under 55
expect_status 0

run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --target 60
expect_status 0
expect_out_contains "not met"
