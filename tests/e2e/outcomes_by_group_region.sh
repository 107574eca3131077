# Every table of outcomes by group on the regional extract (13 municipalities
# in 3 clusters): the closed courses, the time to job or education and to the
# first employer contact, the cohort, capacity and caseloads, each group
# followed by its cluster's subtotal. The figures of every group are checked
# against tests/data/region/check_by_group.py, which computes them from the
# extract alone; the suppressed report is a golden file in English and
# Danish. In 2020 Stevns, which began in 2021, has no data at all.
source "$(dirname "$0")/lib.sh"
need python3 python3
CASES="$TESTDATA/region/cases.csv"
CHECK="$TESTDATA/region/check_by_group.py"

for year in 2020 2022; do
    run_ipskit outcomes "$CASES" --year "$year" --by cluster site --cohort --format json -o "r$year.json"
    expect_status 0
    python3 "$CHECK" "$CASES" "$year" "r$year.json" >check.txt || fail "$year by group: $(cat check.txt)"
    grep -qx '17 groups agree' check.txt || fail "$year: not every group checked: $(cat check.txt)"
done

# A group with no data in the period: no closed course, no course started,
# and 0 active courses at the end of the year, which capacity shows, as the
# caseload of its consultant.
python3 - r2020.json <<'PY' || fail "Stevns in 2020"
import json, sys
groups = {(g["by"]["cluster"], g["by"]["site"]): g for g in json.load(open(sys.argv[1]))["groups"]}
stevns = groups[("Øst", "Stevns")]
assert "closed_outcomes_by_group" not in stevns and "cohort_by_group" not in stevns, stevns
assert stevns["capacity_by_group"][0]["active_courses"] == 0, stevns
assert [r["active"] for r in stevns["caseloads"]] == [0], stevns
PY

for lang in en da; do
    run_ipskit outcomes "$CASES" --year 2022 --by cluster site --cohort --suppress-below 5 --lang "$lang" \
        --format md -o "region.$lang.md"
    expect_status 0
    expect_golden "region.$lang.md" "region/outcomes-2022-by-cluster-site.$lang.md"
done
