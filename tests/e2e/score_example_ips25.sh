# The Hjørring example scored on IPS-25, as Markdown and JSON golden files.
# Hand-computed (see the comment in the example): staffing 14 of 15, organization
# 30 of 40, services 61 of 70, total 105 of 125 = good fidelity (100-114);
# item 6 is no_fit and scores 1; item 1's caseload 23 lies in 21-25 = 4.
source "$(dirname "$0")/lib.sh"
REVIEW="$EXAMPLES/review-hjorring-2020-a.yaml"

run_ipskit score "$REVIEW"
expect_status 0
expect_out_contains "Total 105 of 125 (25–125 possible): Good fidelity (100–114)."
expect_out_contains "Total            25       105  125  4.20"

run_ipskit score "$REVIEW" -o report.md --xlsx report.xlsx
expect_status 0
expect_golden report.md score/hjorring-2020-a.md
[ -s report.xlsx ] || fail "no workbook written"

run_ipskit score "$REVIEW" --format json -o report.json
expect_status 0
expect_golden report.json score/hjorring-2020-a.json
grep -q '"total": 105,' report.json || fail "JSON total is not 105"
grep -q '"level_id": "good"' report.json || fail "JSON level is not good"

# The same input gives the same bytes.
run_ipskit score "$REVIEW" -o again.md
cmp -s report.md again.md || fail "two runs differ"
