# convert: YAML -> workbook -> YAML without loss. The two synthetic Hjørring
# reviews (scores, figures, elements, no fit, notes with Danish letters and
# quotes, the kind of review, its dates, summary and recommendations) and a consensus questionnaire with two reviewers, a cluster and the
# consensus mark go to a workbook and back; each step scores exactly as the
# original (the JSON reports are equal but for the file name), and the YAML
# that comes back converts again to the same bytes.
source "$(dirname "$0")/lib.sh"

same_score() {  # same_score A B: the reports of two questionnaires agree
    "$IPSKIT" score "$1" -o a.json && "$IPSKIT" score "$2" -o b.json
    sed -i -e 's/"[^"]*\.\(yaml\|xlsx\)"/"FILE"/g' a.json b.json
    diff a.json b.json >&2 || fail "$1 and $2 do not score alike"
}

for review in "$EXAMPLES"/review-hjorring-2020-a.yaml "$EXAMPLES"/review-hjorring-2020-b.yaml; do
    name=$(basename "$review" .yaml)
    run_ipskit convert "$review" "$name.xlsx"
    expect_status 0
    same_score "$review" "$name.xlsx"
    run_ipskit convert "$name.xlsx" "$name.yaml" --lang da
    expect_status 0
    grep -q '^# Bedømmerskema for IPS-fidelitetsskalaen' "$name.yaml" || fail "--lang da: not Danish"
    same_score "$review" "$name.yaml"
    # Through the workbook or straight from YAML to YAML: the same file, so
    # the workbook holds everything the YAML does (kind, dates, summary,
    # recommendations too).
    "$IPSKIT" convert "$review" "direct-$name.yaml" --lang da
    diff "direct-$name.yaml" "$name.yaml" >&2 || fail "$name: the workbook loses something"
    grep -q '^review_period: { from: "2020-05-01", to: "2020-10-31" }$' "$name.yaml" || fail "$name: no period"
    "$IPSKIT" convert "$name.yaml" again.xlsx --force
    "$IPSKIT" convert again.xlsx again.yaml --force --lang da
    diff "$name.yaml" again.yaml >&2 || fail "$name: a second round trip changes the YAML"
done
grep -q '^summary: "Hjørring har god fidelitet' review-hjorring-2020-a.yaml || fail "no summary"
grep -q '^visit_dates: \["2020-11-11", "2020-11-12"\]$' review-hjorring-2020-a.yaml || fail "no visit dates"
grep -qF '  5: { score: 4, elements: ["weekly_team_meetings", "shared_decisions", "shared_records", "shares_offices"], note: "Sidder ikke sammen med teamet om fredagen; ellers alt på plads" }' \
    review-hjorring-2020-a.yaml || fail "item 5's elements and note: $(grep '^  5:' review-hjorring-2020-a.yaml)"

# The consensus of the two, agreed in full, as a consensus questionnaire.
"$IPSKIT" consensus "$EXAMPLES"/review-hjorring-2020-a.yaml "$EXAMPLES"/review-hjorring-2020-b.yaml \
    -o draft.yaml 2>/dev/null
sed -e 's/^  \([0-9]*\):$/  \1: 3/' -e 's/^consensus: true$/consensus: true\ncluster: "Nord, \\"Vest\\""/' \
    draft.yaml >agreed.yaml
sed -i 's/^reviewer: .*/reviewers: ["Mette Lund", "Ole Sørensen"]/' agreed.yaml
run_ipskit convert agreed.yaml agreed.xlsx
expect_status 0
same_score agreed.yaml agreed.xlsx
run_ipskit convert agreed.xlsx agreed-back.yaml
expect_status 0
grep -qx 'reviewers: \["Mette Lund", "Ole Sørensen"\]' agreed-back.yaml || fail "reviewers lost"
grep -qx 'cluster: "Nord, \\"Vest\\""' agreed-back.yaml || fail "cluster lost"
grep -qx 'consensus: true' agreed-back.yaml || fail "the consensus mark is lost"
same_score agreed.yaml agreed-back.yaml

# A questionnaire still being filled in converts as far as it goes: no site,
# three items rated, one with only a note; the empty items stay empty.
run_ipskit template ips-25 --reviewer R -o partial.yaml
sed -i -e 's/^  1:$/  1: { value: 23 }/' -e 's/^  2:$/  2: 4/' -e 's/^  7:$/  7: { note: "ask the leader" }/' \
    -e 's/^  9:$/  9: { no_fit: true }/' partial.yaml
run_ipskit convert partial.yaml partial.xlsx
expect_status 0
run_ipskit convert partial.xlsx partial-back.yaml
expect_status 0
for line in '  1: { score: 4, value: 23 }' '  2: 4' '  7: { note: "ask the leader" }' '  9: { score: 1, no_fit: true }' \
    '  3:' 'site:' 'review_date:' 'reviewer: "R"'; do
    grep -qxF "$line" partial-back.yaml || fail "partial: lacks '$line'"
done
[ "$(grep -c '^  [0-9]*:$' partial-back.yaml)" -eq 21 ] || fail "the 21 empty items are not empty"
run_ipskit score partial.xlsx
expect_status 1
expect_err_contains "partial.xlsx:Questionnaire!E5: error: the questionnaire's 'Site' is not filled in — fill it in, or give --site"

# What convert refuses: a name it cannot tell, its own input, an existing file.
run_ipskit convert partial.yaml out.txt
expect_status 2
expect_err_contains "out.txt\" is neither a workbook nor a YAML file"
run_ipskit convert partial.yaml partial.yaml
expect_status 1
run_ipskit convert partial.yaml partial.xlsx
expect_status 1
expect_err_contains "partial.xlsx: error: the file exists already"
