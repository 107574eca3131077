# The edges of IPS-25's levels: 73/74, 99/100 and 114/115. Each review is the
# all-4 review (25 x 4 = 100) with some items changed; the arithmetic is in
# each line.
source "$(dirname "$0")/lib.sh"

# review_with "N: S ..." writes review.yaml: every item 4 except those given.
review_with() {
    sed -n '1,6p' "$TESTDATA/reviews/ips25-all-4.yaml" >review.yaml
    for n in $(seq 1 25); do
        score=4
        for change in "$@"; do [ "${change%%:*}" = "$n" ] && score=${change#*:}; done
        echo "  $n: $score" >>review.yaml
    done
}

expect_level() {
    run_ipskit score review.yaml --format json
    expect_status 0
    grep -q "\"total\": $1," <<<"$out" || fail "expected total $1"
    grep -q "\"level_id\": \"$2\"" <<<"$out" || fail "expected level $2 at total $1"
}

review_with;                                   expect_level 100 good
review_with 1:3;                               expect_level 99 fair
review_with $(for n in $(seq 1 14); do echo $n:5; done);  expect_level 114 good       # 100 + 14
review_with $(for n in $(seq 1 15); do echo $n:5; done);  expect_level 115 exemplary  # 100 + 15
review_with $(for n in $(seq 1 24); do echo $n:3; done) 25:2;  expect_level 74 fair   # 24 x 3 + 2
review_with $(for n in $(seq 1 23); do echo $n:3; done) 24:2 25:2;  expect_level 73 not_supported_employment  # 23 x 3 + 2 x 2
review_with $(for n in $(seq 1 25); do echo $n:5; done);  expect_level 125 exemplary
review_with $(for n in $(seq 1 25); do echo $n:1; done);  expect_level 25 not_supported_employment
