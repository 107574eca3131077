# The report's workbook: one sheet for each part, named with whole words in
# the report's language; every figure of the Markdown's tables is in it as a
# real number or date that rounds to the Markdown's text (read back from the
# sheets' XML by workbook_readback.py); native charts of the item profile,
# the outcome distribution, the trend of totals and the cohort, drawn from
# the sheets' cells; LibreOffice opens it and keeps the charts; two runs give
# the same bytes. By hand from the files: 201 of the 612 courses closed in
# 2021 went to an ordinary job (32.84 %, shown 33%), Hjørring 2022 was
# reviewed on 2022-11-10 (Excel day 44875).
source "$(dirname "$0")/lib.sh"
need python3 python3
READBACK="$IPSKIT_SOURCE_DIR/tests/e2e/workbook_readback.py"
Y2020="$EXAMPLES/review-hjorring-2020-a.yaml"
Y2021="$EXAMPLES/region/hjorring-2021.yaml"
Y2022="$EXAMPLES/region/hjorring-2022.yaml"
CASES=(--cases "$EXAMPLES/cases-region.csv" --year 2021 --by site --cohort)

sheets_of() { unzip -p "$1" xl/workbook.xml | grep -o 'sheet name="[^"]*"' | sed 's/sheet name="//; s/"$//' | tr '\n' '|'; }

run_ipskit report "$Y2022" --previous "$Y2021" "$Y2020" "${CASES[@]}" -o report.md --xlsx report.xlsx
expect_status 0
[ "$(sheets_of report.xlsx)" = 'Summary|Items|Action plan|Outcomes|Breakdowns|Cohort|' ] ||
    fail "sheets: $(sheets_of report.xlsx)"
python3 "$READBACK" report.xlsx report.md . 400 >readback.txt || fail "the workbook differs from the Markdown"
grep -qF 'Items: # ... (14 rows)' readback.txt || fail "the item tables were not read back: $(cat readback.txt)"

# The first sheet's facts are real values: the review date is a date.
unzip -p report.xlsx xl/worksheets/sheet1.xml | grep -q '<c r="B4" s="[0-9]*"><v>44875</v></c>' ||
    fail "the review date is no date: $(unzip -p report.xlsx xl/worksheets/sheet1.xml | grep -o '<c r="B4"[^/]*')"
ok=$(unzip -p report.xlsx xl/worksheets/sheet4.xml | grep -c '<c r="B5" s="[0-9]*"><v>201</v></c>' || true)
[ "$ok" = 1 ] || fail "201 ordinary jobs is not a number on the Outcomes sheet"

# Frozen header and first column, a filter, landscape A4 fit to the width,
# the header repeated on each page, scores coloured.
items=$(unzip -p report.xlsx xl/worksheets/sheet2.xml)
for part in '<pane xSplit="1" ySplit="4" topLeftCell="B5"' '<autoFilter ref="A4:H29"/>' '<colorScale>' \
    '<pageSetup paperSize="9" fitToHeight="0" orientation="landscape"/>' '<pageSetUpPr fitToPage="1"/>'; do
    grep -qF "$part" <<<"$items" || fail "the Items sheet lacks $part"
done
unzip -p report.xlsx xl/workbook.xml | grep -qF '<definedName name="_xlnm.Print_Titles" localSheetId="1">Items!$4:$4</definedName>' ||
    fail "the Items header is not repeated on each page"

# The charts, from the sheets' own cells.
charts=""
for n in 1 2 3 4; do charts+=$(unzip -p report.xlsx "xl/charts/chart$n.xml") || fail "no chart$n.xml"; done
for part in 'Total score over time' 'Summary!$B$66:$B$68' 'Item profile' 'Items!$B$5:$B$29' 'Items!$D$5:$D$29' \
    'Items!$E$5:$E$29' 'Closed courses by outcome' 'Outcomes!$B$5:$B$8' 'Cumulative share in job or education' \
    'Cohort!$C$5:$C$8'; do
    grep -qF "$part" <<<"$charts" || fail "the charts lack $part"
done

mkdir again
run_ipskit report "$Y2022" --previous "$Y2021" "$Y2020" "${CASES[@]}" -o again/report.md --xlsx again/report.xlsx
cmp report.xlsx again/report.xlsx || fail "two runs give different workbooks"

# In Danish: Danish sheet names and decimal commas in the Markdown.
run_ipskit report "$Y2022" --previous "$Y2021" "$Y2020" "${CASES[@]}" --lang da -o rapport.md --xlsx rapport.xlsx
expect_status 0
[ "$(sheets_of rapport.xlsx)" = 'Oversigt|Punkter|Handleplan|Resultater|Opdelinger|Kohorte|' ] ||
    fail "Danish sheets: $(sheets_of rapport.xlsx)"
python3 "$READBACK" rapport.xlsx rapport.md , 400 >/dev/null || fail "the Danish workbook differs from its Markdown"
unzip -p rapport.xlsx xl/charts/chart2.xml | grep -qF 'Punktprofil' || fail "the Danish item profile is not titled in Danish"

# Several reviewers: their agreement on a sheet of its own.
run_ipskit consensus "$Y2020" "$EXAMPLES/review-hjorring-2020-b.yaml" -o consensus.yaml
sed -i 's/^  7:$/  7: 5/; s/^  10:$/  10: 4/; s/^  12:$/  12: 4/; s/^  18:$/  18: 5/; s/^  21:$/  21: 5/; s/^  24:$/  24: 3/' consensus.yaml
run_ipskit report consensus.yaml --reviewers "$Y2020" "$EXAMPLES/review-hjorring-2020-b.yaml" -o two.md --xlsx two.xlsx
expect_status 0
[ "$(sheets_of two.xlsx)" = 'Summary|Items|Action plan|Reviewers|' ] || fail "sheets with reviewers: $(sheets_of two.xlsx)"
python3 "$READBACK" two.xlsx two.md . 80 >/dev/null || fail "the reviewers' workbook differs from its Markdown"

# LibreOffice opens it (no repair: it converts every sheet) and keeps the charts.
command -v soffice >/dev/null || {
    [ "${CI:-}" = true ] && fail "soffice is missing under CI; .ci/run must install libreoffice-calc-nogui"
    skip "soffice is not installed (apt-get install libreoffice-calc-nogui)"
}
HOME="$SCRATCH" timeout 100 soffice --headless --norestore \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' \
    --outdir "$SCRATCH/sheets" report.xlsx >/dev/null 2>&1 || fail "LibreOffice could not convert the workbook"
[ "$(ls "$SCRATCH/sheets" | wc -l)" = 6 ] || fail "LibreOffice read $(ls "$SCRATCH/sheets")"
grep -qF 'Ordinary job,201,33%' "$SCRATCH/sheets/report-Outcomes.csv" || fail "Outcomes: $(head "$SCRATCH/sheets/report-Outcomes.csv")"
grep -qF 'Services,24,Community-based services,4,3,1,61,' "$SCRATCH/sheets/report-Items.csv" || fail "Items as LibreOffice reads it"
HOME="$SCRATCH" timeout 100 soffice --headless --norestore --convert-to xlsx --outdir "$SCRATCH/resaved" report.xlsx \
    >/dev/null 2>&1 || fail "LibreOffice could not save the workbook again"
[ "$(unzip -l "$SCRATCH/resaved/report.xlsx" | grep -c 'xl/charts/chart[0-9]*.xml')" = 4 ] ||
    fail "LibreOffice did not keep the four charts: $(unzip -l "$SCRATCH/resaved/report.xlsx" | grep chart)"
