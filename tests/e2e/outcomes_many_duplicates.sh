# Repeated case_ids are found after the last row and listed after the other
# row errors, by line, within the limit of 20 errors; the rest are counted.
source "$(dirname "$0")/lib.sh"

HEADER='case_id;site;start_date;first_employer_contact;outcome;outcome_date;end_date;aftercare'
# Line 2..4: three rows with an error each; lines 5..34: D1..D30;
# lines 35..64: D1..D30 again, so 30 duplicates, each of the line 30 above.
{
    echo "$HEADER"
    for i in 1 2 3; do echo "E$i;x;01-02-2020;;;;30-06-2020;"; done
    for pass in 1 2; do
        for i in $(seq 1 30); do echo "D$i;x;01-02-2020;;;;;"; done
    done
} >cases.csv
run_ipskit outcomes cases.csv --year 2020 -o report.md
expect_status 1
[ "$(grep -c 'error: closed course without an outcome' "$SCRATCH/.stderr")" = 3 ] || fail "expected 3 row errors"
[ "$(grep -c 'error: case_id on line' "$SCRATCH/.stderr")" = 17 ] || fail "expected 17 duplicates shown"
expect_err_contains "cases.csv:35:1: error: case_id on line 35 was already given on line 5"
expect_err_contains "cases.csv:51:1: error: case_id on line 51 was already given on line 21"
! grep -q 'case_id on line 52 ' "$SCRATCH/.stderr" || fail "line 52 is past the limit"
expect_err_contains "... and 13 more errors not shown"
expect_no_file report.md
