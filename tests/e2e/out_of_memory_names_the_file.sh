# A run that runs out of memory says so in the project's form, naming the
# file it was reading, and writes nothing: here 300,000 sites, each a group,
# under a 600 MB address-space limit.
source "$(dirname "$0")/lib.sh"
need python3 python3
python3 - <<'PY'
with open("groups.csv", "w") as f:
    f.write("case_id;site;start_date;outcome;end_date\n")
    for i in range(300_000):
        f.write(f"C{i};Site {i};01-02-2020;job;01-06-2020\n")
PY
status=0
(ulimit -v 600000 && exec "$IPSKIT" outcomes groups.csv --by site -o report.md) >"$SCRATCH/.stdout" \
    2>"$SCRATCH/.stderr" || status=$?
grep -q "AddressSanitizer\|Sanitizer" "$SCRATCH/.stderr" && skip "a sanitizer build cannot run under an address-space limit"
[ "$status" -eq 0 ] && skip "300,000 groups fit in 600 MB on this build"
[ "$status" -eq 1 ] || fail "out of memory exited $status, not 1: $(head -c 500 "$SCRATCH/.stderr")"
grep -qF "groups.csv: error: out of memory — split the input" "$SCRATCH/.stderr" ||
    fail "the message does not name the file: $(head -c 500 "$SCRATCH/.stderr")"
expect_no_file report.md
