# Scoring an unfilled template names every item, one line each, in one pass.
source "$(dirname "$0")/lib.sh"

run_ipskit template ips-25 --site Testby --reviewer R --date 2021-05-04 -o review.yaml
expect_status 0
run_ipskit score review.yaml -o report.md
expect_status 1
[ "$(echo "$err" | wc -l)" -eq 25 ] || fail "expected 25 lines, one per item"
[ "$(echo "$err" | grep -c '^review\.yaml:[0-9]*:3: error: item [0-9]* (.*) has no score — ')" -eq 25 ] ||
    fail "every line names the file, the line and the item"
expect_err_contains "error: item 25 (Assertive engagement and outreach by integrated treatment team) has no score"
expect_no_file report.md
