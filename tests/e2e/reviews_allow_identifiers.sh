# A rating's note that looks like it holds a CPR number stops every command
# that reads questionnaires, with a message that says to remove it and names
# --allow-identifiers as the deliberate way out. With the flag the run goes
# on, one warning counts the notes without showing them, and the note reaches
# the report as it was written.
source "$(dirname "$0")/lib.sh"

# Item 3's note holds a synthetic CPR-shaped value (line 8, column 24), made at test time.
bash "$TESTDATA/bad/generate.sh" note-with-cpr.yaml a.yaml
value=$(grep -oE '[0-9]{6}-[0-9]{4}' a.yaml)
sed 's/^reviewer: .*/reviewer: Second Reviewer/' a.yaml >b.yaml

# score, without and with the flag.
run_ipskit score a.yaml -o report.md
expect_status 1
expect_err_contains 'a.yaml:8:24: error: the note holds what looks like a CPR number — remove it: reports must not identify a person; to keep it deliberately, run again with --allow-identifiers'
expect_no_file report.md
! grep -qF -- "$value" "$SCRATCH/.stderr" || fail "stderr shows the value"

run_ipskit score a.yaml -o report.md --allow-identifiers -q
expect_status 0
expect_err_equals 'ipskit: warning: --allow-identifiers let through 1 value that looks like a CPR number (note 1); the outputs may show such values, so keep them as private as the input'
grep -qF -- "$value" report.md || fail "the report lacks the note that was let through"

# Several questionnaires: every file's errors without the flag, one warning
# with the total with it.
for command in "score" "consensus" "trend --allow-mixed"; do
    read -r -a args <<<"$command"
    run_ipskit "${args[@]}" a.yaml b.yaml -o out.txt
    expect_status 1
    expect_err_contains 'a.yaml:8:24: error: the note holds what looks like a CPR number'
    expect_err_contains 'b.yaml:8:24: error: the note holds what looks like a CPR number'
    expect_no_file out.txt
    run_ipskit "${args[@]}" a.yaml b.yaml -o out.txt --allow-identifiers
    expect_status 0
    [ "$(grep -c 'warning' "$SCRATCH/.stderr")" = 1 ] || fail "$command: expected one warning"
    expect_err_contains 'let through 2 values that look like a CPR number (note 2)'
    ! grep -qF -- "$value" "$SCRATCH/.stderr" || fail "$command: stderr shows the value"
    rm -f out.txt
done

# compare reads notes too, and takes the flag.
run_ipskit compare a.yaml -o compare.md
expect_status 1
expect_err_contains '--allow-identifiers'
run_ipskit compare a.yaml -o compare.md --allow-identifiers
expect_status 0
expect_err_contains 'let through 1 value that looks like a CPR number (note 1)'

# The site, the cluster and the reviewers' names reach the reports as well.
sed -e "s/($value)/(no number)/" -e "s/^site: .*/site: $value/" -e "s/^reviewer: .*/reviewer: $value/" \
    -e "s/^review_date:/cluster: $value\nreview_date:/" a.yaml >c.yaml
run_ipskit score c.yaml -o c.md
expect_status 1
expect_err_contains 'c.yaml:2:7: error: the site looks like a CPR number — remove it'
expect_err_contains 'c.yaml:3:10: error: the cluster looks like a CPR number'
expect_err_contains 'c.yaml:5:11: error: the reviewer looks like a CPR number'
expect_no_file c.md
! grep -qF -- "$value" "$SCRATCH/.stderr" || fail "stderr shows the value"
run_ipskit score c.yaml -o c.md --allow-identifiers
expect_status 0
expect_err_contains 'let through 3 values that look like a CPR number (cluster 1, reviewer 1, site 1)'
grep -qF -- "$value" c.md || fail "the report lacks the site that was let through"
