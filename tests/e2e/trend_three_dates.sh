# One site over three reviews, given out of order and sorted by date:
# totals 105 (2020), 106 (2021), 110 (2022) (counted by hand from the files);
# 2020's priorities 10 and 17 (scored 3) are both met in 2021 (4 and 4), and
# 2021's priority 24 (3) is met in 2022 (4).
source "$(dirname "$0")/lib.sh"
Y2020="$EXAMPLES/review-hjorring-2020-a.yaml"
Y2021="$EXAMPLES/region/hjorring-2021.yaml"
Y2022="$EXAMPLES/region/hjorring-2022.yaml"

run_ipskit trend "$Y2022" "$Y2020" "$Y2021" --format csv -o trend.csv
expect_status 0
sed -i 's/\r$//' trend.csv  # CSV lines end in CR LF; compare them without the CR
grep -qx '2020-11-12,Mette Lund (ekstern reviewer),105,,Good fidelity' trend.csv || fail "2020 total"
grep -qx '2021-11-18,"Mette Lund, Søren Kjær (consensus)",106,1,Good fidelity' trend.csv || fail "2021 total"
grep -qx '2022-11-10,"Mette Lund, Søren Kjær (consensus)",110,4,Good fidelity' trend.csv || fail "2022 total"
grep -qx '2020-11-12,2021-11-18,10,Agency focus on competitive employment,3,4,yes' trend.csv || fail "priority 10 met"
grep -qx '2021-11-18,2022-11-10,24,Community-based services,3,4,yes' trend.csv || fail "priority 24 met"

run_ipskit trend "$Y2020" "$Y2021" "$Y2022" -o trend.md
expect_status 0
expect_golden trend.md reviewers/trend-hjorring.md

run_ipskit trend "$Y2020" "$EXAMPLES/region/aalborg-2022.yaml" -o refused.md
expect_status 1
expect_err_contains "differ in site: 'Hjørring' in $Y2020, 'Aalborg' in $EXAMPLES/region/aalborg-2022.yaml"
expect_no_file refused.md
run_ipskit trend "$Y2020" "$EXAMPLES/review-ips15.yaml" --allow-mixed -o refused.md
expect_status 1
expect_err_contains "differ in the items of their scales"
expect_no_file refused.md
