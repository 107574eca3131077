# A score that disagrees with the count of elements ticked: exit 1, every problem on stderr as FILE:LINE:COLUMN, and no report written.
source "$(dirname "$0")/lib.sh"

run_ipskit score "$TESTDATA/reviews/bad-elements-disagree.yaml" -o report.md
expect_status 1
expect_err_equals "$TESTDATA/reviews/bad-elements-disagree.yaml:11:15: error: item 5 (Integration of rehabilitation with mental health treatment through frequent team member contact) is rated 5 but 3 of its 5 elements are ticked (weekly_team_meetings, shared_records, shares_offices), which scores 3 — correct the score or the elements ticked, or leave out the score and let ipskit count"
expect_no_file report.md
