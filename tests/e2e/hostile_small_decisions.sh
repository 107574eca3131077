# The small decisions about odd input, each refused or read in the way the
# user meant: value: inf is no figure; --xlsx - is no file name; a review
# folder's REVIEW.YAML and RATINGS.CSV count like review.yaml and .csv; a
# UTF-8 extract read with --encoding windows-1252 is warned of.
source "$(dirname "$0")/lib.sh"
sed 's/^  1: .*/  1: { value: inf }/' "$EXAMPLES/review-hjorring-2020-a.yaml" >inf.yaml
run_ipskit score inf.yaml
expect_status 1
expect_err_contains "inf.yaml:10:"
expect_err_contains "'inf' is not a"
sed 's/^  1: .*/  1: { value: nan }/' "$EXAMPLES/review-hjorring-2020-a.yaml" >nan.yaml
run_ipskit score nan.yaml
expect_status 1

run_ipskit score "$EXAMPLES/review-hjorring-2020-a.yaml" -o report.md --xlsx -
expect_status 2
expect_err_contains "ipskit: error: --xlsx: a workbook cannot be written to standard output"
expect_no_file report.md
expect_no_file ./-

mkdir region
cp "$EXAMPLES/review-hjorring-2020-a.yaml" region/HJOERRING.YAML
cp "$EXAMPLES/region/"*.yaml region/ 2>/dev/null || true
run_ipskit compare region --latest --format csv
expect_status 0
expect_out_contains "Hjørring"

printf 'Forløb ID;Kommune;Startdato;Resultat;Slutdato\nF1;Hjørring;01-02-2020;Ordinært job;01-06-2020\n' >utf8.csv
run_ipskit outcomes utf8.csv --encoding windows-1252 -o report.md
expect_status 1
expect_err_contains "utf8.csv: error: the file reads as UTF-8, but --encoding windows-1252 was given"
expect_err_contains "leave --encoding out for a UTF-8 file"
# With headers that survive the garbling, the report is written, with a warning.
printf 'case_id;site;start_date;outcome;end_date
F1;Hjørring;01-02-2020;job;01-06-2020
' >utf8-en.csv
run_ipskit outcomes utf8-en.csv --encoding windows-1252 -o report.md
expect_status 0
expect_err_contains "utf8-en.csv: warning: the file reads as UTF-8, but --encoding windows-1252 was given"
