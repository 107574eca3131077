# Two reviewers of the Hjørring example side by side, with agreement checked
# against tests/unit/reference/reviewers.R (psych::cohen.kappa over levels 1:5,
# psych::ICC, Gwet's AC1/AC2 written out): exact 0.76, within one 0.96, kappa
# 0.611399, quadratic kappa 0.782609, AC1 0.716245, AC2 0.946651, ICC(2,1)
# 0.789474. Totals by hand: 105 and 104; item 10 differs by two (3 and 5).
source "$(dirname "$0")/lib.sh"
A="$EXAMPLES/review-hjorring-2020-a.yaml"
B="$EXAMPLES/review-hjorring-2020-b.yaml"

run_ipskit score "$A" "$B" --format csv -o report.csv
expect_status 0
sed -i 's/\r$//' report.csv  # CSV lines end in CR LF; compare them without the CR
for line in \
    "Mette Lund (ekstern reviewer) – Søren Kjær (ekstern reviewer),Exact agreement,76," \
    "Mette Lund (ekstern reviewer) – Søren Kjær (ekstern reviewer),Agreement within one point,96," \
    "Mette Lund (ekstern reviewer) – Søren Kjær (ekstern reviewer),Cohen's kappa,0.611," \
    "Mette Lund (ekstern reviewer) – Søren Kjær (ekstern reviewer),\"Cohen's kappa, quadratic weights\",0.783," \
    "Mette Lund (ekstern reviewer) – Søren Kjær (ekstern reviewer),Gwet's AC1,0.716," \
    "Mette Lund (ekstern reviewer) – Søren Kjær (ekstern reviewer),\"Gwet's AC2, quadratic weights\",0.947," \
    "Mette Lund (ekstern reviewer) – Søren Kjær (ekstern reviewer),\"ICC(2,1): two-way random, absolute agreement, single rater\",0.789," \
    "Mette Lund (ekstern reviewer),105,125,Good fidelity" \
    "Søren Kjær (ekstern reviewer),104,125,Good fidelity" \
    "Mean of the reviewers,104.5,125,"; do
    grep -qxF -- "$line" report.csv || fail "report.csv lacks the line: $line"
done
# The items to discuss come first (after the title row and the header), and
# only item 10 differs by two points.
sed -n '3p' report.csv | grep -qx '10,Agency focus on competitive employment,3,5,4.0,2' ||
    fail "item 10 is not the first item to discuss: $(sed -n 3p report.csv)"

# JSON keeps the figures unrounded.
run_ipskit score "$A" "$B" --format json -o report.json
expect_status 0
grep -q '"value": 0.6113989637305' report.json || fail "JSON kappa is not 0.61139896..."
grep -q '"value": 0.7894736842105' report.json || fail "JSON ICC is not 0.78947368..."

run_ipskit score "$A" "$B" -o report.md
expect_status 0
expect_golden report.md reviewers/hjorring-2020-a-b.md
run_ipskit score "$A" "$B" --lang da -o report-da.md --xlsx report.xlsx
expect_status 0
expect_golden report-da.md reviewers/hjorring-2020-a-b-da.md
[ -s report.xlsx ] || fail "no workbook written"

# One file is still the single-review report.
run_ipskit score "$A"
expect_status 0
expect_out_contains "Total 105 of 125 (25–125 possible): Good fidelity (100–114)."
