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
