# Each CSV dialect opens in a spreadsheet into the right columns with its
# numbers as numbers. LibreOffice is told what Danish or English Excel
# assumes (the list separator and number format of the locale, UTF-8 by the
# byte-order mark), converts the CSV to a workbook, and the cells of the
# workbook are checked: the title in A1 alone, and 37 and 29.8 (37 / 124 =
# 29.84 %, to one decimal) as numeric cells beside their label. Skipped where
# LibreOffice is not installed, except under CI.
source "$(dirname "$0")/lib.sh"
need soffice libreoffice-calc-nogui
need python3 python3
cases="$TESTDATA/hjoerring-2020.csv"

# dialect, LibreOffice's CSV filter options: separator, quote, UTF-8 (76),
# from line 1, no column types, locale (1030 Danish, 1033 English US).
for spec in "excel-da 59,34,76,1,,1030" "excel-en 44,34,76,1,,1033" "rfc4180 44,34,76,1,,1033"; do
    read -r dialect filter <<<"$spec"
    run_ipskit outcomes "$cases" --encoding windows-1252 --year 2020 --decimals 1 --csv-dialect "$dialect" \
        -o "$dialect.csv"
    expect_status 0
    HOME="$SCRATCH" timeout 100 soffice --headless --norestore --infilter="CSV:$filter" \
        --convert-to xlsx --outdir "$SCRATCH/xlsx" "$dialect.csv" >/dev/null 2>&1 ||
        fail "LibreOffice could not open $dialect.csv"
    python3 - "$SCRATCH/xlsx/$dialect.xlsx" "$dialect" <<'PY' || fail "$dialect: the cells are not as written"
import re, sys, zipfile
from xml.etree import ElementTree as ET

ns = {"s": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
book = zipfile.ZipFile(sys.argv[1])
strings = ["".join(t.text or "" for t in si.iter("{%s}t" % ns["s"]))
           for si in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("s:si", ns)]
rows = []
for row in ET.fromstring(book.read("xl/worksheets/sheet1.xml")).iter("{%s}row" % ns["s"]):
    cells = {}
    for c in row.findall("s:c", ns):
        column = re.match(r"[A-Z]+", c.get("r")).group(0)
        v = c.find("s:v", ns)
        if v is None:
            continue
        cells[column] = strings[int(v.text)] if c.get("t") == "s" else float(v.text)
    rows.append(cells)
title = rows[0]
assert list(title) == ["A"] and title["A"].startswith("IPS outcomes 2020 — "), f"title row {title}"
job = [r for r in rows if r.get("B") == 37.0]
assert job, f"no numeric 37 in column B: {rows[:6]}"
assert isinstance(job[0]["A"], str) and job[0]["C"] == 29.8, f"row {job[0]}"
print(f"{sys.argv[2]}: {title['A']!r}; {job[0]}")
PY
done
