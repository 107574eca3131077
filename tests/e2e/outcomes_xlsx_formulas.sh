# End dates computed by a formula (=G5+300), as a municipality's spreadsheet
# may hold them. Written by openpyxl, which stores a formula without its
# value, the workbook is refused at the first such cell (read as empty, the
# course would count as still active); saved again by LibreOffice, which
# computes the formulas, it reads as the same data in CSV, byte for byte. A
# formula that gives an error (#VALUE!, from a date typed as text) is an
# error at its cell.
source "$(dirname "$0")/lib.sh"
need python3 python3-openpyxl
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || {
    [ "${CI:-}" = true ] && fail "openpyxl is missing under CI; .ci/run must install python3-openpyxl"
    skip "openpyxl is not installed (apt-get install python3-openpyxl)"
}
need soffice libreoffice-calc-nogui

/usr/bin/python3 - <<'PY'
import datetime

import openpyxl

header = ["Forløb ID", "Kommune", "IPS-konsulent", "Startdato", "Resultat", "Slutdato"]
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Forløb"
sheet.append(["Udtræk fra Fasit 01.12.2026"])
sheet.append(header)
csv_rows, bad = [], openpyxl.Workbook()
for i in range(12):
    start = datetime.date(2020, 1, 6) + datetime.timedelta(days=7 * i)
    end = start + datetime.timedelta(days=300)
    row = [f"F-{i:03d}", ["Læsø", "Ærø"][i % 2], "ØK", start, ["Ordinært job", "Andet"][i % 2]]
    sheet.append(row + [f"=D{sheet.max_row + 1}+300"])
    sheet.cell(sheet.max_row, 4).number_format = "dd-mm-yyyy"
    sheet.cell(sheet.max_row, 6).number_format = "dd-mm-yyyy"
    csv_rows.append(row[:3] + [start.strftime("%d-%m-%Y"), row[4], end.strftime("%d-%m-%Y")])
book.save("formulas.xlsx")
sheet["D5"] = "03-02-2020"  # a date typed as text: LibreOffice's =D5+300 gives #VALUE!
book.save("value-error.xlsx")
with open("cases.csv", "w", encoding="utf-8") as f:
    f.write(";".join(header) + "\n")
    for row in csv_rows:
        f.write(";".join(row) + "\n")
PY

# As openpyxl wrote it: refused at the first formula, in either language.
run_ipskit outcomes formulas.xlsx --year 2020 -o report.md
expect_status 1
expect_err_equals "formulas.xlsx:Forløb!F3: error: the cell's formula has no value: the program that saved the workbook did not compute it — open the workbook in Excel or LibreOffice and save it, so that the formulas' values are stored"
expect_no_file report.md
run_ipskit outcomes formulas.xlsx --year 2020 --lang da -o report.md
expect_status 1
expect_err_equals "formulas.xlsx:Forløb!F3: fejl: cellens formel har ingen værdi: programmet, der gemte projektmappen, har ikke beregnet den — åbn projektmappen i Excel eller LibreOffice, og gem den, så formlernes værdier gemmes"
expect_no_file report.md

# Saved again by LibreOffice: the formulas' dates, as the CSV has them.
HOME="$SCRATCH" timeout 100 soffice --headless --norestore --convert-to 'xlsx:Calc MS Excel 2007 XML' \
    --outdir lo formulas.xlsx value-error.xlsx >/dev/null 2>&1 || fail "LibreOffice could not save the workbooks"
unzip -p lo/formulas.xlsx xl/worksheets/sheet1.xml | grep -q '<c r="F3" [^>]*><f[^>]*>D3+300</f><v>44136</v>' ||
    fail "LibreOffice did not compute F3 (2020-11-01, serial 44136)"
for by in site consultant; do
    run_ipskit outcomes cases.csv --year 2020 --by "$by" --lang da -o csv.md
    expect_status 0
    run_ipskit outcomes lo/formulas.xlsx --year 2020 --by "$by" --lang da -o xlsx.md
    expect_status 0
    cmp csv.md xlsx.md || fail "the workbook gives another report by $by: $(diff csv.md xlsx.md | head)"
done
grep -qF '**Rækker læst:** 12' xlsx.md || fail "rows read: $(grep -F 'Rækker' xlsx.md)"

run_ipskit outcomes lo/value-error.xlsx --year 2020 -o report.md
expect_status 1
expect_err_equals 'lo/value-error.xlsx:Forløb!F5: error: column "Slutdato": the cell holds the error value #VALUE!, not a value — correct the cell'"'"'s formula (or type its value) in Excel or LibreOffice, and save the workbook again'
expect_no_file report.md
run_ipskit outcomes lo/value-error.xlsx --year 2020 --lang da -o report.md
expect_status 1
expect_err_equals 'lo/value-error.xlsx:Forløb!F5: fejl: kolonnen "Slutdato": cellen rummer fejlværdien #VALUE!, ikke en værdi — ret cellens formel (eller skriv værdien) i Excel eller LibreOffice, og gem projektmappen igen'
expect_no_file report.md
# Left out with --keep-going, as a row with a bad date is: eleven courses read.
run_ipskit outcomes lo/value-error.xlsx --year 2020 --keep-going --lang da -o report.md
expect_status 0
grep -qF '**Rækker læst:** 12' report.md || fail "rows read: $(grep -F 'Rækker' report.md)"

