# No message repeats a value that looks like a CPR number, in any of its
# common variants, and none repeats a runaway cell whole; CPR-like values
# in a cluster map or template --site are refused; a scale id cannot reach
# outside the scales folders.
source "$(dirname "$0")/lib.sh"
CPR="010190-""1234"  # put together, so that no CPR-shaped literal sits in the tree
expect_not_echoed() {
    ! grep -qE "010190.?1234|${CPR/-/}" "$SCRATCH/.stderr" || fail "a message repeats the CPR-like value"
    ! grep -qF $'\xef\xbc\x90\xef\xbc\x91' "$SCRATCH/.stderr" || fail "a message repeats the full-width digits"
}

# In a cell whose message would quote it: the outcome.
printf 'case_id;site;start_date;outcome;end_date\nA1;Nord;01-02-2020;%s;01-06-2020\n' "$CPR" >outcome.csv
run_ipskit outcomes outcome.csv
expect_status 1
expect_err_contains 'outcome.csv:2:4: error: unknown outcome "(a value that looks like a CPR number, not repeated here)"'
expect_not_echoed

# The variants a typist or a word processor makes are caught in shown columns.
{
    echo 'case_id;site;start_date;outcome;end_date'
    echo 'A1;010190 1234;01-02-2020;job;01-06-2020'
    printf 'A2;010190\xe2\x80\x911234;01-02-2020;job;01-06-2020\n'                 # non-breaking hyphen
    printf 'A3;010190\xe2\x80\x8b1234;01-02-2020;job;01-06-2020\n'                 # zero-width space
    printf 'A4;010190\xc2\xa01234;01-02-2020;job;01-06-2020\n'                     # no-break space
    printf 'A5;\xef\xbc\x90\xef\xbc\x91\xef\xbc\x90\xef\xbc\x91\xef\xbc\x99\xef\xbc\x90-\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94;01-02-2020;job;01-06-2020\n'
} >variants.csv
run_ipskit outcomes variants.csv
expect_status 1
for line in 2 3 4 5 6; do expect_err_contains "variants.csv:$line:2: error: site looks like a CPR number"; done
expect_not_echoed

# In a questionnaire: an item key, a score, a value.
cp "$EXAMPLES/review-hjorring-2020-a.yaml" review.yaml
sed -i "s/^  1: .*/  1: $CPR/" review.yaml
run_ipskit score review.yaml
expect_status 1
expect_err_contains "review.yaml:"
expect_not_echoed
sed -i "s/^  1: .*/  $CPR: 4/" review.yaml
run_ipskit score review.yaml
expect_status 1
expect_not_echoed
sed -i "s/^scale: .*/scale: $CPR/" review.yaml
run_ipskit score review.yaml
expect_status 1
expect_not_echoed

# A cluster map and template --site put names into what is handed round.
mkdir region && cp "$EXAMPLES/review-hjorring-2020-a.yaml" region/
printf 'Hjørring: %s\n' "$CPR" >clusters.yaml
run_ipskit compare region --clusters clusters.yaml
expect_status 1
expect_err_contains "clusters.yaml:1:1: error: this entry holds a value that looks like a CPR number"
expect_not_echoed
run_ipskit template ips-25 --site "$CPR" -o blank.yaml
expect_status 1
expect_err_contains "--site holds a value that looks like a CPR number"
expect_not_echoed
expect_no_file blank.yaml

# Twenty 100 kB outcome cells give a few kilobytes of messages, not 2 MB.
python3 - <<'PY'
with open("wide.csv", "w") as f:
    f.write("case_id;start_date;outcome;end_date\n")
    for i in range(20):
        f.write(f"A{i};01-02-2020;{'x' * 100_000};01-06-2020\n")
PY
run_ipskit outcomes wide.csv
expect_status 1
size=$(wc -c <"$SCRATCH/.stderr")
[ "$size" -lt 20000 ] || fail "20 wide cells gave $size bytes of messages"
expect_err_contains 'unknown outcome "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…"'

# A scale id is a name, never a path.
mkdir -p deep/scales && cp "$TESTDATA/scales/mini.yaml" deep/elsewhere.yaml
sed -i "s/^scale: .*/scale: ..\/elsewhere/" review.yaml
run_ipskit score review.yaml --scales-dir deep/scales
expect_status 1
expect_err_contains "unknown scale '../elsewhere'"

# A header of runaway names is listed cut short, and at most thirty of them.
python3 -c '
import sys
sys.stdout.write(";".join(["n" * 200_000] + [f"col{i}" for i in range(100)]) + "\n1;2\n")' >wide-header.csv
run_ipskit outcomes wide-header.csv
expect_status 1
size=$(wc -c <"$SCRATCH/.stderr")
[ "$size" -lt 5000 ] || fail "a header of long names gave $size bytes of messages"
expect_err_contains "and 71 more"
