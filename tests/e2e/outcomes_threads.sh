# A large extract is read in parts on several threads; the reports, and the
# errors of a bad extract, are byte for byte those of a single thread.
source "$(dirname "$0")/lib.sh"
need python3 python3

# Over 16 MB, so that two and three threads cut it into parts of at least 4 MB.
python3 "$IPSKIT_SOURCE_DIR/bench/generate_cases.py" --rows 170000 --dialect danish --seed 3 -o big.csv
[ "$(stat -c %s big.csv)" -gt $((16 << 20)) ] || fail "the generated extract is smaller than 16 MB"

report_with() {
    local threads=$1 file=$2
    for format in md json; do
        run_ipskit outcomes "$file" --year 2020 --by cluster site --ci --cohort --threads "$threads" \
            -o "t$threads.$format" --xlsx "t$threads-$format.xlsx"
        expect_status 0
    done
}

report_with 1 big.csv
report_with 2 big.csv
report_with 3 big.csv
for f in md json -md.xlsx; do
    ext=${f#-}
    [ "$f" = "$ext" ] && sep=. || sep=-
    cmp "t1$sep$ext" "t2$sep$ext" || fail "two threads wrote another t$sep$ext than one"
    cmp "t1$sep$ext" "t3$sep$ext" || fail "three threads wrote another t$sep$ext than one"
done
grep -q "170 *000\|170,000\|170000" t1.md || fail "the report does not count 170,000 courses"

# Problems late in the file, and a case_id repeated across the halves: the
# same message, with the lines of the whole file, whatever the threads.
awk -F';' -v OFS=';' 'NR == 150000 { $7 = "31-02-2019" } NR == 160001 { $1 = "F0000010" } { print }' \
    big.csv >bad.csv
run_ipskit outcomes bad.csv --year 2020 --threads 1 -o one.md
expect_status 1
one_err=$err
expect_no_file one.md
run_ipskit outcomes bad.csv --year 2020 --threads 2 -o two.md
expect_status 1
expect_no_file two.md
[ "$err" = "$one_err" ] || fail "two threads reported other errors than one:
$one_err"
expect_err_contains "bad.csv:150000:7: error:"
expect_err_contains "bad.csv:160001:1: error: case_id on line 160001 was already given on line 11"
