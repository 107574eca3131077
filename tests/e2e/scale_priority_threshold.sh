# The priority rule is data: a copy of IPS-25 in --scales-dir that writes
# priority_at_or_below: 4 lists the review's 4s as priorities too, in the
# title and in the rows; the bundled IPS-25 (3) does not.
source "$(dirname "$0")/lib.sh"
review="$EXAMPLES/review-hjorring-2020-a.yaml"
mkdir own
sed 's/^priority_at_or_below: 3$/priority_at_or_below: 4/' "$IPSKIT_SOURCE_DIR/scales/ips-25.yaml" >own/ips-25.yaml
grep -q '^priority_at_or_below: 4$' own/ips-25.yaml || fail "the copy of ips-25.yaml did not change"

# The rows of the priorities table (after its title and header), from the CSV rendering.
priority_rows() { printf '%s\n' "$out" | awk '/Priorities for improvement/ { on = 1; next } on && /^$/ { exit } on'; }
count_rows() { priority_rows | grep -c '^[0-9]' || true; }

run_ipskit score "$review" --format csv
expect_status 0
expect_out_contains "Priorities for improvement (items scored 3 or less, lowest first)"
bundled=$(count_rows)

run_ipskit score "$review" --format csv --scales-dir own
expect_status 0
expect_out_contains "Priorities for improvement (items scored 4 or less, lowest first)"
own=$(count_rows)
[ "$own" -gt "$bundled" ] || fail "threshold 4 lists $own priorities, threshold 3 lists $bundled"
priority_rows | grep -q '^[0-9]*,[^,]*,4,' || fail "no item scored 4 among the priorities"

# A threshold outside the score range is refused where it is written.
sed -i 's/^priority_at_or_below: 4$/priority_at_or_below: 0/' own/ips-25.yaml
run_ipskit score "$review" --scales-dir own -o report.md
expect_status 1
expect_err_contains "own/ips-25.yaml:26:23: error: priority_at_or_below is 0, outside the scale's 1..5 — write a score from 1 to 5"
expect_no_file report.md
