#!/usr/bin/env bash
# Every main report under --lang da, against golden files read as Danish
# prose: dates as 12-11-2020, Danish units, notes and number agreement, and
# groups in Danish order (æ, ø, å after z; "Aa" as å).
source "$(dirname "$0")/lib.sh"

A="$EXAMPLES/review-hjorring-2020-a.yaml"
B="$EXAMPLES/review-hjorring-2020-b.yaml"

run_ipskit consensus "$A" "$B" --lang da -o konsensus.yaml
expect_status 0
expect_err_equals "ipskit: skrev konsensus.yaml
ipskit: bedømmerne er enige om 19 af 25 punkter; 6 skal aftales på konsensusmødet"
expect_golden konsensus.yaml danish/consensus.da.yaml

run_ipskit trend "$A" "$EXAMPLES/region/hjorring-2021.yaml" "$EXAMPLES/region/hjorring-2022.yaml" --lang da -o udvikling.md
expect_status 0
expect_golden udvikling.md danish/trend.da.md

run_ipskit compare "$EXAMPLES/region" --latest --lang da -o region.md
expect_status 0
expect_golden region.md danish/compare.da.md

run_ipskit outcomes "$EXAMPLES/cases-region.csv" --year 2021 --by cluster site --cohort --lang da -o resultater.md
expect_status 0
expect_golden resultater.md danish/outcomes-by-cluster-site-cohort.da.md

# Sites a Danish reader looks up in Danish order, one group per site whatever its case.
printf '%s\n' 'case_id;kommune;startdato;slutdato;resultat' \
    '1;Århus;01-02-2020;01-06-2020;job' '2;Ærø;01-02-2020;01-06-2020;andet' \
    '3;ærø;01-02-2020;01-07-2020;job' '4;Ølstykke;01-02-2020;01-07-2020;job' \
    '5;Aabenraa;01-02-2020;01-07-2020;job' '6;Zealand;01-02-2020;01-08-2020;uddannelse' \
    '7;ærø;01-02-2020;01-08-2020;fleksjob' '8;Ballerup;01-02-2020;01-08-2020;job' > kommuner.csv
run_ipskit outcomes kommuner.csv --year 2020 --by site --lang da -o kommuner.md
expect_status 0
expect_golden kommuner.md danish/outcomes-by-site.da.md
run_ipskit outcomes kommuner.csv --year 2020 --by site -o sites.md
expect_status 0
expect_golden sites.md danish/outcomes-by-site.en.md
