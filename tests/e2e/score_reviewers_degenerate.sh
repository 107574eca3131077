# Degenerate pairs, against tests/unit/reference/reviewers.R: perfect agreement
# (every coefficient 1), a reviewer who gave every item 4 (kappa 0, AC1
# 0.420548, AC2 0.914669, ICC 0), two reviewers who never agree (kappa and
# AC1 -0.25, quadratic kappa and AC2 0), and two who both gave every item 4
# (kappa and ICC undefined: printed as such with the reason, null in JSON).
source "$(dirname "$0")/lib.sh"
R="$TESTDATA/reviewers"

statistic() {  # statistic LABEL -> the value column of the CSV line
    grep -F ",$1," report.csv | head -1 | cut -d, -f3
}

run_ipskit score "$R/perfect-a.yaml" "$R/perfect-b.yaml" --format csv -o report.csv
expect_status 0
sed -i 's/\r$//' report.csv  # CSV lines end in CR LF; compare them without the CR
[ "$(grep -c ',1.000,$' report.csv)" = 5 ] || fail "perfect agreement: not five coefficients of 1.000"
grep -q ',Exact agreement,100,$' report.csv || fail "perfect agreement: exact agreement is not 100"
grep -q 'No item.s scores are that far apart.' report.csv && fail "notes are not part of CSV"

run_ipskit score "$R/all-fours-c.yaml" "$R/perfect-b.yaml" --format csv -o report.csv
expect_status 0
sed -i 's/\r$//' report.csv  # CSV lines end in CR LF; compare them without the CR
[ "$(statistic "Cohen's kappa")" = 0.000 ] || fail "every item 4: kappa is not 0.000"
[ "$(statistic "Gwet's AC1")" = 0.421 ] || fail "every item 4: AC1 is not 0.421"
grep -q ',"Gwet.s AC2, quadratic weights",0.915,$' report.csv || fail "every item 4: AC2 is not 0.915"
grep -q ',"ICC(2,1): two-way random, absolute agreement, single rater",0.000,$' report.csv || fail "every item 4: ICC is not 0.000"

run_ipskit score "$R/never-a.yaml" "$R/never-b.yaml" --format csv -o report.csv
expect_status 0
sed -i 's/\r$//' report.csv  # CSV lines end in CR LF; compare them without the CR
[ "$(statistic "Exact agreement")" = 0 ] || fail "never agree: exact agreement is not 0"
[ "$(statistic "Cohen's kappa")" = -0.250 ] || fail "never agree: kappa is not -0.250"
[ "$(statistic "Gwet's AC1")" = -0.250 ] || fail "never agree: AC1 is not -0.250"
grep -q ',"Cohen.s kappa, quadratic weights",0.000,$' report.csv || fail "never agree: weighted kappa is not 0.000"

run_ipskit score "$R/all-fours-c.yaml" "$R/all-fours-d.yaml" -o report.txt
expect_status 0
grep -q "Cohen's kappa *undefined  [a-z]" report.txt || fail "kappa is not printed as undefined with a reason"
grep -qi 'nan' report.txt && fail "NaN printed"
expect_golden report.txt reviewers/all-fours.txt
run_ipskit score "$R/all-fours-c.yaml" "$R/all-fours-d.yaml" --format json -o report.json
expect_status 0
grep -A3 '"statistic": "kappa",' report.json | grep -q '"value": null' || fail "JSON kappa is not null"
grep -A4 '"statistic": "kappa",' report.json | grep -q '"undefined_reason": "[a-z]' || fail "JSON kappa has no reason"
