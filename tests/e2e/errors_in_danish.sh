#!/usr/bin/env bash
# Representative bad inputs give their whole message in Danish under --lang da
# (and IPSKIT_LANG=da), and stay English otherwise: a bad date in a case
# extract, an unknown item in a review, a missing file.
source "$(dirname "$0")/lib.sh"

printf 'case_id,start_date,end_date,outcome\nA1,2020-02-31,,\n' > bad-date.csv
sed 's/^  2: /  99: /' "$EXAMPLES/review-hjorring-2020-a.yaml" > unknown-item.yaml

run_ipskit outcomes bad-date.csv --lang da -o rapport.md
expect_status 1
expect_err_equals 'bad-date.csv:2:2: fejl: kolonnen "start_date": 2020-02-31 er ikke en dato (februar 2020 har 29 dage) — ret datoen'
expect_no_file rapport.md

run_ipskit outcomes bad-date.csv -o report.md
expect_status 1
expect_err_equals 'bad-date.csv:2:2: error: column "start_date": 2020-02-31 is not a date (February 2020 has 29 days) — correct the date'
expect_no_file report.md

IPSKIT_LANG=da run_ipskit score unknown-item.yaml
expect_status 1
expect_err_contains "unknown-item.yaml:11:3: fejl: ukendt punkt '99' i skalaen ips-25 — brug et punktnummer 1–25 eller et punkt-id som caseload_size"
expect_err_contains "unknown-item.yaml:9:1: fejl: punkt 2 (IPS-konsulenter arbejder kun med beskæftigelse) er ikke scoret — tilføj en score for det, med dets nummer 2 eller dets id employment_services_staff"

run_ipskit score unknown-item.yaml
expect_status 1
expect_err_contains "unknown-item.yaml:11:3: error: unknown item '99' in scale ips-25 — use an item number 1–25 or an item id such as caseload_size"

run_ipskit outcomes findes-ikke.csv --lang da
expect_status 1
expect_err_equals 'findes-ikke.csv: fejl: kan ikke åbne filen (filen eller mappen findes ikke) — tjek stien'

run_ipskit outcomes missing.csv
expect_status 1
expect_err_equals 'missing.csv: error: cannot open the file (No such file or directory) — check the path'

# Warnings too: two spellings of one site are one group, and Danish says so.
printf 'case_id;kommune;startdato;slutdato;resultat\n1;Ærø;01-02-2020;01-06-2020;job\n2;ærø;01-02-2020;01-06-2020;andet\n3;Ærø;01-02-2020;01-07-2020;job\n' > sites.csv
run_ipskit outcomes sites.csv --year 2020 --by site --lang da
expect_status 0
expect_err_contains 'sites.csv: advarsel: sted "Ærø" og "ærø" er kun forskellige i store og små bogstaver og tælles som én gruppe, vist som "Ærø"'
run_ipskit outcomes sites.csv --year 2020 --by site
expect_err_contains 'sites.csv: warning: site "Ærø" and "ærø" differ only in upper and lower case and are counted as one group, shown as "Ærø"'

# A missing required column, the first error an analyst with a new extract meets.
printf 'forloeb,startdato\nA1,2020-01-01\n' > no-id.csv
run_ipskit outcomes no-id.csv --lang da
expect_status 1
expect_err_contains 'no-id.csv:1: fejl: den påkrævede kolonne "case_id" mangler (navne, der kan bruges: case_id, forloeb_id,'
expect_err_contains '— mente du "forloeb" (kolonne 1)? Omdøb den til forloeb_id, eller kobl den med --columns (en linje case_id: "forloeb")'
run_ipskit outcomes no-id.csv
expect_status 1
expect_err_contains 'no-id.csv:1: error: required column "case_id" is missing'

# A header that could be split at commas or at semicolons.
printf 'a;b,c\n1;2,3\n' > tie.csv
run_ipskit outcomes tie.csv --lang da
expect_status 1
expect_err_equals "tie.csv:1: fejl: kan ikke afgøre skilletegnet: overskriftslinjen har 1 komma og 1 semikolon — kør igen med --delimiter ',' eller --delimiter ';'"

# The readers' less common refusals, gathered in one golden file to be read
# as Danish prose: a scale with a bad unit, band and data source; a YAML
# syntax error; two reviews that cannot be put side by side; a flag given a
# value; the columns an extract lacks; a period that ends before it starts.
danish_stderr() {
    printf '$ ipskit %s\n' "$*" >> danish-errors.txt
    run_ipskit "$@"
    printf '%s\n(exit %s)\n\n' "$err" "$status" >> danish-errors.txt
}
: > danish-errors.txt
mkdir -p scales
sed -e 's/unit: participants/unit: persons/' -e '0,/\[DOC, INT\]/s//[DOC, XYZ]/' \
    -e '0,/min: 0/s//min: 1/' "$IPSKIT_SOURCE_DIR/scales/ips-15.yaml" > scales/ips-15.yaml
danish_stderr scales show ips-15 --scales-dir scales --lang da
printf 'scale: ips-25\nsite: Hjørring\n  review_date: 2020-11-12\n' > indented.yaml
danish_stderr score indented.yaml --lang da
printf 'scale: ips-25\nsite: [Hjørring\nreview_date: 2020-11-12\n' > unclosed.yaml
danish_stderr score unclosed.yaml --lang da
sed 's/^site: .*/site: Frederikshavn/' "$EXAMPLES/review-hjorring-2020-b.yaml" > other-site.yaml
danish_stderr score "$EXAMPLES/review-hjorring-2020-a.yaml" other-site.yaml --lang da
danish_stderr outcomes "$EXAMPLES/cases-region.csv" --ci=ja --lang da
printf 'case_id;startdato;slutdato;resultat\n1;01-02-2020;01-06-2020;job\n' > few-columns.csv
danish_stderr outcomes few-columns.csv --year 2020 --lang da -o rapport.md
danish_stderr outcomes few-columns.csv --from 2020-12-31 --to 2020-01-01 --lang da
printf 'case_id;startdato;slutdato\n1;01-02-2020;01-06-2020\n' > no-outcome.csv
danish_stderr outcomes no-outcome.csv --lang da
danish_stderr scales show ips-25 --scales-dir findes-ikke --lang da
# The paths of the scratch folder and the source tree differ from run to run.
sed -i -e "s|$SCRATCH/||g" -e "s|$EXAMPLES/|examples/|g" danish-errors.txt
expect_golden danish-errors.txt danish/errors.da.txt
