# The evaluation report over several periods: the trend table (and, with
# --targets, actual against expected) before the latest period's tables.
# Its figures are those of 'ipskit outcomes' on the same options, checked
# against Python's own computation from the extract (periods_expected.py,
# targets_expected.py); the options that name a period exclude one another
# as in outcomes, with exit 2 and no output.
source "$(dirname "$0")/lib.sh"
CASES="$TESTDATA/periods/cases.csv"
TARGETS="$TESTDATA/periods/targets.yaml"
CHECK="$IPSKIT_SOURCE_DIR/tests/e2e/periods_expected.py"

check() {  # years|quarters FIRST LAST FIELD...
    local kind=$1 first=$2 last=$3
    shift 3
    local by=()
    [ $# -gt 0 ] && by=(--by "$@")
    run_ipskit report --cases "$CASES" "--$kind" "$first..$last" "${by[@]}" --format json -o trend.json
    expect_status 0
    python3 "$CHECK" "$CASES" trend.json "$kind" "$first" "$last" "$@" >/dev/null ||
        fail "report's trend --$kind $first..$last $* differs from Python's figures"
}
check quarters 2020Q1 2022Q4 cluster site
check years 2019 2023 site
check years 2020 2022
CASES="$EXAMPLES/cases-region.csv" check years 2020 2022 cluster site

# The targets table is outcomes' own.
run_ipskit report --cases "$CASES" --years 2021..2022 --by cluster site --targets "$TARGETS" --format json \
    -o targets.json
expect_status 0
python3 "$IPSKIT_SOURCE_DIR/tests/e2e/targets_expected.py" "$CASES" targets.json years 2021 2022 >/dev/null ||
    fail "report's targets differ from Python's figures"

# The latest period's tables are those of outcomes for that period alone.
run_ipskit report --cases "$CASES" --years 2020..2022 --by site --format json -o years.json
expect_status 0
run_ipskit report --cases "$CASES" --year 2022 --by site --format json -o one.json
expect_status 0
python3 - years.json one.json <<'PY' || fail "the latest period's tables differ from a report of that year"
import json, sys
several, one = (json.load(open(p)) for p in sys.argv[1:])
tables = {t["id"]: t for t in several["tables"]}
for t in one["tables"]:
    assert tables[t["id"]]["rows"] == t["rows"], t["id"]
PY

# What a reader sees, in both languages.
run_ipskit report --cases "$CASES" --years 2020..2022 --by site --targets "$TARGETS" -o en.md
expect_status 0
expect_golden en.md report/periods-years-by-site.md
run_ipskit report --cases "$CASES" --quarters 2021Q1..2021Q2 --by cluster site --lang da -o da.md
expect_status 0
expect_golden da.md report/periods-quarters-da.md
grep -qF '| Øst | Solrød | 2021K1 | 0 | 0 | 0 |  | 0 |' da.md || fail "a period without courses in one group"

refused() {  # EXPECTED-TEXT ARGS...
    local text=$1
    shift
    run_ipskit report --cases "$CASES" "$@" -o refused.md
    expect_status 2
    expect_err_contains "$text"
    expect_no_file refused.md
}
refused '--year and --years cannot be given together' --years 2020..2022 --year 2021
refused '--years and --quarters cannot be given together' --years 2020..2022 --quarters 2021Q1..2021Q4
refused '--from and --period cannot be given together' --period 2020-01-01..2020-12-31 --from 2020-01-01
refused '"2020-2023" is not a range of years' --years 2020-2023
run_ipskit report "$EXAMPLES/review-hjorring-2020-a.yaml" --years 2020..2022 -o refused.md
expect_status 2
expect_err_contains '--years, --quarters and --targets need --cases'
expect_no_file refused.md

# The chart of the shares over the periods: in the HTML page and beside the
# Markdown, the same bytes twice, and its figures as a table that holds the
# trend table's shares (checked above against Python's).
REGION="$EXAMPLES/cases-region.csv"
for run in 1 2; do
    run_ipskit report --cases "$REGION" --years 2020..2022 --by site --suppress-below 5 -o "r$run.md" \
        --html "r$run.html"
    expect_status 0
done
cmp -s r1.html r2.html || fail "the HTML page differs between two runs"
cmp -s r1-figures/share_trend.svg r2-figures/share_trend.svg || fail "the trend chart differs between two runs"
grep -qF '<title>Job or education by period</title>' r1.html || fail "no trend chart in the HTML page"
grep -qF '![Job or education by period](r1-figures/share_trend.svg)' r1.md || fail "no trend chart in the Markdown"
run_ipskit report --cases "$REGION" --years 2020..2022 --by site --suppress-below 5 --format json -o shares.json
expect_status 0
python3 - shares.json <<'PY' || fail "the chart's table differs from the trend table"
import json, sys
tables = {t["id"]: t for t in json.load(open(sys.argv[1]))["tables"]}
trend = {(r["site"], r["period"]): r["job_or_education_share"] for r in tables["trend"]["rows"]}
checked = 0
for row in tables["share_trend"]["rows"]:
    for year in ("2020", "2021", "2022"):
        assert row[year] == trend[(row["site"], year)], (row, year)
        checked += 1
assert checked == 14 * 3, checked
PY
