# The report of the 2020 consensus, with the two reviewers' own files for the
# method section's agreement: exact 0.76, within one 0.96, quadratic kappa
# 0.782609, ICC(2,1) 0.789474 (tests/unit/reference/reviewers.R, as in
# score_reviewers_two). Their summaries differ, so the consensus keeps both,
# each under its reviewer's name; the kind of review and the dates are kept.
source "$(dirname "$0")/lib.sh"
A="$EXAMPLES/review-hjorring-2020-a.yaml"
B="$EXAMPLES/review-hjorring-2020-b.yaml"

run_ipskit consensus "$A" "$B" -o consensus.yaml
expect_status 0
# The meeting's scores for the six open items.
sed -i 's/^  7:$/  7: 5/; s/^  10:$/  10: 4/; s/^  12:$/  12: 4/; s/^  18:$/  18: 5/; s/^  21:$/  21: 5/; s/^  24:$/  24: 3/' consensus.yaml
run_ipskit report consensus.yaml --reviewers "$A" "$B" -o report.md
expect_status 0
for row in '| Exact agreement | 76% |' '| Agreement within one point | 96% |' \
    '| Quadratic-weighted kappa | 0.78 |' '| ICC(2,1) | 0.79 |' \
    '- **Review type:** external review' '- **Visit dates:** 2020-11-11, 2020-11-12' \
    'The scores in this report are the agreed ones.'; do
    grep -qF -- "$row" report.md || fail "report.md lacks: $row"
done
grep -q '^Mette Lund (ekstern reviewer): Hjørring har god fidelitet' report.md || fail "reviewer A's summary"
grep -q '^Søren Kjær (ekstern reviewer): Et velfungerende IPS-team' report.md || fail "reviewer B's summary"
# Per-item recommendations both gave alike come through once.
grep -qF '| 17 | Job development — frequent employer contact | 3 |' report.md || fail "priority 17"
grep -qF 'Sæt to faste formiddage om ugen af til arbejdsgiverbesøg |' report.md || fail "item 17's recommendation"
