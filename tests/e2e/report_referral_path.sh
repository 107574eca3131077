# The referral path in the evaluation report of one period: the table of
# 'ipskit outcomes' on the same options, row for row (the figures are
# checked against the extract in outcomes_referral_path.sh).
source "$(dirname "$0")/lib.sh"
CASES="$TESTDATA/region/cases.csv"

run_ipskit report --cases "$CASES" --year 2022 --by cluster --suppress-below 5 --format json -o report.json
expect_status 0
run_ipskit outcomes "$CASES" --year 2022 --by cluster --suppress-below 5 --format json -o outcomes.json
expect_status 0
python3 - report.json outcomes.json <<'PY' || fail "the report's referral path differs from outcomes'"
import json, sys
report, outcomes = ({t["id"]: t for t in json.load(open(p))["tables"]} for p in sys.argv[1:])
assert report["referral_path"]["rows"] == outcomes["referral_path"]["rows"]
assert len(report["referral_path"]["rows"]) == 16, len(report["referral_path"]["rows"])
PY
run_ipskit report --cases "$CASES" --year 2022 --by cluster --lang da -o rapport.md
expect_status 0
grep -qF '## Henvisningsvejen: henvist, startet, i job eller uddannelse' rapport.md || fail "no referral path heading"
# An extract without a referring department has no such table.
run_ipskit report --cases "$EXAMPLES/cases-region.csv" --year 2021 --format json -o none.json
expect_status 0
python3 -c 'import json,sys; assert all(t["id"] != "referral_path" for t in json.load(open(sys.argv[1]))["tables"])' \
    none.json || fail "a referral path without referring departments"
