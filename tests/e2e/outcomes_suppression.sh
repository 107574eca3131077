# --suppress-below 5 on the Hjørring 2020 extract: flexjob (2) is under 5 and
# is shown as <5; since job + flexjob + education + other = total, one more
# cell must go, the next-smallest: education (30), which is 5 or more and so
# is marked x, not <5. Everything else is shown.
source "$(dirname "$0")/lib.sh"
CASES="$TESTDATA/hjoerring-2020.csv"

run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --suppress-below 5 --format md -o report.md
expect_status 0
grep -qF '| Ordinary job | 37 | 30% |' report.md || fail "job shown"
grep -qF '| Flexjob | <5 | <5 |' report.md || fail "flexjob hidden"
grep -qF '| Education | x | x |' report.md || fail "education hidden as the next-smallest, marked x"
grep -qF '| Other | 55 | 44% |' report.md || fail "other shown"
grep -qF '| Job or education | 69 | 56% |' report.md || fail "job or education shown"
grep -qF '_<5: fewer than 5 courses, 0 included' report.md || fail "<5 not explained"
grep -qF 'x: hidden so that a hidden small count cannot be worked out' report.md || fail "x not explained"

# JSON shows the hidden cells as the string in the report, never the count.
run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --suppress-below 5 --format json
expect_status 0
expect_out_contains '"n": "<5"'
expect_out_contains '"n": "x"'

# The same in Danish.
run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --suppress-below 5 --lang da --format md
expect_status 0
expect_out_contains '| Uddannelse | x | x |'
expect_out_contains 'x: skjult, så et skjult lille antal ikke kan regnes ud'

# The cohort's share among those with full follow-up tells its successes and,
# by subtraction, its failures: at 6 months 8 of 30 succeeded (hidden), at 18
# months 12 of 22 did and 10 did not (hidden, as 10 is under 11).
run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --cohort --suppress-below 11 --format md
expect_status 0
expect_out_contains '| 6 | 183 | 27% | 18 | 30 | <11 |'
expect_out_contains '| 12 | 365 | 50% | <11 | 29 | 52% |'
expect_out_contains '| 18 | 548 | 50% | <11 | 22 | <11 |'
