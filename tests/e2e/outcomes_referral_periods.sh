# The referral path over several periods: `outcomes --years` and
# `--quarters` stack each period's referral table, a period column first,
# so that JSON holds one row per period, group and department; each
# period's rows are checked against referral_path_check.py, which computes
# them from the extract without ipskit. `report` with several periods shows
# the latest period in full, its referral path with it.
source "$(dirname "$0")/lib.sh"
REGION="$TESTDATA/region/cases.csv"
CHECK="$IPSKIT_SOURCE_DIR/tests/e2e/referral_path_check.py"

for by in "" Kommune Klynge; do
    case "$by" in Kommune) args=(--by site) ;; Klynge) args=(--by cluster) ;; *) args=() ;; esac
    run_ipskit outcomes "$REGION" --years 2020..2023 "${args[@]}" --format json -o years.json
    expect_status 0
    for year in 2020 2021 2022 2023; do
        python3 "$CHECK" "$REGION" "$year" $by <years.json >/dev/null ||
            fail "the referral path of $year ${by:-overall} differs from the independent computation"
    done
done
run_ipskit outcomes "$REGION" --quarters 2022Q1..2022Q4 --by site --format json -o quarters.json
expect_status 0
for quarter in 2022Q1 2022Q2 2022Q3 2022Q4; do
    python3 "$CHECK" "$REGION" "$quarter" Kommune <quarters.json >/dev/null ||
        fail "the referral path of $quarter differs from the independent computation"
done

# One table, one object per period, group and department; the period and
# the group are its key columns, as in the other stacked tables.
python3 - years.json <<'PY' || fail "the stacked referral table is not one row per period, group and department"
import json, sys
t = next(t for t in json.load(open(sys.argv[1]))["tables"] if t["id"] == "referral_path")
assert [c["key"] for c in t["columns"]][:3] == ["period", "cluster", "department"], t["columns"][:3]
keys = [(r["period"], r["cluster"], r["department"], r.get("department_label")) for r in t["rows"]]
assert len(keys) == len(set(keys)), "a period, group and department twice"
assert sorted({r["period"] for r in t["rows"]}) == ["2020", "2021", "2022", "2023"]
totals = [r for r in t["rows"] if r.get("department_label") == "Total"]
assert [r["period"] for r in totals] == ["2020", "2021", "2022", "2023"], totals
PY

# Every period's referrals in Markdown, under one heading.
run_ipskit outcomes "$REGION" --years 2021..2023 --by cluster -o years.md
expect_status 0
[ "$(grep -c '^### Referral path' years.md)" = 1 ] || fail "not one referral path table"
for year in 2021 2022 2023; do
    grep -q "^| \*\*$year\*\* |  | \*\*Total\*\* |" years.md || fail "no total of $year's referral path"
done

# A single period with --targets goes the periods' way, and keeps its referral path.
printf 'sites:\n  Køge: {share: 45}\n' >targets.yaml
run_ipskit outcomes "$REGION" --year 2022 --by site --targets targets.yaml --format json -o targets.json
expect_status 0
python3 "$CHECK" "$REGION" 2022 Kommune <targets.json >/dev/null || fail "--targets lost the referral path"

# The report over several periods: its referral path is the latest period's.
run_ipskit report --cases "$REGION" --years 2021..2023 --by cluster --suppress-below 5 --format json -o report.json
expect_status 0
run_ipskit outcomes "$REGION" --year 2023 --by cluster --suppress-below 5 --format json -o latest.json
expect_status 0
python3 - report.json latest.json <<'PY' || fail "the report's referral path is not the latest period's"
import json, sys
report, latest = ({t["id"]: t for t in json.load(open(p))["tables"]} for p in sys.argv[1:])
assert report["referral_path"]["rows"] == latest["referral_path"]["rows"]
PY

# An extract without referring departments has no such table in any period.
run_ipskit outcomes "$EXAMPLES/cases-region.csv" --years 2020..2021 --format json -o none.json
expect_status 0
python3 -c 'import json,sys; assert all(t["id"] != "referral_path" for t in json.load(open(sys.argv[1]))["tables"])' \
    none.json || fail "a referral path without referring departments"
