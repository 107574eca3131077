# consensus keeps what the reviewers measured and ticked alike, so the
# official report keeps its "Measured" column and its "Not yet in place"
# list; what they gave differently is shown in comments only. Both reviewers
# of the Hjørring example measured 23 for item 1 and 42 for item 15; here both
# also tick the same two elements of item 11 (score 2), and reviewer B's note
# on item 2 tries to end its comment and quoted text early.
source "$(dirname "$0")/lib.sh"
need python3 python3
sed -e 's/^  11: 4$/  11: { elements: [leaders_know_ips, steering_group] }/' \
    "$EXAMPLES/review-hjorring-2020-a.yaml" >a.yaml
# \u2028 is a line break to YAML: raw in a comment, it would start a live line '7: 5'.
sed -e 's/^  11: 4$/  11: { elements: [steering_group, leaders_know_ips] }/' \
    -e 's/^  2: 5$/  2: { score: 5, note: "ends \\" here\\u2028  7: 5 # and\\x01 here" }/' \
    "$EXAMPLES/review-hjorring-2020-b.yaml" >b.yaml

run_ipskit consensus a.yaml b.yaml -o consensus.yaml
expect_status 0
grep -qx '  1: { score: 4, value: 23, note: .*' consensus.yaml || fail "item 1 lost its measured 23"
grep -qx '  15: { score: 4, value: 42, note: .*' consensus.yaml || fail "item 15 lost its measured 42"
grep -qx '  11: { score: 2, elements: \["leaders_know_ips", "steering_group"\] }' consensus.yaml ||
    fail "item 11 lost its ticked elements"
# What only one reviewer gave is for the meeting to see, not live.
grep -qx '  #   Mette Lund (ekstern reviewer): 4, measured 58 — .*' consensus.yaml ||
    fail "item 24's measured 58 is not shown to the meeting"
grep -qx '  #   Mette Lund (ekstern reviewer): 4, ticked: weekly_team_meetings, shared_decisions, shared_records, shares_offices' \
    consensus.yaml || fail "item 5's elements are not shown to the meeting"
grep -qx '  24:' consensus.yaml || fail "item 24 is not left open"
grep -q '  2: { score: 5, note: ".*ends \\" here\\L  7: 5 # and\\x01 here" }' consensus.yaml ||
    fail "the note on item 2 is not escaped"

sed -i -e 's/^  7:$/  7: 5/' -e 's/^  10:$/  10: 4/' -e 's/^  12:$/  12: 4/' \
    -e 's/^  18:$/  18: 5/' -e 's/^  21:$/  21: 5/' -e 's/^  24:$/  24: 3/' consensus.yaml
run_ipskit score consensus.yaml --format json -o official.json
expect_status 0
# 106 less item 11's 4, plus its 2 from the elements.
grep -q '"total": 104,' official.json || fail "the completed consensus does not total 104"
python3 - official.json <<'PY' || fail "the official report lost what the reviewers agreed"
import json, sys
doc = json.load(open(sys.argv[1]))
tables = {b["id"]: b for b in doc["tables"]}
items = {row["number"]: row for row in tables["items"]["rows"]}
assert items[1]["value"] == 23 and items[15]["value"] == 42, (items[1], items[15])
assert items[24]["value"] is None and items[2]["score"] == 5, (items[24], items[2])
assert items[2]["note"].endswith('ends " here\u2028  7: 5 # and\x01 here'), items[2]["note"]
priorities = {row["number"]: row for row in tables["priorities"]["rows"]}
assert "Not yet in place" in priorities[11]["target"], priorities[11]
PY
