# Inputs made to break the limits are refused at once, with their place:
# one header mapped to two columns (it would show case ids as sites), a
# scale whose score range would loop for ever, and a header of half a million
# empty names that would lift the record limit to hundreds of gigabytes.
source "$(dirname "$0")/lib.sh"
cat >cases.csv <<'CSV'
Forløb ID;Kommune;Startdato;Resultat;Slutdato
CASEID-1;Nord;01-02-2020;job;01-06-2020
CSV
printf 'case_id: "Forløb ID"\nsite: "Forløb ID"\n' >map.yaml
run_ipskit outcomes cases.csv --columns map.yaml -o report.md
expect_status 1
expect_err_contains 'map.yaml:2:7: error: the header "Forløb ID" is mapped to both case_id and site; a header holds one column'
expect_no_file report.md

mkdir own
sed 's/^score_max: .*/score_max: 2147483647/' "$TESTDATA/scales/mini.yaml" >own/mini.yaml
grep -q '^score_max: 2147483647' own/mini.yaml || echo 'score_max: 2147483647' >>own/mini.yaml
start=$SECONDS
run_ipskit scales show mini --scales-dir own
expect_status 1
expect_err_contains "the scores must lie within 0..100"
[ $((SECONDS - start)) -lt 10 ] || fail "a huge score range took $((SECONDS - start)) s to refuse"

python3 -c '
import sys
sys.stdout.write(";" * 500001 + "\n" + "x" * 3000000 + "\n")' >wide-header.csv
run_ipskit outcomes wide-header.csv
expect_status 1
expect_err_contains "wide-header.csv:"
