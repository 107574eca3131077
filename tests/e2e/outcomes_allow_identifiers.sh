# A CPR-like value in a column that reaches the report stops `ipskit
# outcomes`, with a message that says to remove it and names
# --allow-identifiers as the deliberate way out. With the flag the run goes
# on, one warning counts the values by column without showing them, and the
# report shows the values where it shows the column. case_id is never written.
source "$(dirname "$0")/lib.sh"

# Synthetic CPR-shaped values, put together here so that no such literal sits in the tree.
with_dash="010190-""1234"
without_dash="311299""5678"
cat >cases.csv <<CSV
case_id;site;consultant;target_group;start_date;outcome;outcome_date;end_date
CASEID-0001;Hjørring;Anna;Youth;01-02-2020;job;01-06-2020;30-06-2020
CASEID-0002;$with_dash;Bo;Youth;01-02-2020;education;01-05-2020;31-05-2020
CASEID-0003;Hjørring;$without_dash;Youth;01-03-2020;;;
CSV

# Without the flag: refused at the first value, nothing written, no value echoed.
run_ipskit outcomes cases.csv --year 2020 --by site -o report.md
expect_status 1
expect_err_contains 'cases.csv:3:2: error: site looks like a CPR number — remove person identifiers from the extract: reports must never show them; to keep the value deliberately, run again with --allow-identifiers'
expect_err_contains 'cases.csv:4:3: error: consultant looks like a CPR number'
expect_no_file report.md
for value in "$with_dash" "$without_dash" CASEID-; do
    ! grep -qF -- "$value" "$SCRATCH/.stderr" || fail "stderr shows $value"
done

# With the flag: exit 0, one warning with the count per column and no value.
run_ipskit outcomes cases.csv --year 2020 --by site -o report.md --allow-identifiers -q
expect_status 0
# The extract lacks some optional columns; those warnings are another test's.
without_column_warnings() { grep -v ': warning: not in the extract: ' "$SCRATCH/.stderr" || true; }
err=$(without_column_warnings)
expect_err_equals 'ipskit: warning: --allow-identifiers let through 2 values that look like a CPR number (consultant 1, site 1); the outputs may show such values, so keep them as private as the input'
[ -s report.md ] || fail "no report was written"
# The site is a group of the report, so its value is shown: that is what the flag allows.
grep -qF -- "$with_dash" report.md || fail "the report lacks the site that was let through"
# The consultant's caseload table shows the active course's consultant too.
grep -qF -- "$without_dash" report.md || fail "the report lacks the consultant that was let through"
! grep -qF CASEID- report.md || fail "the report holds a case_id"
# Closed in 2020: one job, one education; the third course is still active.
grep -qE '^\| Total \| 2 \|' report.md || grep -qE '^\| \*\*Total\*\* \| \*\*2\*\*' report.md ||
    fail "the report does not count the 2 closed courses"

# The JSON and the workbook never hold a case_id either.
run_ipskit outcomes cases.csv --year 2020 --by site --format json -o report.json --xlsx report.xlsx \
    --allow-identifiers
expect_status 0
! grep -qF CASEID- report.json || fail "the JSON report holds a case_id"
if command -v unzip >/dev/null; then
    ! unzip -p report.xlsx | grep -qF CASEID- || fail "the workbook holds a case_id"
fi

# A clean extract with the flag: no warning at all.
grep -v -e "$with_dash" -e "$without_dash" cases.csv >clean.csv
run_ipskit outcomes clean.csv --year 2020 -o clean.md --allow-identifiers -q
expect_status 0
err=$(without_column_warnings)
expect_err_equals ''
