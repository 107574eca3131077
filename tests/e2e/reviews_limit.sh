# One run reads at most 200 questionnaires (kMaxReviewFiles): every command
# that takes several refuses the 201st before reading any, naming it, and
# writes nothing; 200 are read.
source "$(dirname "$0")/lib.sh"

# 201 reviews of sites S001..S201, each by its own reviewer.
mkdir reviews
for i in $(seq -w 1 201); do
    sed -e "s/^site: .*/site: S$i/" -e "s/^reviewer: .*/reviewer: Reviewer $i/" \
        "$TESTDATA/reviews/ips25-all-4.yaml" >"reviews/s$i.yaml"
done

for command in "score" "consensus" "trend" "compare"; do
    run_ipskit "$command" reviews/*.yaml -o out.md
    expect_status 1
    expect_err_equals "reviews/s201.yaml: error: 201 questionnaires were given, over the limit of 200 in one run — give at most 200, e.g. one region or one year at a time"
    expect_no_file out.md
done
# A directory counts its files.
run_ipskit compare reviews -o out.md
expect_status 1
expect_err_contains 'error: 201 questionnaires were given, over the limit of 200 in one run'
expect_no_file out.md

# 200 are read: the comparison has a row per site, and the mean of all.
rm reviews/s201.yaml
run_ipskit compare reviews -o out.md
expect_status 0
[ "$(grep -c '^| S[0-9]' out.md)" = 200 ] || fail "expected 200 site rows in the comparison"
