# Several periods to a workbook: the trend sheet carries Excel's own line
# chart of each group's job-or-education share over the periods, one line per
# group and one for the total, read from the sheet's cells; a period with no
# closed course is a gap, not 0 %. A share hidden by --suppress-below would
# be drawn as 0, so then there is no chart.
source "$(dirname "$0")/lib.sh"
need python3 python3
CASES=$IPSKIT_SOURCE_DIR/tests/data/region/cases.csv

run_ipskit outcomes "$CASES" --by cluster --years 2020..2023 --lang da -q -o trend.md --xlsx trend.xlsx
expect_status 0
/usr/bin/python3 - trend.xlsx <<'PY' || fail "the trend chart"
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
assert len(charts) == 1, charts
xml = z.read(charts[0]).decode()
assert "<c:lineChart>" in xml, "not a line chart"
assert "Job eller uddannelse % pr. periode" in xml, "the title"
names = re.findall(r"<c:tx><c:v>([^<]*)</c:v></c:tx>", xml)
assert names == ["Syd", "Vest", "Øst", "I alt"], names
refs = re.findall(r"<c:f>([^<]*)</c:f>", xml)
# Categories from the period column (B), values from the share column (F),
# four periods a group, the groups one after another under the header in row 4.
assert refs[:2] == ["'Udvikling pr. periode'!$B$5:$B$8", "'Udvikling pr. periode'!$F$5:$F$8"], refs
assert refs[-2:] == ["'Udvikling pr. periode'!$B$17:$B$20", "'Udvikling pr. periode'!$F$17:$F$20"], refs
assert 'formatCode="0%"' in xml, "the value axis in per cent"
# Øst closed no course in 2020: its share cell is empty, a gap in the line.
sheets = dict(re.findall(r'<sheet name="([^"]*)" sheetId="\d+" r:id="rId(\d+)"', z.read("xl/workbook.xml").decode()))
sheet = z.read(f"xl/worksheets/sheet{sheets['Udvikling pr. periode']}.xml").decode()
assert re.search(r'<c r="F13" s="\d+"/>', sheet), "Øst 2020 should be an empty cell"
PY

run_ipskit outcomes "$CASES" --by cluster --years 2020..2023 --suppress-below 5 -q -o hidden.md --xlsx hidden.xlsx
expect_status 0
/usr/bin/python3 -c "
import sys, zipfile
names = zipfile.ZipFile('hidden.xlsx').namelist()
sys.exit(any(n.startswith('xl/charts/') for n in names))" || fail "a chart despite hidden shares"
