# consensus -> fill in -> score: the draft fills in the 19 items both
# reviewers of the Hjørring example scored alike and leaves items 7, 10, 12,
# 18, 21 and 24 empty with both scores as comments; scoring the draft is
# refused until they are filled in; the completed file scores like any review
# and records who reviewed. By hand: agreed items sum to 105 - (5+3+4+4+5+4) = 80;
# filled in with 5, 4, 4, 5, 5 and 3 the total is 80 + 26 = 106.
source "$(dirname "$0")/lib.sh"
A="$EXAMPLES/review-hjorring-2020-a.yaml"
B="$EXAMPLES/review-hjorring-2020-b.yaml"

run_ipskit consensus "$A" "$B" -o consensus.yaml
expect_status 0
expect_err_equals "ipskit: wrote consensus.yaml
ipskit: 19 of 25 items agreed; 6 left for the consensus meeting"
expect_golden consensus.yaml reviewers/consensus-hjorring-2020.yaml

run_ipskit score consensus.yaml
expect_status 1
expect_err_contains "consensus.yaml:"
expect_err_contains "item 10 (Agency focus on competitive employment) has no score"

# The meeting agrees the six open items.
sed -i -e 's/^  7:$/  7: 5/' -e 's/^  10:$/  10: 4/' -e 's/^  12:$/  12: 4/' \
    -e 's/^  18:$/  18: 5/' -e 's/^  21:$/  21: 5/' -e 's/^  24:$/  24: 3/' consensus.yaml
run_ipskit score consensus.yaml --format json -o official.json
expect_status 0
grep -q '"total": 106,' official.json || fail "the completed consensus does not total 106"
grep -q '"reviewers": "Mette Lund (ekstern reviewer), Søren Kjær (ekstern reviewer) (consensus)"' official.json ||
    fail "the report does not record who reviewed"

# Never over an input, and nothing half-written.
run_ipskit consensus "$A" "$B" -o "$A"
expect_status 1
expect_err_contains "$A"
run_ipskit consensus "$A" "$B" -o - --lang da
expect_status 0
expect_out_contains "# Konsensus af 2 bedømmerskemaer."
expect_out_contains "SKAL AFTALES"
