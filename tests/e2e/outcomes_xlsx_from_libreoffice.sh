# A case extract that LibreOffice turned into a workbook reads as the CSV it
# came from: the same report, byte for byte. Read with the Danish locale,
# LibreOffice makes the DD-MM-YYYY dates real date cells, as Danish Excel
# does. Skipped where LibreOffice is not installed, except under CI.
source "$(dirname "$0")/lib.sh"
need soffice libreoffice-calc-nogui
CASES="$EXAMPLES/cases-region.csv"
cp "$CASES" cases.csv

# Filter options: semicolon, double quote, UTF-8, from line 1, standard
# columns, Danish (1030) for dates and numbers.
HOME="$SCRATCH" timeout 100 soffice --headless --norestore \
    --infilter='Text - txt - csv (StarCalc):59,34,76,1,,1030' \
    --convert-to xlsx --outdir "$SCRATCH" cases.csv >/dev/null 2>&1 || fail "LibreOffice could not convert the CSV"
[ -s cases.xlsx ] || fail "no workbook written"
# The start dates must have become date cells (numbers with a style), not text.
unzip -p cases.xlsx xl/worksheets/sheet1.xml | grep -q '<c r="G2" s="[0-9]*" t="n"><v>4' ||
    fail "LibreOffice kept the dates as text: $(unzip -p cases.xlsx xl/worksheets/sheet1.xml | grep -o '<c r="G2"[^/]*')"

run_ipskit outcomes cases.csv --year 2021 --by site --ci -o csv.md
expect_status 0
run_ipskit outcomes cases.xlsx --year 2021 --by site --ci -o xlsx.md
expect_status 0
cmp csv.md xlsx.md || fail "the workbook gives another report than the CSV: $(diff csv.md xlsx.md | head)"
