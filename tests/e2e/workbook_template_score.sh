# template --xlsx -> filled in by openpyxl -> score. The workbook is checked as
# a reviewer meets it (one protected sheet, answer cells unlocked, drop-downs
# of the scores and of yes/no, the guide beside each item), then filled in as
# Excel would: scores as numbers and as text, the caseload as a figure, ticks
# as words and as a boolean, no fit, a note with a colon, the date as a real
# date cell. Expected, by hand: 22 items x 3 = 66, item 1 measured 18 -> 5,
# item 5 with 2 of its 5 elements in place -> 2, item 9 no fit -> 1: 74, fair.
source "$(dirname "$0")/lib.sh"
need /usr/bin/python3 python3
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || need openpyxl-module python3-openpyxl
FILL="$IPSKIT_SOURCE_DIR/tests/e2e/workbook_fill.py"

run_ipskit template ips-25 --xlsx review.xlsx --site "Odense Jobcenter" --reviewer Anne
expect_status 0
[ -z "$out" ] || fail "--xlsx should leave stdout empty"

/usr/bin/python3 - review.xlsx <<'PY' || fail "the workbook is not laid out as a reviewer needs"
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
assert book.sheetnames == ["Questionnaire"], book.sheetnames
ws = book.worksheets[0]
assert ws.protection.sheet, "the sheet is not protected"
assert ws.column_dimensions["A"].hidden, "the key column is shown"
labels = next(r for r in ws.iter_rows() if r[2].value == "No.")
assert [c.value for c in labels[2:13]] == ["No.", "Item", "Section", "Data sources", "Score", "No fit",
                                           "Measured figure", "In place", "Note", "Recommendations",
                                           "What the scores mean"]
row = labels[0].row + 1
assert ws.cell(row, 3).value == 1 and ws.cell(row, 4).value == "Caseload size", ws.cell(row, 4).value
assert ws.cell(row, 6).value == "MIS, DOC, INT"
guide = ws.cell(row, 13).value
assert "5 = 20 or fewer active participants per full-time specialist." in guide, guide
for col, locked in [(4, True), (7, False), (8, False), (9, False), (10, True), (11, False), (12, False),
                    (13, True)]:
    assert ws.cell(row, col).protection.locked == locked, (col, locked)
site = next(r for r in ws.iter_rows() if r[0].value == "site")
assert site[4].value == "Odense Jobcenter" and not site[4].protection.locked
lists = {v.formula1 for v in ws.data_validations.dataValidation}
assert lists == {'"1,2,3,4,5"', '"yes,no"', '"external review,guided self-assessment,self-assessment"'}, lists
score_cells = [v for v in ws.data_validations.dataValidation if v.formula1 == '"1,2,3,4,5"']
assert len(score_cells) == 25, len(score_cells)
elements = [r for r in ws.iter_rows() if r[0].value == "integration_team_contact" and r[1].value]
assert len(elements) == 5 and not elements[0][9].protection.locked
PY

/usr/bin/python3 "$FILL" review.xlsx filled.xlsx all=3 review_date=date:2026-03-04 1:value=18 1:score=text:5 \
    9:no_fit=yes 9:score= 5:score= 5:tick=weekly_team_meetings 5:tick=bool:shared_records \
    5:untick=shares_offices "2:note=Note: a colon, \"quotes\" and æøå"
run_ipskit score filled.xlsx -o report.md
expect_status 0
grep -qF "Total 74 of 125 (25–125 possible): Fair fidelity (74–99)." report.md || fail "total: $(cat report.md)"
grep -qF "| 2026-03-04" report.md || grep -qF "2026-03-04" report.md || fail "the date cell is not read"
grep -qF 'Note: a colon, "quotes" and æøå' report.md || fail "the note is not kept"
grep -qE '^\| *9 .*\| *1 *\| *yes' report.md || fail "item 9 is not shown as no fit: $(grep '^| *9 ' report.md)"

# The same workbook under Danish messages and a Danish report.
run_ipskit score filled.xlsx --lang da
expect_status 0
expect_out_contains "Samlet score"

# -o ending in .xlsx asks for the workbook too; a workbook never goes to stdout.
run_ipskit template ips-25 -o other.xlsx
expect_status 0
[ "$(head -c 2 other.xlsx)" = PK ] || fail "-o other.xlsx is not a workbook"
run_ipskit template ips-25 --format xlsx
expect_status 2
expect_err_contains "a workbook cannot be written to standard output"
run_ipskit template ips-25 --xlsx review.xlsx
expect_status 1
expect_err_contains "review.xlsx: error: the file exists already"
