# ipskit score REVIEW --cases ... shows the items the site's records score
# beside the reviewer's ratings, flags every difference, and with
# --fill-derived scores the items the reviewer left open; checked against
# ipskit derive, itself checked by an independent computation.
source "$(dirname "$0")/lib.sh"
S="$EXAMPLES/site-records"
records=(--cases "$S/cases.csv" --jobs "$S/jobs.csv" --contacts "$S/employer_contacts.csv" --staff "$S/staff.yaml"
    --period 2024-01-01..2024-12-31)
review="$EXAMPLES/review-hjorring-2020-a.yaml"

run_ipskit derive --scale ips-25 "${records[@]}" --format json
expect_status 0
cp .stdout derive.json
python3 "$IPSKIT_SOURCE_DIR/tests/e2e/derive_expected.py" "$S" 2024-12-31 2024-01-01 2024-12-31 <derive.json ||
    fail "derive's figures differ from the independent computation"

# Every rating beside the records' score, in the terminal and as JSON.
run_ipskit score "$review" "${records[@]}"
expect_status 0
printf '%s\n' "$out" >score.txt
expect_golden score.txt score/records-en.txt
run_ipskit score "$review" "${records[@]}" -o score.json
expect_status 0
python3 "$IPSKIT_SOURCE_DIR/tests/e2e/score_records_check.py" score.json derive.json ||
    fail "score's derived table does not agree with derive"

# Items 1 and 15 left open: refused without --fill-derived, scored from the records with it.
sed 's/^  1: .*/  1:/; /^  15: /d' "$review" >open.yaml
run_ipskit score open.yaml "${records[@]}"
expect_status 1
expect_err_contains "open.yaml:10:3: error: item 1 (Caseload size) has no score"
run_ipskit score open.yaml "${records[@]}" --fill-derived --lang da -o filled.md --xlsx filled.xlsx -q
expect_status 0
expect_golden filled.md score/records-filled-da.md
[ -s filled.xlsx ] || fail "no workbook written"
run_ipskit score open.yaml "${records[@]}" --fill-derived -o filled.json -q
expect_status 0
python3 "$IPSKIT_SOURCE_DIR/tests/e2e/score_records_check.py" filled.json derive.json 1 15 ||
    fail "the filled review does not hold the records' scores"
run_ipskit score open.yaml "${records[@]}" --fill-derived --format csv
expect_status 0
expect_out_contains "Left open by the reviewer; the score from the records is used (--fill-derived)."

# An open item the records cannot score is refused at its line, with no output.
sed 's/^  3: .*/  3:/' open.yaml >open3.yaml
IPSKIT_LANG=da run_ipskit score open3.yaml "${records[@]}" --fill-derived -o never.md
expect_status 1
expect_err_contains "open3.yaml:12:3: fejl: punkt 3 (IPS-konsulenten har hele forløbet) har ingen score, og stedets registreringer giver ingen"
expect_no_file never.md

# Usage errors: records without --cases, --fill-derived without records, two reviewers.
run_ipskit score "$review" --staff "$S/staff.yaml"
expect_status 2
expect_err_contains "need --cases"
run_ipskit score "$review" --fill-derived
expect_status 2
expect_err_contains "--fill-derived needs the site's records"
run_ipskit score "$review" "$EXAMPLES/review-hjorring-2020-b.yaml" --cases "$S/cases.csv"
expect_status 2
expect_err_contains "--cases applies to one questionnaire"
