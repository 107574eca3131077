# Every row rule of cases.csv (docs/formats.md) is refused with exit 1,
# FILE:LINE:COLUMN on stderr, and no report written.
source "$(dirname "$0")/lib.sh"

HEADER='case_id;site;start_date;first_employer_contact;outcome;outcome_date;end_date;aftercare'
GOOD='A1;Hjørring;01-02-2020;15-02-2020;job;01-06-2020;30-06-2020;ja'

# refuses ROW WHERE TEXT: a file of HEADER, a good row, then ROW (on line 3).
refuses() {
    printf '%s\n%s\n%s\n' "$HEADER" "$GOOD" "$1" >cases.csv
    run_ipskit outcomes cases.csv --year 2020 -o report.md
    expect_status 1
    expect_err_contains "cases.csv:$2: error: $3"
    expect_no_file report.md
}

refuses 'A2;Hjørring;31-02-2020;;;;;' 3:3 ''
refuses 'A2;Hjørring;01-02-2020;;;;30-06-2020;' 3:5 'closed course without an outcome'
refuses 'A2;Hjørring;01-02-2020;;job;01-01-2020;30-06-2020;' 3:6 'outcome_date 01-01-2020 is before start_date 01-02-2020'
refuses 'A2;Hjørring;01-02-2020;31-01-2020;;;;' 3:4 'first_employer_contact 31-01-2020 is before start_date'
refuses 'A2;Hjørring;01-02-2020;;other;;31-01-2020;' 3:7 'end_date 31-01-2020 is before start_date'
refuses 'A1;Hjørring;01-02-2020;;;;;' 3:1 'case_id on line 3 was already given on line 2'
refuses 'A2;Hjørring;01-02-2020;;jobb;;30-06-2020;' 3:5 'unknown outcome "jobb"'
expect_err_contains 'ordinært job'
refuses 'A2;Hjørring;;;;;;' 3:3 'start_date is empty'
refuses ';Hjørring;01-02-2020;;;;;' 3:1 'case_id is empty'
refuses 'A2;Hjørring;01-02-2020;;;;;måske' 3:8 ''
refuses 'A2;0101901234;01-02-2020;;;;;' 3:2 'site looks like a CPR number'
! grep -q 0101901234 "$SCRATCH/.stderr" || fail "the CPR number was echoed"

# Problems are gathered: 25 bad rows give 20 errors and a count of the rest.
{
    echo "$HEADER"
    for i in $(seq 1 25); do echo "B$i;x;01-02-2020;;;;30-06-2020;"; done
} >cases.csv
run_ipskit outcomes cases.csv -o report.md
expect_status 1
[ "$(grep -c 'error: closed course without an outcome' "$SCRATCH/.stderr")" = 20 ] || fail "expected 20 errors"
expect_err_contains "... and 5 more errors not shown"
expect_no_file report.md
