# Expected volumes and share targets (targets.yaml): the targets table of
# every group and period agrees with figures computed by Python from the
# extract; the groups below are named in words, in English and Danish; a
# bad targets file is refused with its line and column, before any output.
source "$(dirname "$0")/lib.sh"
CASES="$TESTDATA/periods/cases.csv"
TARGETS="$TESTDATA/periods/targets.yaml"
CHECK="$IPSKIT_SOURCE_DIR/tests/e2e/targets_expected.py"

for range in "years 2020 2022" "quarters 2021Q1 2022Q4"; do
    set -- $range
    run_ipskit outcomes "$CASES" "--$1" "$2..$3" --by cluster site --targets "$TARGETS" -q --format json -o t.json
    expect_status 0
    python3 "$CHECK" "$CASES" t.json "$@" >/dev/null || fail "targets --$1 $2..$3 differ from Python's figures"
done

run_ipskit outcomes "$CASES" --years 2021..2022 --by cluster site --targets "$TARGETS" --format md -o en.md
expect_status 0
sed -n '/^### Actual against expected/,/^### Closed courses by outcome$/p' en.md >targets-en.md
expect_golden targets-en.md outcomes/targets-years-en.md
grep -qF -- '- Øst / Køge, 2022: 1 course started against 12.0 expected (8%); 50% in a job or education against a target of 60%.' \
    en.md || fail "a group below its targets in words"
run_ipskit outcomes "$CASES" --quarters 2022Q1..2022Q2 --by site --targets "$TARGETS" --lang da
expect_status 0
printf '%s\n' "$out" | sed -n '/^Faktisk i forhold til forventet$/,/^Afsluttede forløb fordelt på resultat$/p' >targets-da.txt
expect_golden targets-da.txt outcomes/targets-quarters-da.txt
grep -qF '1 forløb startet mod 1,5 forventet (67 %)' targets-da.txt || fail "a quarter is a quarter of the year"

# One period: the usual report with the targets after it, and --fail-under still judges it.
run_ipskit outcomes "$CASES" --year 2022 --by site --targets "$TARGETS" --fail-under 90 -o one.md
expect_status 3
grep -qF '| Køge | 2022 | 1 | 12.0 | 8% | below | 2 | 50% | 60% | below |' one.md || fail "one period's targets"

# A name the extract does not have is said, so that a typo is not silent.
printf 'kommuner:\n  Koege: { andel: 50 }\n' >typo.yaml
run_ipskit outcomes "$CASES" --year 2022 --by site --targets typo.yaml -q -o typo.md
expect_status 0
expect_err_contains 'typo.yaml: warning: no group of the extract is named "Koege", so its targets are not shown'

# Without a period there is nothing to pro-rate a yearly volume to.
run_ipskit outcomes "$CASES" --by site --targets "$TARGETS" -o none.md
expect_status 2
expect_err_contains '--targets needs a period with a first and a last day'
expect_no_file none.md

bad() {  # LINE:COLUMN TEXT YAML
    printf '%b' "$3" >bad.yaml
    run_ipskit outcomes "$CASES" --year 2022 --by site --targets bad.yaml -o bad.md
    expect_status 1
    expect_err_contains "bad.yaml:$1: ${KIND:-error}: $2"
    expect_no_file bad.md
}
bad 2:11 "unknown key 'startet'" 'sites:\n  Køge: { startet: 5 }\n'
bad 2:29 'started_per_year may not be negative' 'sites:\n  Køge: { started_per_year: -1 }\n'
bad 2:18 'share must lie from 0 to 100' 'sites:\n  Køge: { share: 120 }\n'
bad 2:18 "andel must be a number, not 'half'" 'kommuner:\n  Køge: { andel: half }\n'
bad 1:1 "unknown key 'region' — use one of: sites (kommuner, steder), clusters (klynger), total (i_alt)" 'region: { share: 50 }\n'
bad 2:3 'this name looks like a CPR number' "sites:\n  \"$(printf '%s-%s' 010190 1234)\": { share: 50 }\n"
IPSKIT_LANG=da KIND=fejl bad 2:11 "ukendt nøgle 'startet'" 'sites:\n  Køge: { startet: 5 }\n'

# Caseload maxima per group (tests/data/caseload-targets, counted by hand):
# every course started 01-03-2022 and is still active at the end of 2022.
# AA 4 in Aalborg (own maximum 3), BB 4 in Hjørring (Nord's 5), CC 4 and
# DD 2 in Odense (the total's 3, not --max-caseload), EE 3 in Svendborg (own 2).
LOADS="$TESTDATA/caseload-targets"
run_ipskit outcomes "$LOADS/cases.csv" --year 2022 --by cluster site --targets "$LOADS/targets.yaml" -o loads.md
expect_status 0
sed -n '/^### Active courses per consultant and group$/,/^_Flagged/p' loads.md >loads-table.md
cat >loads-want.md <<'TABLE'
### Active courses per consultant and group

| Cluster | Site | Consultant | Active courses | Maximum | Above maximum |
| --- | --- | --- | ---: | ---: | --- |
| Nord | Aalborg | AA | 4 | 3 | yes |
| Nord | Hjørring | BB | 4 | 5 |  |
| Syd | Odense | CC | 4 | 3 | yes |
| Syd | Odense | DD | 2 | 3 |  |
| Syd | Svendborg | EE | 3 | 2 | yes |

_Flagged: more active courses than the maximum of the consultant's group (max_caseload in targets.yaml; otherwise 20, --max-caseload). 0 active courses have no consultant recorded._
TABLE
diff -u loads-want.md loads-table.md || fail "caseloads against each group's maximum"
# Without --by every consultant is held to the total's maximum (3).
run_ipskit outcomes "$LOADS/cases.csv" --year 2022 --targets "$LOADS/targets.yaml" --lang da -o loads-da.md
expect_status 0
grep -qF '| Konsulent | Aktive forløb | Maksimum | Over maksimum |' loads-da.md || fail "the maximum's column in Danish"
grep -qF '| DD | 2 | 3 |  |' loads-da.md || fail "DD under the total's maximum"
grep -qF '| EE | 3 | 3 |  |' loads-da.md || fail "EE at the total's maximum"
grep -qF '| CC | 4 | 3 | ja |' loads-da.md || fail "CC above the total's maximum"
grep -qF 'Markeret: flere aktive forløb end maksimum for konsulentens gruppe (maks_aktive_forloeb i targets.yaml; ellers 20, --max-caseload).' \
    loads-da.md || fail "the Danish note of the maxima"
# A targets file without maxima leaves the table as --max-caseload makes it.
printf 'kommuner:\n  Odense: { andel: 50 }\n' >no-max.yaml
run_ipskit outcomes "$LOADS/cases.csv" --year 2022 --by site --targets no-max.yaml --max-caseload 3 -o no-max.md
expect_status 0
grep -qF '| Site | Consultant | Active courses | Above maximum |' no-max.md || fail "no maximum column without maxima"
grep -qF '| Aalborg | AA | 4 | yes |' no-max.md || fail "--max-caseload 3 without maxima in the file"
bad 2:25 "max_caseload must be a whole number above 0, not '0'" 'sites:\n  Køge: { max_caseload: 0 }\n'
bad 2:32 "maks_aktive_forloeb must be a whole number above 0, not '12.5'" 'kommuner:\n  Køge: { maks_aktive_forloeb: 12.5 }\n'
bad 2:25 "max_caseload must be a whole number above 0, not '-3'" 'sites:\n  Køge: { max_caseload: -3 }\n'
