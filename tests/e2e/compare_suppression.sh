# ipskit compare --cases --suppress-below: the table of sites hides small
# counts by the rules of `outcomes --suppress-below` (<N and x), in every
# format. compare_suppression_check.py checks each cell against counts
# computed from the extract and, from what the report shows, that no
# hidden count can be worked out. Solrød is cut to 3 closed courses, which
# must show as neither 3 nor a share; Lolland's 4 in a job or education
# hides the line, whose figures with the shown shares would tell it.
source "$(dirname "$0")/lib.sh"
DATA="$TESTDATA/fidelity-outcomes"
CHECK="$IPSKIT_SOURCE_DIR/tests/e2e/compare_suppression_check.py"

# Solrød's courses closed in 2022 after its first three are left out.
python3 - "$DATA/cases.csv" cases.csv <<'PY'
import sys
source, target = sys.argv[1:3]
kept = 0
with open(source, encoding="utf-8") as f, open(target, "w", encoding="utf-8") as out:
    for line in f:
        fields = line.split(";")
        if fields[1] == "Solrød" and fields[9].strip().endswith("2022"):
            kept += 1
            if kept > 3:
                continue
        out.write(line)
PY

for n in 5 7; do
    run_ipskit compare "$DATA/reviews-all" --cases cases.csv --year 2022 --clusters "$DATA/clusters.yaml" \
        --suppress-below $n --format json -o region-$n.json
    expect_status 0
    python3 "$CHECK" "$DATA/reviews-all" cases.csv 2022 $n 5 <region-$n.json >check-$n.txt ||
        fail "suppression below $n does not hold: $(cat check-$n.txt)"
done
grep -q "13 sites, 3 hidden small counts, none can be worked out; line hidden: True" check-5.txt ||
    fail "unexpected check below 5: $(cat check-5.txt)"

# The cells themselves: Solrød's 3 and its share hidden, Lolland's 4 and the
# line's figures too, Kalundborg's shown.
python3 - region-5.json <<'PY' || fail "the suppressed cells are not the expected ones"
import json, sys
tables = {t["id"]: t for t in json.load(open(sys.argv[1]))["tables"]}
rows = {r["site"]: r for r in tables["fidelity_outcomes"]["rows"]}
cells = lambda site: [rows[site][k] for k in ("closed", "job_or_education", "share", "median_days", "expected_share", "standardised_residual")]
assert cells("Solrød") == ["<5", "<5", "<5", "<5", None, None], cells("Solrød")
assert rows["Solrød"]["flag"] == "not_in_correlation"
assert cells("Lolland") == [23, "<5", "<5", "<5", "<5", "<5"], cells("Lolland")
assert cells("Kalundborg")[:2] == [30, 19] and cells("Kalundborg")[4:] == ["x", "x"], cells("Kalundborg")
line = {r["measure"]: r["value"] for r in tables["rank_correlation"]["rows"]}
assert line["line_intercept_points"] == "x" and line["line_slope_points"] == "x", line
assert isinstance(line["spearman_rho"], float), line
assert any("<5: fewer than 5 courses" in note for note in tables["fidelity_outcomes"]["notes"])
PY

# The same cells in Markdown, CSV and the workbook; a flagged site's
# sentence gives no hidden figure.
run_ipskit compare "$DATA/reviews-all" --cases cases.csv --year 2022 --suppress-below 5 -o region.md \
    --xlsx region.xlsx
expect_status 0
grep -q '^| Solrød | Øst | .* | <5 | <5 | <5 | <5 |  |  | Not in the correlation |$' region.md ||
    fail "Solrød's row is not suppressed in Markdown: $(grep Solrød region.md)"
grep -q "Holbæk's share in job or education lies far from what its fidelity predicts; the figures are hidden" region.md ||
    fail "Holbæk's sentence: $(grep Holbæk region.md)"
if grep -q "where its fidelity predicts" region.md; then fail "a sentence gives a hidden expected share"; fi
run_ipskit compare "$DATA/reviews-all" --cases cases.csv --year 2022 --suppress-below 5 --format csv -o region.csv
expect_status 0
grep -q '^Solrød;Øst;.*;<5;<5;<5;<5;;;' region.csv || grep -q '^Solrød,Øst,.*,<5,<5,<5,<5,,,' region.csv ||
    fail "Solrød's row is not suppressed in CSV: $(grep Solrød region.csv)"
if command -v /usr/bin/python3 >/dev/null && /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
    /usr/bin/python3 - region.xlsx <<'PY' || fail "the workbook shows a hidden count"
import openpyxl, sys
for sheet in openpyxl.load_workbook(sys.argv[1]).worksheets:
    for row in sheet.iter_rows(values_only=True):
        if row and row[0] == "Solrød" and "Not in the correlation" in row:
            figures = row[row.index("Fair fidelity") + 4:]
            assert figures[:4] == ("<5", "<5", "<5", "<5"), row
            sys.exit(0)
sys.exit("no Solrød row in the workbook")
PY
fi

# Danish: the same markers and the Danish sentence.
run_ipskit compare "$DATA/reviews-all" --cases cases.csv --year 2022 --suppress-below 5 --lang da -o region-da.md
expect_status 0
grep -q "Andelen i job eller uddannelse i Holbæk ligger langt fra, hvad fideliteten tilsiger" region-da.md ||
    fail "the Danish sentence: $(grep Holbæk region-da.md)"

# Without --suppress-below every figure is shown, as before.
run_ipskit compare "$DATA/reviews-all" --cases cases.csv --year 2022 --format json -o plain.json
expect_status 0
if grep -q '"<5"' plain.json; then fail "a count is hidden without --suppress-below"; fi

# --suppress-below needs --cases.
run_ipskit compare "$DATA/reviews-all" --suppress-below 5
expect_status 2
expect_err_contains "--suppress-below requires --cases"
