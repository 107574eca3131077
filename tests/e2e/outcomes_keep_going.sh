# --keep-going reports bad rows as warnings, leaves them out, and the report
# says how many rows were read, kept and left out for errors.
source "$(dirname "$0")/lib.sh"

cat >cases.csv <<'CSV'
case_id,start_date,outcome,outcome_date,end_date
A1,2020-01-10,job,2020-05-01,2020-06-01
A2,2020-01-10,other,,2020-07-01
A3,2020-01-10,,,2020-07-01
A1,2020-01-10,job,,2020-08-01
A5,2020-02-30,,,
CSV
run_ipskit outcomes cases.csv --year 2020 --keep-going --format md -o report.md
expect_status 0
expect_err_contains "cases.csv:4:3: warning: row left out: closed course without an outcome"
expect_err_contains "cases.csv:5:1: warning: row left out: case_id on line 5 was already given on line 2"
expect_err_contains "cases.csv:6:2: warning: row left out:"
grep -qF '| **Total** | **2** | **100%** |' report.md || fail "only the two good rows count"
grep -qF '3 rows of the extract were left out for errors (--keep-going).' report.md || fail "left-out rows not said"
# Rows read, courses kept and rows left out add up, so no reader takes the
# kept courses for the whole extract.
grep -qF -- '- **Rows read:** 5' report.md || fail "the rows read are not said: $(head -12 report.md)"
grep -qF -- '- **Courses kept:** 2' report.md || fail "the courses kept are not said"
grep -qF -- '- **Rows left out for errors:** 3' report.md || fail "the rows left out are not said"
