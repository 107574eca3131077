# The cohort view on a small extract whose Aalen-Johansen figures were
# computed in R (cmprsk::cuminc, see tests/unit/test_outcome_aggregation.cpp):
# event days 100 (job), 150 (other), 200 (other), 250 (education, no outcome
# date: end date), 400 (job); two active courses censored on days 300 and 500.
# Cumulative share by 6 months (183 days) 14 %, by 10 months (304) 29 %;
# undefined at 18 months (548), past the last follow-up.
source "$(dirname "$0")/lib.sh"

cat >cases.csv <<'CSV'
case_id,start_date,outcome,outcome_date,end_date
C1,1970-01-01,job,1970-04-11,1970-05-01
C2,1970-01-01,other,,1970-07-20
C3,1970-04-11,education,,1970-12-17
C4,1970-02-20,job,1971-03-27,1971-05-16
C5,1970-01-11,other,,1970-06-10
C6,1971-12-02,,,
C7,1971-05-16,,,
CSV
# The days count from 1970-01-01, before the default window of plausible dates.
run_ipskit outcomes cases.csv --cohort --as-of 1972-09-27 --earliest-date 1970-01-01 --format md -o report.md
expect_status 0
grep -qF '| 6 | 183 | 14% | ' report.md || fail "6 months"
grep -qF '| 10 | 304 | 29% | ' report.md || fail "10 months"
grep -qF '| 12 | 365 | 29% | 2 | 6 | 33% |' report.md || fail "12 months with full follow-up 2 of 6"
grep -qE '^\| 18 \| 548 \|  \| ' report.md || fail "18 months undefined"
grep -qF 'Aalen-Johansen' report.md || fail "method not printed"
grep -qF '1972-09-27' report.md || fail "as-of not printed"
