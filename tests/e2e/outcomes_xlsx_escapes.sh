# Excel's _xHHHH_ escapes in a workbook's text read as Excel shows them. The
# workbook is written by openpyxl, which stores text as given, so each cell
# holds what Excel itself would have written: a municipality spelt with an
# escaped letter (_x00F8_ is ø), a consultant pasted with a carriage return
# (_x000D_), and a target group with a literal "_x0041_" whose underscore is
# escaped (_x005F_). The report by municipality and by consultant must be
# the report of the same data as CSV, byte for byte.
source "$(dirname "$0")/lib.sh"
need python3 python3-openpyxl
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || {
    [ "${CI:-}" = true ] && fail "openpyxl is missing under CI; .ci/run must install python3-openpyxl"
    skip "openpyxl is not installed (apt-get install python3-openpyxl)"
}

/usr/bin/python3 - <<'PY'
import csv
import openpyxl

header = ["Forløb ID", "Kommune", "Klynge", "IPS-konsulent", "Målgruppe", "Startdato", "Resultat",
          "Resultatdato", "Slutdato"]
rows = []
for i in range(40):
    closed = i % 4 != 0
    rows.append([f"ES-{i:04d}", ["Hjørring", "Frederikshavn", "Brønderslev"][i % 3], "Nord",
                 ["AB1", "CD2"][i % 2], "svær sindslidelse", f"{1 + i % 28:02d}-03-2020",
                 ["Ordinært job", "Uddannelse", "Andet"][i % 3] if closed else "",
                 f"{1 + i % 28:02d}-09-2020" if closed and i % 3 != 2 else "",
                 f"{1 + i % 28:02d}-11-2020" if closed else ""])
with open("cases.csv", "w", encoding="utf-8", newline="") as f:
    csv.writer(f, delimiter=";").writerows([header] + rows)

def as_excel_writes(column, text, i):
    if column == 1 and text == "Hjørring" and i % 2:
        return "Hj_x00F8_rring"
    if column == 3 and i % 5 == 0:
        return text + "_x000D_"  # read as "AB1\r": another consultant, as in the CSV below
    return text

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Forløb"
sheet.append(header)
for i, row in enumerate(rows):
    sheet.append([as_excel_writes(c, text, i) or None for c, text in enumerate(row)])
book.save("cases.xlsx")

# The same consultants with their carriage return, in the CSV (quoted).
for i, row in enumerate(rows):
    if i % 5 == 0:
        row[3] += "\r"
with open("cases.csv", "w", encoding="utf-8", newline="") as f:
    csv.writer(f, delimiter=";", lineterminator="\r\n").writerows([header] + rows)
PY

for by in site consultant; do
    run_ipskit outcomes cases.csv --year 2020 --by "$by" --format json -o csv.json
    expect_status 0
    run_ipskit outcomes cases.xlsx --year 2020 --by "$by" --format json -o xlsx.json
    expect_status 0
    cmp csv.json xlsx.json || fail "the workbook gives another report by $by: $(diff csv.json xlsx.json | head)"
done
# Hjørring is one municipality, not two.
run_ipskit outcomes cases.xlsx --year 2020 --by site --format md -o site.md
expect_status 0
[ "$(grep -c 'Hjørring' site.md)" -ge 1 ] || fail "no Hjørring in: $(cat site.md)"
if grep -q 'x00F8' site.md; then fail "an escape was not decoded: $(grep x00F8 site.md)"; fi
