# The referral path: referred -> started -> in job or education per
# referring department, from a Henviser / Henvisende afdeling column.
# tests/data/referrals/edge-cases.csv is written by hand (its README gives
# each row's part and the figures worked out by hand); the regional extract
# is checked against referral_path_check.py, which computes every figure
# from the CSV without ipskit.
source "$(dirname "$0")/lib.sh"
EDGE="$TESTDATA/referrals/edge-cases.csv"
REGION="$TESTDATA/region/cases.csv"
CHECK="$IPSKIT_SOURCE_DIR/tests/e2e/referral_path_check.py"

# By hand: 9 referred, 6 started, 3 never started, 3 in job or education.
run_ipskit outcomes "$EDGE" --year 2022 --format json -o edge.json
expect_status 0
python3 "$CHECK" "$EDGE" 2022 <edge.json >/dev/null || fail "the edge cases differ from the independent computation"
python3 - edge.json <<'PY' || fail "the total is not the one worked out by hand"
import json, sys
t = next(t for t in json.load(open(sys.argv[1]))["tables"] if t["id"] == "referral_path")
total = t["rows"][-1]
assert (total["referred"], total["started"], total["not_started"], total["job_or_education"]) == (9, 6, 3, 3), total
assert total["median_days_to_start"] == 10, total
PY
# The referrals that never started are no courses: 8 courses read of 11 rows.
grep -q '"courses": 8' edge.json || fail "a referral that never started was counted as a course"

# Read as prose, by municipality, in English and Danish.
run_ipskit outcomes "$EDGE" --year 2022 --by site -o edge.md
expect_status 0
sed -n '/^### Referral path/,$p' edge.md >referrals-en.md
[ -s referrals-en.md ] || fail "no referral-path table in the report"
expect_golden referrals-en.md outcomes/referral-path-en.md
run_ipskit outcomes "$EDGE" --year 2022 --by site --lang da -o edge-da.md
expect_status 0
sed -n '/^### Henvisningsvejen/,$p' edge-da.md >referrals-da.md
[ -s referrals-da.md ] || fail "no referral-path table in the Danish report"
expect_golden referrals-da.md outcomes/referral-path-da.md

# The region, by municipality and by cluster, in each year.
for year in 2021 2022 2023; do
    for by in "" Kommune Klynge; do
        case "$by" in Kommune) args=(--by site) ;; Klynge) args=(--by cluster) ;; *) args=() ;; esac
        run_ipskit outcomes "$REGION" --year "$year" "${args[@]}" --format json -o region.json
        expect_status 0
        python3 "$CHECK" "$REGION" "$year" $by <region.json >/dev/null ||
            fail "the region's referral path differs in $year ${by:-overall}"
    done
done

# Suppression: no hidden count can be worked out from a row or a column.
run_ipskit outcomes "$REGION" --year 2022 --by site --suppress-below 5 --format json -o hidden.json
expect_status 0
python3 - hidden.json <<'PY' || fail "a hidden count of the referral path can be worked out"
import json, sys
t = next(t for t in json.load(open(sys.argv[1]))["tables"] if t["id"] == "referral_path")
hidden = lambda v: isinstance(v, str)
some = 0
for row in t["rows"]:
    cells = [row["started"], row["not_started"]]
    some += sum(map(hidden, cells + [row["referred"], row["job_or_education"]]))
    if not hidden(row["referred"]) and sum(map(hidden, cells)) == 1:
        sys.exit(f"referred shown, one of started / never started hidden: {row}")
    if hidden(row["started"]) and not isinstance(row["median_days_to_start"], str) and row["median_days_to_start"] is not None:
        sys.exit(f"days shown for hidden started: {row}")
    for key in ("referred", "started", "not_started", "job_or_education"):
        v = row[key]
        if not hidden(v) and 0 < v < 5:
            sys.exit(f"a small count is shown: {row}")
# Down the columns: a municipality's departments against its subtotal.
group = []
for row in t["rows"]:
    if row["department"] is None and row.get("department_label") in ("All departments",):
        for key in ("referred", "started", "not_started", "job_or_education"):
            if not hidden(row[key]) and sum(hidden(r[key]) for r in group) == 1:
                sys.exit(f"one department's {key} follows from the subtotal of {row['site']}")
        group = []
    else:
        group.append(row)
assert some > 0, "nothing was hidden: the test tests nothing"
PY

# A row with no start date and no referral date is still refused.
printf 'case_id;site;referral_source;referral_date;start_date\nX1;Køge;Team A;;\n' >no-dates.csv
run_ipskit outcomes no-dates.csv -o refused.md
expect_status 1
expect_err_contains "no-dates.csv:2:5: error: start_date is empty"
expect_no_file refused.md
# Without a referral_source column a row without a start date is refused as before.
printf 'case_id;site;referral_date;start_date\nX1;Køge;01-02-2022;\n' >no-source.csv
run_ipskit outcomes no-source.csv
expect_status 1
expect_err_contains "no-source.csv:2:4: error: start_date is empty"
# A department that looks like a CPR number stops the run, unrepeated.
printf 'case_id;site;referral_source;referral_date;start_date\nX1;Køge;%s;01-02-2022;05-02-2022\n' "010190-""1234" >cpr.csv
run_ipskit outcomes cpr.csv
expect_status 1
grep -q "1234" "$SCRATCH/.stderr" && fail "the CPR-like value was repeated"
expect_err_contains "cpr.csv:2:3:"
