# Reviews that do not belong together are refused with both files and the
# field named, and no report is written: another site, another date, another
# scale, the same reviewer twice. --allow-mixed lets site and date through,
# never scales with different items.
source "$(dirname "$0")/lib.sh"
A="$EXAMPLES/review-hjorring-2020-a.yaml"
R="$TESTDATA/reviewers"

run_ipskit score "$A" "$R/other-site.yaml" -o report.md
expect_status 1
expect_err_equals "$R/other-site.yaml: error: $A and $R/other-site.yaml differ in site: 'Hjørring' in $A, 'Frederikshavn' in $R/other-site.yaml — give reviews of one site and date, or add --allow-mixed to put them side by side anyway"
expect_no_file report.md

run_ipskit score "$A" "$R/other-date.yaml" -o report.md
expect_status 1
expect_err_contains "differ in review_date: '2020-11-12' in $A, '2020-11-19' in $R/other-date.yaml"
expect_no_file report.md

run_ipskit score "$A" "$EXAMPLES/review-ips15.yaml" -o report.md
expect_status 1
expect_err_contains "$A and $EXAMPLES/review-ips15.yaml differ in scale: 'ips-25' in $A, 'ips-15' in $EXAMPLES/review-ips15.yaml"
expect_no_file report.md
run_ipskit score "$A" "$EXAMPLES/review-ips15.yaml" --allow-mixed -o report.md
expect_status 1
expect_err_contains "differ in the items of their scales"
expect_no_file report.md

run_ipskit score "$A" "$A" -o report.md
expect_status 1
expect_err_equals "$A: error: $A and $A are both by reviewer 'Mette Lund (ekstern reviewer)' (reviewers: Mette Lund (ekstern reviewer) / Mette Lund (ekstern reviewer)) — give each reviewer's own questionnaire once; agreement needs two different reviewers"
expect_no_file report.md

run_ipskit consensus "$A" "$R/other-site.yaml" -o consensus.yaml
expect_status 1
expect_err_contains "differ in site"
expect_no_file consensus.yaml

run_ipskit score "$A" "$R/other-site.yaml" "$R/other-date.yaml" --allow-mixed -o report.md
expect_status 1
expect_err_contains "are both by reviewer 'Søren Kjær (ekstern reviewer)'"

run_ipskit score "$A" "$R/other-site.yaml" --allow-mixed -o report.md
expect_status 0
grep -qF -- '- **Site:** Hjørring; Frederikshavn' report.md || fail "the report does not name both sites"

run_ipskit score "$A" "$EXAMPLES/review-hjorring-2020-b.yaml" --fail-under 100
expect_status 2
expect_err_contains "--fail-under applies to one review"
