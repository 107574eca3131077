# compare --latest with both reviewers' own questionnaires of Hjørring
# (2020-11-12: A totals 105, B 104) and their consensus of the same date
# (106, as in consensus_round_trip.sh), beside Aalborg's 2022 review (87):
# the consensus is the official result and is taken whatever the file names,
# and the report says which file each site's row comes from. The reviewers'
# files alone are refused, naming both: either could be taken.
source "$(dirname "$0")/lib.sh"
need python3 python3
mkdir region
# Named so that a reviewer's file comes first in the directory.
cp "$EXAMPLES/review-hjorring-2020-a.yaml" region/a-mette.yaml
cp "$EXAMPLES/review-hjorring-2020-b.yaml" region/b-soren.yaml
cp "$EXAMPLES/region/aalborg-2022.yaml" region/
run_ipskit consensus region/a-mette.yaml region/b-soren.yaml -o consensus.yaml
expect_status 0
grep -qx 'consensus: true' consensus.yaml || fail "the consensus is not marked as one"

# Before the meeting: only the reviewers' own files of Hjørring.
run_ipskit compare region --latest -o refused.md
expect_status 1
expect_err_contains "region/b-soren.yaml: error: region/a-mette.yaml and region/b-soren.yaml are both reviewers' own questionnaires of site 'Hjørring' on 2020-11-12"
expect_err_contains "give their consensus"
expect_err_contains "or only one reviewer's questionnaire"
expect_no_file refused.md

sed -e 's/^  7:$/  7: 5/' -e 's/^  10:$/  10: 4/' -e 's/^  12:$/  12: 4/' \
    -e 's/^  18:$/  18: 5/' -e 's/^  21:$/  21: 5/' -e 's/^  24:$/  24: 3/' consensus.yaml >region/consensus.yaml

run_ipskit compare region --latest --format csv -o compare.csv
expect_status 0
grep -q '^Hjørring,,2020-11-12,4,5,5,.*,106,Good fidelity,consensus.yaml$' compare.csv ||
    fail "Hjørring's row is not the consensus: $(grep '^Hjørring' compare.csv)"
grep -q '^Aalborg,Vest,2022-10-05,.*,87,Fair fidelity,aalborg-2022.yaml$' compare.csv || fail "Aalborg's row"

run_ipskit compare region --latest --format json -o compare.json
expect_status 0
python3 - compare.json <<'PY' || fail "the JSON does not say which file each site's row is from"
import json, sys
matrix = next(t for t in json.load(open(sys.argv[1]))["tables"] if t["id"] == "matrix")
rows = {row["site"]: row for row in matrix["rows"]}
assert rows["Hjørring"]["file"] == "consensus.yaml" and rows["Hjørring"]["total"] == 106, rows["Hjørring"]
assert rows["Aalborg"]["file"] == "aalborg-2022.yaml", rows["Aalborg"]
PY

run_ipskit compare region --latest --lang da
expect_status 0
expect_out_contains "Fil"
expect_out_contains "consensus.yaml"

# A consensus written before the marker reads as a reviewer's own file.
sed -i '/^consensus: true$/d' region/consensus.yaml
run_ipskit compare region --latest
expect_status 1
expect_err_contains "needs the line 'consensus: true'"

# The marker is a yes or no, checked where it is written.
sed -i 's/^ratings:$/consensus: maybe\nratings:/' region/consensus.yaml
run_ipskit compare region --latest
expect_status 1
expect_err_contains "region/consensus.yaml:19:12: error: consensus must be true or false, not 'maybe'"
