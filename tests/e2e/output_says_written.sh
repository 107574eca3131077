# A successful -o or --xlsx says on stderr, in one line, which files it wrote;
# -q keeps it quiet; errors and warnings are never quieted; standard output
# is never named, so a pipeline's stdout and stderr stay clean.
source "$(dirname "$0")/lib.sh"
A="$EXAMPLES/review-hjorring-2020-a.yaml"
B="$EXAMPLES/review-hjorring-2020-b.yaml"

run_ipskit score "$A" -o report.md --xlsx report.xlsx
expect_status 0
expect_err_equals "ipskit: wrote report.md and report.xlsx"

run_ipskit score "$A" -o report.json --lang da
expect_status 0
expect_err_equals "ipskit: skrev report.json"

run_ipskit score "$A" -o quiet.md -q
expect_status 0
expect_err_equals ""
[ -s quiet.md ] || fail "-q wrote no report"

run_ipskit score "$A"
expect_status 0
expect_err_equals ""

run_ipskit score "$A" --xlsx only.xlsx --quiet
expect_status 0
expect_err_equals ""

run_ipskit outcomes "$EXAMPLES/cases-region.csv" -o outcomes.csv
expect_status 0
expect_err_equals "ipskit: wrote outcomes.csv"

run_ipskit template ips-25 -o blank.yaml
expect_status 0
expect_err_equals "ipskit: wrote blank.yaml"

run_ipskit consensus "$A" "$B" -o consensus.yaml
expect_status 0
expect_err_contains "ipskit: wrote consensus.yaml"

run_ipskit consensus "$A" "$B" -o quiet.yaml -q
expect_status 0
expect_err_equals ""

# Errors are never quieted.
run_ipskit score no-such.yaml -o never.md -q
expect_status 1
expect_err_contains "no-such.yaml"
expect_no_file never.md

run_ipskit score "$A" -q --fail-under 200 -o under.md
expect_status 3
expect_err_contains "--fail-under 200"
