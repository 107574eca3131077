# ipskit derive on one site's records (examples/site-records): every item's
# figure, n and score and every specialist's row agree with an independent
# computation of docs/derived.md's formulas (tests/e2e/derive_expected.py);
# the terminal, Markdown, CSV and workbook carry the same figures, and no case
# id appears in any output.
source "$(dirname "$0")/lib.sh"
S="$EXAMPLES/site-records"
args=(derive --scale ips-25 --cases "$S/cases.csv" --jobs "$S/jobs.csv" --contacts "$S/employer_contacts.csv"
      --staff "$S/staff.yaml" --period 2024-01-01..2024-12-31)

run_ipskit "${args[@]}" --format json
expect_status 0
python3 "$IPSKIT_SOURCE_DIR/tests/e2e/derive_expected.py" "$S" 2024-12-31 2024-01-01 2024-12-31 <"$SCRATCH/.stdout" ||
    fail "ipskit derive differs from the independent computation"

# A shorter period: item 15 and the job items need 91 days and say so.
run_ipskit "${args[@]/2024-01-01..2024-12-31/2024-11-01..2024-12-31}" --format json
expect_status 0
python3 - "$SCRATCH/.stdout" <<'PY' || fail "a 61-day period is not refused for items 15 and 19-21"
import json, sys
rows = {r["number"]: r for r in json.load(open(sys.argv[1]))["tables"][0]["rows"]}
assert all(rows[n]["evidence"] == "period_too_short" and rows[n]["score"] is None for n in (15, 19, 20, 21)), rows
assert rows[17]["evidence"] == "scored" and rows[1]["evidence"] == "scored"
PY

run_ipskit "${args[@]}" -o derived.md --xlsx derived.xlsx --format md
expect_status 0
grep -qF '| 1 | Caseload size | 14.7 | 56 active courses ÷ 3.80 FTE | 56 |' derived.md || fail "the Markdown lacks item 1's row"
[ -s derived.xlsx ] || fail "no workbook"
run_ipskit "${args[@]}" --lang da
expect_status 0
expect_out_contains "Aktive forløb pr. årsværk"
expect_out_contains "56 aktive forløb ÷ 3,80 årsværk"
run_ipskit "${args[@]}" --format csv
expect_status 0
for out in "$SCRATCH/.stdout" derived.md; do
    ! grep -q 'HJ-0' "$out" || fail "$out names a case id"
done

# Without jobs, contacts and staff the items say what is missing.
run_ipskit derive --scale ips-25 --cases "$S/cases.csv"
expect_status 0
expect_out_contains "Not scored: give staff.yaml (each specialist's FTE is needed)."
expect_out_contains "Not scored: give jobs.csv."
expect_out_contains "Not scored: give employer_contacts.csv."
