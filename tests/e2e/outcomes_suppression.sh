# --suppress-below 5 on the Hjørring 2020 extract: flexjob (2) is under 5 and
# is shown as <5; since job + flexjob + education + other = total, one more
# cell must go, the next-smallest: education (30). Everything else is shown.
source "$(dirname "$0")/lib.sh"
CASES="$TESTDATA/hjoerring-2020.csv"

run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --suppress-below 5 --format md -o report.md
expect_status 0
grep -qF '| Ordinary job | 37 | 30% |' report.md || fail "job shown"
grep -qF '| Flexjob | <5 | <5 |' report.md || fail "flexjob hidden"
grep -qF '| Education | <5 | <5 |' report.md || fail "education hidden as the next-smallest"
grep -qF '| Other | 55 | 44% |' report.md || fail "other shown"
grep -qF '| Job or education | 69 | 56% |' report.md || fail "job or education shown"
grep -qF 'Counts under 5' report.md || fail "suppression not explained"

# JSON shows the hidden cells as the string in the report, never the count.
run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --suppress-below 5 --format json
expect_status 0
expect_out_contains '"n": "<5"'
