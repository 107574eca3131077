# A case extract in a workbook written by openpyxl reads as the same data in
# CSV: the same report, byte for byte. The workbook holds what Excel users
# hand over: a title row above the header, a notes sheet before the data,
# real date cells (built-in and custom formats), dates typed as text, yes/no
# as text, as numbers and as TRUE/FALSE, Danish letters, and the 1904 date
# system in a second copy.
source "$(dirname "$0")/lib.sh"
need python3 python3-openpyxl
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || {
    [ "${CI:-}" = true ] && fail "openpyxl is missing under CI; .ci/run must install python3-openpyxl"
    skip "openpyxl is not installed (apt-get install python3-openpyxl)"
}
CASES="$EXAMPLES/cases-region.csv"

/usr/bin/python3 - "$CASES" <<'PY'
import csv, datetime, sys
import openpyxl

DATES = {"Henvisningsdato", "Startdato", "Første arbejdsgiverkontakt", "Resultatdato", "Slutdato"}
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f, delimiter=";"))
header, data = rows[0], rows[1:]

def cell(name, text, i):
    if not text:
        return None
    if name in DATES and i % 3 != 1:  # every third date stays text, as typed
        d, m, y = (int(p) for p in text.split("-"))
        return datetime.date(y, m, d)
    if name == "Efterværn" and i % 3 == 0:
        return text == "Ja"  # a boolean cell
    if name == "Efterværn" and i % 3 == 2:
        return 1 if text == "Ja" else 0  # a number cell
    return text

for epoch, path in ((openpyxl.utils.datetime.CALENDAR_WINDOWS_1900, "region.xlsx"),
                    (openpyxl.utils.datetime.CALENDAR_MAC_1904, "region-1904.xlsx")):
    book = openpyxl.Workbook()
    book.epoch = epoch
    notes = book.active
    notes.title = "Noter"
    notes.append(["Udtrækket er lavet til årsopgørelsen."])
    sheet = book.create_sheet("Forløb")
    sheet.append(["Udtræk fra fagsystemet, region"])
    sheet.append([])
    sheet.append(header)
    for i, row in enumerate(data):
        sheet.append([cell(name, text, i) for name, text in zip(header, row)])
        for c in sheet[sheet.max_row]:
            if c.is_date:
                c.number_format = "dd.mm.yyyy" if i % 2 else "yyyy-mm-dd"
    book.save(path)
PY

for by in "" "--by site"; do
    # shellcheck disable=SC2086
    run_ipskit outcomes "$CASES" --year 2021 --cohort --format json $by -o csv.json
    expect_status 0
    for book in region.xlsx region-1904.xlsx; do
        # shellcheck disable=SC2086
        run_ipskit outcomes "$book" --sheet Forløb --year 2021 --cohort --format json $by -o "$book.json"
        expect_status 0
        cmp csv.json "$book.json" || fail "$book gives another report than the CSV ($by): $(diff csv.json "$book.json" | head)"
    done
done

# The sheet by number, in Markdown.
run_ipskit outcomes "$CASES" --year 2021 -o csv.md
run_ipskit outcomes region.xlsx --sheet 2 --year 2021 -o xlsx.md
expect_status 0
cmp csv.md xlsx.md || fail "--sheet 2 gives another report than the CSV"
grep -qF '**Rows read:** 3000' xlsx.md || fail "rows read: $(grep 'Rows read' xlsx.md)"

# The first sheet holds notes, not the extract: refused with where to look.
run_ipskit outcomes region.xlsx --year 2021 -o first.md
expect_status 1
expect_err_contains 'region.xlsx:Noter!A1: error: required column "case_id" is missing'
expect_no_file first.md

# --header-row names the header outright.
run_ipskit outcomes region.xlsx --sheet Forløb --header-row 3 --year 2021 -o named.md
expect_status 0
cmp csv.md named.md || fail "--header-row 3 gives another report than the CSV"
