# A site's own scale in --scales-dir is found first, and a broken one is
# reported with its file, line and column.
source "$(dirname "$0")/lib.sh"
mkdir own
cp "$TESTDATA/scales/mini.yaml" own/mini.yaml

cat >review.yaml <<'YAML'
scale: mini
site: Testby
review_date: 2021-05-04
reviewer: R
ratings: { caseload: 4, staff_time: { value: 95.5 }, team_contact: { elements: [meeting, office] } }
YAML
# 4 + 5 (95.5 rounds to 96) + 2 (two elements) = 11: fair (8-11).
run_ipskit score review.yaml --scales-dir own
expect_status 0
expect_out_contains "Total 11 of 15 (3–15 possible): Fair (8–11)."

run_ipskit score review.yaml
expect_status 1
expect_err_contains "unknown scale 'mini' — use one of: ips-15, ips-25"

sed -i 's/{ score: 4, min: 21, max: 25 }/{ score: 4, min: 22, max: 25 }/' own/mini.yaml
run_ipskit score review.yaml --scales-dir own -o report.md
expect_status 1
expect_err_equals "own/mini.yaml:37:28: error: item 1's rule band 2 starts at 22 but the band before ends at 20: a gap — start it at 21 (figures are rounded to 0 decimals)"
expect_no_file report.md

run_ipskit scales --scales-dir no-such-dir
expect_status 2
expect_err_contains '--scales-dir: "no-such-dir" is not a directory; give a directory that holds scale files'
