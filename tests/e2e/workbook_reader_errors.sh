# Every problem the questionnaire workbook reader reports: each exits 1,
# names FILE:SHEET!CELL (the cell a reviewer sees, never the hidden keys) or
# the file, says what to do, and writes no report.
source "$(dirname "$0")/lib.sh"
need /usr/bin/python3 python3
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || need openpyxl-module python3-openpyxl
FILL="$IPSKIT_SOURCE_DIR/tests/e2e/workbook_fill.py"
"$IPSKIT" template ips-25 --xlsx t.xlsx --site S --reviewer R --date 2026-03-04

refused() {  # refused NAME EXPECTED-STDERR SPEC...: the filled-in workbook NAME is refused with it
    local name=$1 expected=$2
    shift 2
    /usr/bin/python3 "$FILL" t.xlsx "$name.xlsx" all=3 "$@"
    run_ipskit score "$name.xlsx" -o "$name.md"
    expect_status 1
    expect_err_contains "$expected"
    expect_no_file "$name.md"
}

S=Questionnaire
refused score-range "score-range.xlsx:$S!G18: error: item 1 (Caseload size) is rated 7, outside the scale's range 1–5" 1:score=7
refused score-half "score-half.xlsx:$S!G19: error: item 2 (Employment services staff) has the score '3.5', which is not a whole number" 2:score=3.5
refused score-bool "score-bool.xlsx:$S!G19: error: item 2 (Employment services staff) has the score 'true'" 2:score=bool:x
refused value-text "value-text.xlsx:$S!I18: error: item 1 (Caseload size): 'about 20' is not a participants figure" "1:value=text:about 20" 1:score=
refused value-band "value-band.xlsx:$S!G18: error: item 1 (Caseload size) is rated 3 but the value 18 participants" 1:value=18
refused no-fit "no-fit.xlsx:$S!H41: error: no_fit must be yes or no, not 'maybe' — pick yes or no from the cell's list" 9:no_fit=maybe
refused ticked "ticked.xlsx:$S!J23: error: ticked must be yes or no, not 'partly'" 5:score= 5:tick=partly:weekly_team_meetings
refused elements "elements.xlsx:$S!G22: error: item 5 (Integration of rehabilitation with mental health treatment through frequent team member contact) is rated 3 but 1 of its 5 elements are ticked" 5:tick=weekly_team_meetings
refused unknown-item "unknown-item.xlsx:$S!G18: error: unknown item 'caseload' in scale ips-25" 1:key=caseload
refused twice "twice.xlsx:$S!G19: error: item 1 (Caseload size) is rated twice ('caseload_size' here, and at twice.xlsx:$S!G18)" 2:key=caseload_size
refused element-first "element-first.xlsx:$S!J23: error: an element's row comes before the row of its item — keep the rows in the order ipskit wrote them" ELEMENT_ROW_OF:5=zero_exclusion
refused no-site "no-site.xlsx:$S!E5: error: the questionnaire's 'Site' is not filled in — fill it in, or give --site" site=
refused bad-date "bad-date.xlsx:$S!E6: error: review_date: 31-02-2026 is not a date" review_date=31-02-2026
refused bad-kind "bad-kind.xlsx:$S!E9: error: 'peer' is not a kind of review — pick external review, guided self-assessment or self-assessment from the cell's list" review_type=peer
refused bad-visit "bad-visit.xlsx:$S!E12: error: 2026-13-01 is not a date" "visit_dates=2026-03-03, 2026-13-01"
refused reversed "reversed.xlsx:$S!E11: error: the records looked at end before they begin — swap the two dates" period_from=2026-02-01 period_to=2026-01-01
refused no-score-key "no-score-key.xlsx:$S!A16: error: the row of column keys has no 'score'" columns:score=points
refused cpr "cpr.xlsx:$S!K19: error: the note holds what looks like a CPR number" "2:note=Borger $(printf '%s' '010190-' '1234')"
refused unknown-key "unknown-key.xlsx:$S!D8: error: unknown key 'klynge' in the header block — keep the keys ipskit wrote in column A" header:cluster=klynge

# Files that are no questionnaire workbook.
printf 'scale: ips-25\n' >not-a-zip.xlsx
run_ipskit score not-a-zip.xlsx -o r.md
expect_status 1
expect_err_contains "not-a-zip.xlsx: error:"
expect_no_file r.md
/usr/bin/python3 -c 'import openpyxl; b = openpyxl.Workbook(); b.active["A1"] = "item"; b.save("plain.xlsx")'
run_ipskit score plain.xlsx -o r.md
expect_status 1
expect_err_contains "plain.xlsx: error: the sheet 'Sheet' holds no questionnaire: it has no row of column keys — fill in a workbook written by 'ipskit template SCALE --xlsx FILE'"
expect_no_file r.md
/usr/bin/python3 -c '
import openpyxl
b = openpyxl.Workbook()
for r in range(1, 5003): b.active.cell(r, 1).value = "caseload_size"
b.save("long.xlsx")'
run_ipskit score long.xlsx -o r.md
expect_status 1
expect_err_contains "long.xlsx: error: the first sheet has over 5000 rows with a key in column A, far more than a questionnaire"
expect_no_file r.md

# An unfilled workbook: the empty header cells and every item, in one pass.
"$IPSKIT" template ips-25 --xlsx blank.xlsx
run_ipskit score blank.xlsx -o r.md
expect_status 1
[ "$(echo "$err" | wc -l)" -eq 28 ] || fail "expected 3 header lines and 25 item lines"
[ "$(echo "$err" | grep -c '^blank\.xlsx:Questionnaire!G[0-9]*: error: item [0-9]* (.*) has no score — ')" -eq 25 ] ||
    fail "every item is named at its score cell"
expect_no_file r.md
