# -o naming the input is refused with exit 1 before anything is written, so a
# mistyped command never destroys a questionnaire.
source "$(dirname "$0")/lib.sh"
cp "$EXAMPLES/review-hjorring-2020-a.yaml" review.yaml
cp review.yaml original.yaml

run_ipskit score review.yaml -o review.yaml
expect_status 1
expect_err_contains "review.yaml"
cmp review.yaml original.yaml || fail "score changed its input"

run_ipskit score review.yaml -o ./review.yaml --format md
expect_status 1
cmp review.yaml original.yaml || fail "score changed its input"

run_ipskit score review.yaml -o report.md --xlsx review.yaml
expect_status 1
cmp review.yaml original.yaml || fail "score --xlsx changed its input"
expect_no_file report.md

# template has no input file but its scale: -o naming the scale file is refused.
mkdir own
cp "$TESTDATA/scales/mini.yaml" own/mini.yaml
cp own/mini.yaml mini-original.yaml
run_ipskit template mini --scales-dir own -o own/mini.yaml
expect_status 1
expect_err_contains "own/mini.yaml"
cmp own/mini.yaml mini-original.yaml || fail "template overwrote its scale"
! ls -a own | grep -q '\.tmp-' || fail "a temporary file was left in own/"
