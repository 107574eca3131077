# A wrong staff.yaml is refused with every problem at its line and column,
# in English or Danish, and nothing is written; a course naming a consultant
# staff.yaml lacks is an error naming both files.
source "$(dirname "$0")/lib.sh"
S="$EXAMPLES/site-records"
review="$EXAMPLES/review-hjorring-2020-a.yaml"

cat >staff.yaml <<'YAML'
site: Hjørring
fuldtidstimer: 37
konsulenter:
  - id: AH
    fte: 1,2
  - id: AH
    fte: 1
  - id: SK
    stillingsbrøk: 50 %
    fte: 0,5
  - id: LP
    fte: 0,5
    andel_beskæftigelse: 90
    timer_i_lokalsamfundet: 20
    timer_pr_ugen: 18,5
YAML
run_ipskit score "$review" --cases "$S/cases.csv" --staff staff.yaml -o never.md
expect_status 1
expect_no_file never.md
expected="staff.yaml:5:10: error: 'fte' for the consultant AH is 1,2; a full-time equivalent lies above 0 and at most 1 (100 %) — write the share of a full-time post: 1 for full time, 0,5 or 50 % for half time
staff.yaml:6:5: error: the consultant 'AH' is listed twice, first on line 4 — give each consultant one entry; two with the same initials need different ids, in cases.csv too
staff.yaml:10:5: error: 'fte' is given twice for the consultant on line 8, first as 'stillingsbrøk' on line 9 — keep one of them
staff.yaml:15:5: error: unknown key 'timer_pr_ugen' for the consultant on line 11 — did you mean timer_pr_uge? use one of: id, fte, employment_share, hours_per_week, community_hours_per_week, in English or Danish
staff.yaml:13:26: error: 'andel_beskæftigelse' for the consultant LP is 90, outside 0–100 % — a figure without % is a fraction from 0 to 1: write 0,9 or 90 %
staff.yaml:14:29: error: 'timer_i_lokalsamfundet' for the consultant LP is 20 hours a week, more than the 18.5 scheduled hours (FTE 0.5 of 37 full-time hours) — correct it, or give the scheduled hours with 'hours_per_week'"
expect_err_equals "$expected"

# The same in Danish, from derive.
IPSKIT_LANG=da run_ipskit derive --scale ips-25 --cases "$S/cases.csv" --staff staff.yaml -o never.md
expect_status 1
expect_no_file never.md
expect_err_contains "staff.yaml:6:5: fejl: konsulenten 'AH' står der to gange, første gang på linje 4"
expect_err_contains "staff.yaml:15:5: fejl: ukendt nøgle 'timer_pr_ugen' for konsulenten på linje 11 — mente du timer_pr_uge?"
expect_err_contains "staff.yaml:14:29: fejl: 'timer_i_lokalsamfundet' for konsulenten LP er 20 timer om ugen, flere end de 18,5 planlagte timer (stillingsbrøk 0,5 af 37 fuldtidstimer)"

# A course whose consultant staff.yaml does not list: both files are named.
printf 'consultants:\n  - id: AH\n    fte: 1\n' >short.yaml
run_ipskit score "$review" --cases "$S/cases.csv" --staff short.yaml -o never.md
expect_status 1
expect_no_file never.md
expect_err_contains "cases.csv:"
expect_err_contains "short.yaml"

# The template, filled in with sed, reads back in derive.
run_ipskit template --staff --lang da -o filled.yaml
expect_status 0
awk '/^  - id:$/ && !done { print "  - id: AH"; print "    stillingsbrøk: 1"; print "  - id: MJ"; print "    stillingsbrøk: 1"; print "  - id: SK"; print "    stillingsbrøk: 0,5"; print "  - id: LP"; done = 1; next } { print }' filled.yaml >staff-filled.yaml
sed -i 's/^    timer_i_lokalsamfundet:$/    timer_i_lokalsamfundet: 20/; s/^    stillingsbrøk: 1$/&/' staff-filled.yaml
run_ipskit derive --scale ips-25 --cases "$S/cases.csv" --staff staff-filled.yaml --format json
expect_status 0
expect_out_contains '"caseload_per_fte"'
