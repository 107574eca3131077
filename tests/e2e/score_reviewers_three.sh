# Three reviewers: every pair, then Fleiss' kappa and ICC(2,1) over all, against
# tests/unit/reference/reviewers.R: A-C kappa 0.799465, B-C AC1 0.622017,
# Fleiss' kappa 0.628280, ICC(2,1) over all 0.840954.
source "$(dirname "$0")/lib.sh"

run_ipskit score "$EXAMPLES/review-hjorring-2020-a.yaml" "$EXAMPLES/review-hjorring-2020-b.yaml" \
    "$TESTDATA/reviewers/hjorring-2020-c.yaml" --format csv -o report.csv
expect_status 0
sed -i 's/\r$//' report.csv  # CSV lines end in CR LF; compare them without the CR
grep -qxF "Mette Lund (ekstern reviewer) – Lise Dahl (ekstern reviewer),Cohen's kappa,0.799," report.csv || fail "A-C kappa"
grep -qxF "Søren Kjær (ekstern reviewer) – Lise Dahl (ekstern reviewer),Gwet's AC1,0.622," report.csv || fail "B-C AC1"
grep -qxF "all reviewers,Fleiss' kappa,0.628," report.csv || fail "Fleiss' kappa"
grep -qxF 'all reviewers,"ICC(2,1): two-way random, absolute agreement, single rater",0.841,' report.csv || fail "ICC over all"
