# --csv-dialect: excel-da (';', decimal comma, BOM), excel-en (',', decimal
# point, BOM) and rfc4180 (',', no BOM), every line ended by CR LF, every
# table under a title row; excel-da is the default under --lang da, rfc4180
# otherwise. The ratings sheet of each dialect, filled in, is read back by
# score. Figures: Hjørring 2020, 37 of 124 closed courses in an ordinary job,
# 37 / 124 = 29.84 %, shown to one decimal.
source "$(dirname "$0")/lib.sh"
BOM=$'\xEF\xBB\xBF'
sheet=(--site Testby --date 2021-05-04)

starts_with_bom() { [ "$(head -c 3 "$1")" = "$BOM" ]; }
every_line_crlf() { [ "$(grep -c $'\r$' "$1")" -eq "$(wc -l <"$1")" ] || fail "$1 has lines without CR LF"; }
line() { sed -n "$2p" "$1" | tr -d '\r' | sed "s/^$BOM//"; }

run_ipskit template ips-25 "${sheet[@]}" --csv-dialect excel-da -o da.csv
expect_status 0
starts_with_bom da.csv || fail "excel-da has no byte-order mark"
every_line_crlf da.csv
[ "$(line da.csv 1)" = '"Ratings sheet for IPS Supported Employment Fidelity Scale (ips-25, 2008 scale, ipskit rules 1) — Testby, 2021-05-04";;;' ] ||
    fail "title row: $(line da.csv 1)"
[ "$(line da.csv 2)" = "item;score;note;name" ] || fail "header: $(line da.csv 2)"
[ "$(line da.csv 3)" = "caseload_size;;;1. Caseload size" ] || fail "first item: $(line da.csv 3)"
[ "$(wc -l <da.csv)" -eq 27 ] || fail "expected a title row, a header and 25 items"

run_ipskit template ips-25 "${sheet[@]}" --lang da -o default-da.csv
expect_status 0
starts_with_bom default-da.csv || fail "--lang da does not default to excel-da"
[ "$(line default-da.csv 2)" = "item;score;note;navn" ] || fail "Danish header: $(line default-da.csv 2)"

run_ipskit template ips-25 "${sheet[@]}" --csv-dialect excel-en -o en.csv
expect_status 0
starts_with_bom en.csv || fail "excel-en has no byte-order mark"
[ "$(line en.csv 2)" = "item,score,note,name" ] || fail "excel-en header: $(line en.csv 2)"

run_ipskit template ips-25 "${sheet[@]}" -o rfc.csv
expect_status 0
! starts_with_bom rfc.csv || fail "rfc4180 (the English default) has a byte-order mark"
every_line_crlf rfc.csv
[ "$(line rfc.csv 2)" = "item,score,note,name" ] || fail "rfc4180 header: $(line rfc.csv 2)"
run_ipskit template ips-25 "${sheet[@]}" --csv-dialect rfc4180 -o rfc-explicit.csv
cmp rfc.csv rfc-explicit.csv || fail "the English default is not rfc4180"

# Filled in with 4 for every item, as a spreadsheet saves it: 25 x 4 = 100.
for dialect in da default-da en rfc; do
    sed -E 's/^([a-z_]+)([;,])\2/\1\24\2/' "$dialect.csv" >"filled-$dialect.csv"
    run_ipskit score "filled-$dialect.csv" --scale ips-25 "${sheet[@]}" --reviewer R
    expect_status 0
    expect_out_contains "Total 100 of 125 (25–125 possible): Good fidelity (100–114)."
done

# As Danish Excel saves the sheet again: the title unquoted, its commas and
# all, in a file of ';'.
sed '1s/"//g' filled-da.csv >resaved-da.csv
[[ "$(line resaved-da.csv 1)" == "Ratings sheet for IPS Supported Employment Fidelity Scale (ips-25, 2008 scale,"* ]] ||
    fail "the title row kept its quotes: $(line resaved-da.csv 1)"
run_ipskit score resaved-da.csv --scale ips-25 "${sheet[@]}" --reviewer R
expect_status 0
expect_out_contains "Total 100 of 125 (25–125 possible): Good fidelity (100–114)."

# Reports: the figures in the dialect's decimal mark, under a title row.
cases="$TESTDATA/hjoerring-2020.csv"
report() { run_ipskit outcomes "$cases" --encoding windows-1252 --year 2020 --decimals 1 --format csv "$@"; }
report --csv-dialect excel-da -o outcomes-da.csv
expect_status 0
starts_with_bom outcomes-da.csv || fail "the excel-da report has no byte-order mark"
every_line_crlf outcomes-da.csv
[[ "$(line outcomes-da.csv 1)" == "\"IPS outcomes 2020 — "*"\";;" ]] || fail "report title row: $(line outcomes-da.csv 1)"
grep -qE $'^[^;]+;37;29,8\r$' outcomes-da.csv || fail "no 37;29,8 in: $(cat outcomes-da.csv)"
report --csv-dialect excel-en -o outcomes-en.csv
grep -qE $'^[^,]+,37,29\\.8\r$' outcomes-en.csv || fail "no 37,29.8 in: $(cat outcomes-en.csv)"
report -o outcomes-rfc.csv
! starts_with_bom outcomes-rfc.csv || fail "the rfc4180 report has a byte-order mark"
cmp <(tail -c +4 outcomes-en.csv) outcomes-rfc.csv || fail "excel-en and rfc4180 differ beyond the byte-order mark"
# Each later table opens after a blank line with a title row of its own.
[ "$(grep -c $'^\r$' outcomes-rfc.csv)" -ge 3 ] || fail "tables are not separated: $(cat outcomes-rfc.csv)"
[ "$(grep -c '^"IPS outcomes 2020 — ' outcomes-rfc.csv)" -eq "$(($(grep -c $'^\r$' outcomes-rfc.csv) + 1))" ] ||
    fail "a table lacks its title row: $(cat outcomes-rfc.csv)"

# A dialect ipskit does not know is a usage error, in every command.
for command in "template ips-25" "outcomes $cases --encoding windows-1252"; do
    # shellcheck disable=SC2086 # a command line is a list of words
    run_ipskit $command --csv-dialect excel -o never.csv
    expect_status 2
    expect_err_contains '--csv-dialect: unknown value "excel"; use excel-da, excel-en or rfc4180'
    expect_no_file never.csv
done
