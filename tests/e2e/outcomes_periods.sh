# Several periods in one run: the trend table's started, closed, job or
# education and active courses agree with figures computed by Python from
# the hand-written extract (tests/data/periods/cases.csv: quarter edges, a
# site with no course before 2022); the options that name a period
# exclude one another, in plain words, with exit 2 and no output.
source "$(dirname "$0")/lib.sh"
CASES="$TESTDATA/periods/cases.csv"
CHECK="$IPSKIT_SOURCE_DIR/tests/e2e/periods_expected.py"

check() {  # years|quarters FIRST LAST FIELD...
    local kind=$1 first=$2 last=$3
    shift 3
    local by=()
    [ $# -gt 0 ] && by=(--by "$@")
    run_ipskit outcomes "$CASES" "--$kind" "$first..$last" "${by[@]}" -q --format json -o trend.json
    expect_status 0
    python3 "$CHECK" "$CASES" trend.json "$kind" "$first" "$last" "$@" >/dev/null ||
        fail "trend --$kind $first..$last $* differs from Python's figures"
}
check quarters 2020Q1 2022Q4 cluster site
check years 2019 2023 site
check years 2020 2022
check quarters 2021Q1 2021Q2 cluster
# The bundled regional extract (3,000 courses, 13 municipalities in 3 clusters) too.
CASES="$EXAMPLES/cases-region.csv" check years 2020 2022 cluster site

# What a reader sees, in both languages.
run_ipskit outcomes "$CASES" --years 2020..2022 --by site
expect_status 0
printf '%s\n' "$out" >years.txt
expect_golden years.txt outcomes/periods-years-by-site.txt
run_ipskit outcomes "$CASES" --quarters 2021Q1..2021Q2 --by cluster site --lang da --format md
expect_status 0
printf '%s\n' "$out" >quarters-da.md
expect_golden quarters-da.md outcomes/periods-quarters-da.md
grep -qF '| Øst | Solrød | 2021K1 | 0 | 0 | 0 |  | 0 |' quarters-da.md || fail "a period without courses in one group"

# Suppression: no count under 3 is shown in the trend.
run_ipskit outcomes "$CASES" --years 2020..2022 --by site --suppress-below 3 --format json -o hidden.json
expect_status 0
python3 - hidden.json <<'PY' || fail "a small count is shown in the trend"
import json, sys
trend = next(t for t in json.load(open(sys.argv[1]))["tables"] if t["id"] == "trend")
for row in trend["rows"]:
    for key in ("started", "closed", "job_or_education", "active_at_end"):
        assert not (isinstance(row[key], int) and row[key] < 3), (row, key)
PY

# --period is one period, the same as --from and --to.
run_ipskit outcomes "$CASES" --period 2020-08-01..2022-07-31 --format json -o period.json
expect_status 0
run_ipskit outcomes "$CASES" --from 2020-08-01 --to 31-07-2022 --format json -o from-to.json
expect_status 0
cmp -s period.json from-to.json || fail "--period differs from --from and --to"

refused() {  # EXPECTED-TEXT ARGS...
    local text=$1
    shift
    run_ipskit outcomes "$CASES" "$@" -o refused.md
    expect_status 2
    expect_err_contains "$text"
    expect_no_file refused.md
}
refused '"2020-2023" is not a range of years; write FIRST..LAST, e.g. 2020..2023' --years 2020-2023
refused '2023 comes after 2020; give the first year first, e.g. 2020..2023' --years 2023..2020
refused '"2021Q5..2022Q1" is not a range of quarters' --quarters 2021Q5..2022Q1
refused '2022Q1 comes after 2021Q4; give the first quarter first' --quarters 2022Q1..2021Q4
refused '401 periods are more than one run reports (at most 100)' --quarters 2000Q1..2100Q1
refused '"2020-08-01" is not a period; write FIRST..LAST day' --period 2020-08-01
refused '--year and --years cannot be given together' --years 2020..2022 --year 2021
refused '--years and --quarters cannot be given together' --years 2020..2022 --quarters 2021Q1..2021Q4
refused '--from and --period cannot be given together' --period 2020-01-01..2020-12-31 --from 2020-01-01
refused '--fail-under judges one period, and --years or --quarters gives several' --years 2020..2022 --fail-under 50
IPSKIT_LANG=da refused '"2021Q5..2022Q1" er ikke en række kvartaler; skriv FØRSTE..SIDSTE, fx 2021K1..2023K2' \
    --quarters 2021Q5..2022Q1
IPSKIT_LANG=da refused '--fail-under bedømmer én periode' --years 2020..2022 --fail-under 50
# Danes write a quarter 2021K1.
run_ipskit outcomes "$CASES" --quarters 2021k1..2021K2 -q --format json -o k.json
expect_status 0
