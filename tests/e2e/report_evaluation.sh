# The evaluation report of the bundled regional extract for 2021, by
# municipality, with small counts hidden, as a committee reads it. The
# figures are those of 'ipskit outcomes' on the same options (checked here
# cell by cell against its CSV), and the estimate is 612 closed courses x
# 71,562 DKK = 43,795,944 DKK (612 from the outcomes table; multiplied by hand).
source "$(dirname "$0")/lib.sh"
CASES="$EXAMPLES/cases-region.csv"

run_ipskit report --cases "$CASES" --year 2021 --by site --suppress-below 5 -o report.md
expect_status 0
expect_golden report.md report/evaluation-region-2021.md
grep -qF '612 closed courses × 71,562 DKK per course = 43,795,944 DKK' report.md || fail "the estimate"

# Groups as columns hold what 'outcomes' shows with groups as rows.
run_ipskit outcomes "$CASES" --year 2021 --by site --suppress-below 5 --format csv -o outcomes.csv
expect_status 0
python3 - report.md outcomes.csv <<'PY' || fail "the report's counts differ from outcomes'"
import csv, sys
md = open(sys.argv[1], encoding="utf-8").read().split("\n")
start = next(i for i, l in enumerate(md) if l.startswith("### Outcomes by site: number"))
rows = [l for l in md[start + 2:start + 12] if l.startswith("|")]
cells = lambda line: [c.strip().strip("*") for c in line.strip("|").split("|")]
header = cells(rows[0])
report = {(r[0], site): value for r in map(cells, rows[2:]) for site, value in zip(header[1:], r[1:])}
lines = open(sys.argv[2], encoding="utf-8", newline="").read().replace("\r\n", "\n").split("\n")
# Each table opens with a title row: "REPORT — TABLE",,,...
section = next(i for i, l in enumerate(lines)
               if (next(csv.reader([l]), None) or [""])[0].endswith("— Closed courses by outcome and group")) + 1
checked = 0
for row in csv.DictReader(lines[section:lines.index("", section)]):
    site = row["Site"] if row["Site"] != "Total" else "Total"
    for name in ("Ordinary job", "Flexjob", "Education", "Other", "Total", "Job or education"):
        assert report[(name, site)] == row[name], (site, name, report[(name, site)], row[name])
        checked += 1
assert checked == 14 * 6, checked
PY

# Danish, and the same bytes twice.
run_ipskit report --cases "$CASES" --year 2021 --by site --suppress-below 5 --lang da -o rapport.md
expect_status 0
expect_golden rapport.md report/evaluation-region-2021-da.md
mkdir -p again
run_ipskit report --cases "$CASES" --year 2021 --by site --suppress-below 5 --lang da -o again/rapport.md
cmp -s rapport.md again/rapport.md || fail "two runs differ"
for chart in outcome_distribution share_by_group; do
    cmp -s "rapport-figures/$chart.svg" "again/rapport-figures/$chart.svg" || fail "$chart.svg differs between two runs"
done

# The workbook's sheets are the report's parts, named with whole words: the
# tables stacked on them, each under its title (report_workbook.sh reads
# their figures back).
run_ipskit report --cases "$CASES" --year 2021 --by site -o report.md --xlsx report.xlsx
expect_status 0
sheets=$(unzip -p report.xlsx xl/workbook.xml | grep -o 'sheet name="[^"]*"' | tr '\n' '|')
[ "$sheets" = 'sheet name="Summary"|sheet name="Outcomes"|sheet name="Breakdowns"|' ] || fail "sheets: $sheets"
