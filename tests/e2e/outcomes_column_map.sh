# --columns map.yaml reads an extract whose headers no alias knows, and a
# TAB-delimited file is detected without --delimiter.
source "$(dirname "$0")/lib.sh"

printf 'Nr\tBegyndt\tUdfald af forløb\tAfsluttet\n1\t01.02.2020\tUddannelse\t30.06.2020\n2\t01.02.2020\tandet\t01/07/2020\n' >cases.tsv
cat >map.yaml <<'YAML'
case_id: "Nr"
start_date: "Begyndt"
outcome: "Udfald af forløb"
end_date: "Afsluttet"
YAML
run_ipskit outcomes cases.tsv --columns map.yaml --year 2020 --format csv
expect_status 0
expect_out_contains "Education,1,50"
expect_out_contains "Total,2,100"

# Without the map, the missing column is named with the headers found.
run_ipskit outcomes cases.tsv --year 2020
expect_status 1
expect_err_contains "start_date"
expect_err_contains "Begyndt"
