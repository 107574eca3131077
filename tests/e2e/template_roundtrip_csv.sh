# template -> fill in -> score, with a CSV ratings sheet (rfc4180: a title
# row, then the header, CR LF). Site, reviewer, date and scale come from
# options. Filled with 4s and item 9 (a 5): 24 x 4 + 5 = 101.
source "$(dirname "$0")/lib.sh"

run_ipskit template ips-25 -o ratings.csv
expect_status 0
[ "$(head -1 ratings.csv)" = $'"Ratings sheet for IPS Supported Employment Fidelity Scale (ips-25, 2008 scale, ipskit rules 1)",,,\r' ] ||
    fail "bad title row: $(head -1 ratings.csv)"
[ "$(sed -n 2p ratings.csv)" = $'item,score,note,name\r' ] || fail "bad header"
[ "$(wc -l <ratings.csv)" -eq 27 ] || fail "expected a title row, a header and 25 rows"
grep -q $'^caseload_size,,,1\\. Caseload size\r$' ratings.csv || fail "no caseload row"

awk -F, 'NR <= 2 { print; next } $1 == "zero_exclusion" { $2 = 5; $3 = "ingen udelukkelse" } $1 != "zero_exclusion" { $2 = 4 } { print }' OFS=, ratings.csv >filled.csv
run_ipskit score filled.csv --scale ips-25 --site Testby --reviewer R --date 2021-05-04
expect_status 0
expect_out_contains "Total 101 of 125 (25–125 possible): Good fidelity (100–114)."
expect_out_contains "ingen udelukkelse"

run_ipskit score filled.csv --site Testby --reviewer R --date 2021-05-04 -o report.md
expect_status 1
expect_err_equals "filled.csv: error: the ratings sheet does not say its scale — give --scale on the command line"
expect_no_file report.md

sed 's/^caseload_size,4,/caseload_size,9,/' filled.csv >bad.csv
run_ipskit score bad.csv --scale ips-25 --site Testby --reviewer R --date 2021-05-04
expect_status 1
expect_err_equals "bad.csv:3:2: error: item 1 (Caseload size) is rated 9, outside the scale's range 1–5 — write a score from 1 to 5"
