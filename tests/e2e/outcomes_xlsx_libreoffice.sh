# The --xlsx workbook opens in LibreOffice and holds the same figures as the
# report: each sheet is converted to CSV (as displayed, with the workbook's
# number formats) and compared. Skipped where LibreOffice is not installed,
# except under CI, which installs libreoffice-calc-nogui.
source "$(dirname "$0")/lib.sh"
need soffice libreoffice-calc-nogui
CASES="$TESTDATA/hjoerring-2020.csv"

run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --xlsx report.xlsx -o report.md
expect_status 0
[ -s report.xlsx ] || fail "no workbook written"

# Filter options: comma, double quote, UTF-8, formatted as shown, every sheet (-1).
HOME="$SCRATCH" timeout 100 soffice --headless --norestore \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' \
    --outdir "$SCRATCH/sheets" report.xlsx >/dev/null 2>&1 || fail "LibreOffice could not convert the workbook"
closed=$(ls "$SCRATCH"/sheets/*Closed* 2>/dev/null | head -1)
[ -n "$closed" ] || fail "no sheet for the closed-course table: $(ls "$SCRATCH/sheets")"
for row in 'Ordinary job,37,30%' 'Flexjob,2,2%' 'Education,30,24%' 'Other,55,44%' 'Total,124,100%' \
    'Job or education,69,56%'; do
    grep -qF "$row" "$closed" || fail "sheet lacks $row: $(cat "$closed")"
done
time_sheet=$(ls "$SCRATCH"/sheets/*Time* | head -1)
grep -qE '^Start to job or education,69,308,' "$time_sheet" || fail "time sheet: $(cat "$time_sheet")"
