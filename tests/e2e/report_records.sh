# ipskit report REVIEW --cases ... --staff ... shows the records' score
# beside the reviewers' in the item tables; without the records the tables
# keep their columns.
source "$(dirname "$0")/lib.sh"
S="$EXAMPLES/site-records"
review="$EXAMPLES/review-hjorring-2020-a.yaml"

run_ipskit report "$review" --cases "$S/cases.csv" --jobs "$S/jobs.csv" --contacts "$S/employer_contacts.csv" \
    --staff "$S/staff.yaml" --as-of 2024-12-31 -o report.md -q
expect_status 0
grep -qE '^\| .* \| Score from records \| Comparison \|$' report.md || fail "the item tables have no column for the records' score"
# Item 1: the reviewers gave 4, the records 5 (checked in score_records.sh against derive).
grep -E '^\| 1 \|.*\| 5 \| The reviewer scored 1 point lower: look at the rating again\. Scored by the scale.s band\. \|$' report.md >/dev/null ||
    fail "item 1 does not show the records' score beside the rating: $(grep -E '^\| 1 \|' report.md)"
run_ipskit report "$review" --cases "$S/cases.csv" -o plain.md -q
expect_status 0
! grep -q 'Score from records' plain.md || fail "the records' columns appear without the records"

run_ipskit report "$review" --staff "$S/staff.yaml" -o never.md
expect_status 2
expect_err_contains "--jobs, --contacts and --staff need --cases"
expect_no_file never.md
run_ipskit report --cases "$S/cases.csv" --staff "$S/staff.yaml" -o never.md
expect_status 2
expect_err_contains "--jobs, --contacts and --staff need a review"
