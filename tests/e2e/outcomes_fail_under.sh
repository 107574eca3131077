# --fail-under exits 3 when the job-or-education share (69 of 124 = 55.6 %) is
# below the bar, after writing the report, and says why; at or under the share
# it exits 0. A period with no closed course warns, and fails --fail-under.
source "$(dirname "$0")/lib.sh"
CASES="$TESTDATA/hjoerring-2020.csv"

run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --fail-under 60 -o report.md
expect_status 3
[ -s report.md ] || fail "the report must be written before exiting 3"
expect_err_contains "ipskit: 69 of 124 closed courses ended in a job or education in 2020, under --fail-under 60%"

run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --fail-under 55
expect_status 0

run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --target 60
expect_status 0
expect_out_contains "not met"

# A year with no closed course: a warning, exit 0 without --fail-under ...
run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2030 -o empty.md
expect_status 0
expect_err_contains "ipskit: warning: no course of the extract closed in 2030 ("
expect_err_contains "courses read) — check the period (--year, --from, --to)"
[ -s empty.md ] || fail "the empty period's report was not written"
# ... and exit 3 with it, since nothing shows the bar was met.
run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2030 --fail-under 50 -o empty.md
expect_status 3
expect_err_contains "ipskit: --fail-under 50: no course closed in 2030, so no share to hold against it"
run_ipskit outcomes "$CASES" --encoding windows-1252 --from 2031-01-01 --to 2031-06-30 --fail-under 50 -o empty.md
expect_status 3
expect_err_contains "no course closed from 2031-01-01 to 2031-06-30"
