# File-level problems of cases.csv: a missing required column, the wrong
# encoding, an unclosed quote. Exit 1, the file named, nothing written.
source "$(dirname "$0")/lib.sh"

printf 'case_id;site;outcome\nA1;x;job\n' >cases.csv
run_ipskit outcomes cases.csv -o report.md
expect_status 1
expect_err_contains "cases.csv:1"
expect_err_contains "start_date"
expect_err_contains "case_id"
expect_no_file report.md

# Windows-1252 without --encoding: refused, naming the option.
printf 'Forl\xf8b ID;Startdato;Slutdato;Resultat\nA1;01-02-2020;;\n' >cases.csv
run_ipskit outcomes cases.csv -o report.md
expect_status 1
expect_err_contains "cases.csv:1"
expect_err_contains "--encoding windows-1252"
expect_no_file report.md
# ... and read with it.
run_ipskit outcomes cases.csv --encoding windows-1252 -o report.md
expect_status 0
rm report.md

printf 'case_id,start_date\nA1,"01-02-2020\nA2,01-03-2020\n' >cases.csv
run_ipskit outcomes cases.csv -o report.md
expect_status 1
expect_err_contains "cases.csv:2"
expect_no_file report.md
# ... even with --keep-going: the rest of the file cannot be read.
run_ipskit outcomes cases.csv --keep-going -o report.md
expect_status 1
expect_no_file report.md

# A bad option value is a usage error.
printf 'case_id,start_date\nA1,01-02-2020\n' >cases.csv
run_ipskit outcomes cases.csv --from 31-02-2020
expect_status 2
run_ipskit outcomes cases.csv --by shoe-size
expect_status 2
run_ipskit outcomes cases.csv --from 2021-01-01 --to 2020-01-01 -o report.md
expect_status 2
expect_err_contains "--from 2021-01-01 is after --to 2020-01-01"
expect_no_file report.md

# A missing extract is a rejected input (exit 1), not a usage error.
run_ipskit outcomes no-such-extract.csv -o report.md
expect_status 1
expect_err_contains "no-such-extract.csv: error: cannot open the file"
expect_no_file report.md
