# --by takes the Danish names analysts type (kommune, klynge, målgruppe,
# konsulent, år) and gives the same report as the English ones; an unknown
# name is a usage error in plain words, exit 2, never CLI11's own map.
source "$(dirname "$0")/lib.sh"
CASES="$EXAMPLES/cases-region.csv"
run_ipskit outcomes "$CASES" --year 2021 --by cluster site --format csv
expect_status 0
cp "$SCRATCH/.stdout" english.csv
run_ipskit outcomes "$CASES" --year 2021 --by klynge kommune --format csv
expect_status 0
cmp english.csv "$SCRATCH/.stdout" || fail "--by klynge kommune differs from --by cluster site"
for pair in "target_group målgruppe" "target_group maalgruppe" "consultant konsulent" "year år" "year aar"; do
    set -- $pair
    run_ipskit outcomes "$CASES" --year 2021 --by "$1" --format csv
    cp "$SCRATCH/.stdout" a.csv
    run_ipskit outcomes "$CASES" --year 2021 --by "$2" --format csv
    expect_status 0
    cmp a.csv "$SCRATCH/.stdout" || fail "--by $2 differs from --by $1"
done
run_ipskit outcomes "$CASES" --by kommun
expect_status 2
expect_err_contains 'unknown group field "kommun"; use site, cluster, target_group, consultant or year (in Danish kommune, klynge, målgruppe, konsulent, år)'
! grep -q -- "->" "$SCRATCH/.stderr" || fail "the message shows CLI11's map"
