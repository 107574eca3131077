# Every kind of usage error, in its own words, in English and in Danish: the
# command line, the exit code (2 for every one) and the text a user reads.
# The Danish runs choose the language by IPSKIT_LANG, as an error before
# --lang is parsed must be Danish too.
source "$(dirname "$0")/lib.sh"
CASES="$EXAMPLES/cases-region.csv"
A="$EXAMPLES/review-hjorring-2020-a.yaml"
B="$EXAMPLES/review-hjorring-2020-b.yaml"

# args | English text | Danish text   (the args are split on spaces)
table=(
"|ipskit needs a command — use scales, template, score, convert, consensus, trend, compare, outcomes, report or derive; run 'ipskit --help' for usage|ipskit skal have en kommando — brug scales, template, score, convert, consensus, trend, compare, outcomes, report eller derive; se vejledningen med 'ipskit --help'"
"outcome|ipskit has no command 'outcome' (did you mean outcomes?) — use scales|ipskit har ingen kommando 'outcome' (mente du outcomes?) — brug scales"
"scroe x.yaml|ipskit has no command 'scroe' (did you mean score?)|ipskit har ingen kommando 'scroe' (mente du score?)"
"--format json score x.yaml|ipskit has no option '--format'; options go after the command|ipskit har ikke tilvalget '--format'; tilvalg skrives efter kommandoen"
"scales shwo|ipskit scales has no command 'shwo' (did you mean show?) — use show|ipskit scales har ingen kommando 'shwo' (mente du show?) — brug show"
"outcomes|ipskit outcomes needs CASES.csv — run 'ipskit outcomes --help' for usage|ipskit outcomes skal have CASES.csv — se vejledningen med 'ipskit outcomes --help'"
"scales show|ipskit scales show needs ID|ipskit scales show skal have ID"
"outcomes $CASES --yaer 2023|ipskit outcomes has no option '--yaer' (did you mean --year?) — run 'ipskit outcomes --help' for usage|ipskit outcomes har ikke tilvalget '--yaer' (mente du --year?) — se vejledningen med 'ipskit outcomes --help'"
"outcomes $CASES extra|ipskit outcomes did not expect 'extra'|ipskit outcomes ventede ikke 'extra'"
"outcomes $CASES --year 2O23|--year: \"2O23\" is not a whole number; give one from 1900 to 2999|--year: \"2O23\" er ikke et helt tal; angiv et tal fra 1900 til 2999"
"outcomes $CASES --year 3000|--year: 3000 is too large; give one from 1900 to 2999|--year: 3000 er for stort; angiv et tal fra 1900 til 2999"
"outcomes $CASES --year|--year needs a value (YEAR)|--year skal have en værdi (YEAR)"
"template ips-25 --reviewer Anne --reviewer Bo|--reviewer may be given only once — run 'ipskit template --help' for usage|--reviewer må kun angives én gang — se vejledningen med 'ipskit template --help'"
"outcomes $CASES --year 2020 --year 2021|--year may be given only once|--year må kun angives én gang"
"outcomes $CASES --year 2020 --from 2020-01-01|--year and --from cannot be given together — give one of them|--year og --from kan ikke gives sammen — giv kun det ene"
"outcomes $CASES --target 12,5|--target: \"12,5\" is not a number; give one from 0 to 100 (with a decimal point, e.g. 12.5)|--target: \"12,5\" er ikke et tal; angiv et tal fra 0 til 100 (med decimalpunktum, fx 12.5)"
"outcomes $CASES --threads 0|--threads: 0 is too small; give one from 1 to 64|--threads: 0 er for lille; angiv et tal fra 1 til 64"
"outcomes $CASES --decimals 9|--decimals: 9 is too large; give one from 0 to 4|--decimals: 9 er for stort; angiv et tal fra 0 til 4"
"outcomes $CASES --horizons 6,x|--horizons: \"x\" is not a whole number; give one from 1 to 240|--horizons: \"x\" er ikke et helt tal; angiv et tal fra 1 til 240"
"outcomes $CASES --suppress-below -1|--suppress-below: -1 is too small|--suppress-below: -1 er for lille"
"outcomes $CASES --max-caseload many|--max-caseload: \"many\" is not a whole number|--max-caseload: \"many\" er ikke et helt tal"
"outcomes $CASES --fail-under 101|--fail-under: 101 is too large; give one from 0 to 100|--fail-under: 101 er for stort; angiv et tal fra 0 til 100"
"outcomes $CASES --by kommunee|--by: unknown group field \"kommunee\"; use site, cluster, target_group, consultant or year (in Danish kommune, klynge, målgruppe, konsulent, år) (did you mean kommune?)|--by: ukendt gruppering \"kommunee\"; brug kommune, klynge, målgruppe, konsulent eller år (på engelsk site, cluster, target_group, consultant, year) (mente du kommune?)"
"outcomes $CASES --lang dk|--lang: unknown value \"dk\"; use en or da (did you mean da?)|--lang: ukendt værdi \"dk\"; brug en eller da (mente du da?)"
"outcomes $CASES --lang 1|--lang: unknown value \"1\"; use en or da — run|--lang: ukendt værdi \"1\"; brug en eller da — se"
"outcomes $CASES --format jsn|--format: unknown value \"jsn\"; use table, md, json or csv (did you mean json?)|--format: ukendt værdi \"jsn\"; brug table, md, json eller csv (mente du json?)"
"scales show ips-26|unknown scale \"ips-26\" (did you mean ips-25?); use ips-15 or ips-25 — run 'ipskit scales show --help' for usage|ukendt skala \"ips-26\" (mente du ips-25?); brug ips-15 eller ips-25 — se vejledningen med 'ipskit scales show --help'"
"scales show ips-25 --item 99|--item: scale ips-25 has no item \"99\"; give an item number 1–25 or an item id such as caseload_size|--item: skalaen ips-25 har ikke punktet \"99\"; angiv et punktnummer 1–25 eller et punkt-id som caseload_size"
"scales --scales-dir no-such-dir|--scales-dir: \"no-such-dir\" is not a directory|--scales-dir: \"no-such-dir\" er ikke en mappe"
"template ips-2|unknown scale \"ips-2\" (did you mean ips-25?)|ukendt skala \"ips-2\" (mente du ips-25?)"
"template ips-25 --format xml|--format: unknown value \"xml\"; use yaml, csv or xlsx|--format: ukendt værdi \"xml\"; brug yaml, csv eller xlsx"
"score $A --scale ips-2x|--scale: unknown scale \"ips-2x\" (did you mean ips-25?)|--scale: ukendt skala \"ips-2x\" (mente du ips-25?)"
"score $A --fail-under lots|--fail-under: \"lots\" is not a whole number; give one from 0 to 1000|--fail-under: \"lots\" er ikke et helt tal; angiv et tal fra 0 til 1000"
"score $A $B --fail-under 90|--fail-under applies to one review; score the consensus questionnaire with --fail-under|--fail-under gælder én vurdering; giv --fail-under til scoringen af konsensusskemaet"
"score $A --xlsx -|--xlsx: a workbook cannot be written to standard output; give --xlsx a file name, e.g. report.xlsx|--xlsx: en projektmappe kan ikke skrives til standard output; giv --xlsx et filnavn, fx rapport.xlsx"
"score $A -o same.md --xlsx same.md|-o and --xlsx name the same file|-o og --xlsx angiver den samme fil"
"score $A --date 31-02-2024|--date: 31-02-2024 is not a date|--date: 31-02-2024"
"trend $A --lang|--lang needs a value (LANG)|--lang skal have en værdi (LANG)"
"compare $A --bogus|ipskit compare has no option '--bogus'|ipskit compare har ikke tilvalget '--bogus'"
"consensus $A $B --quite|ipskit consensus has no option '--quite' (did you mean --quiet?)|ipskit consensus har ikke tilvalget '--quite' (mente du --quiet?)"
)

for row in "${table[@]}"; do
    IFS='|' read -r args english danish <<<"$row"
    # shellcheck disable=SC2086  # the args are words
    run_ipskit $args
    expect_status 2
    expect_err_contains "ipskit: error: $english"
    [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "ipskit $args: more than one line on stderr"
    [ -z "$out" ] || fail "ipskit $args: wrote to stdout"
    IPSKIT_LANG=da run_ipskit $args
    expect_status 2
    expect_err_contains "ipskit: fejl: $danish"
done
expect_no_file same.md

# No CLI11 text in any --help: no validator lists, no "OR", no maps.
for command in "" scales "scales show" template score consensus trend compare outcomes; do
    # shellcheck disable=SC2086
    run_ipskit $command --help
    expect_status 0
    ! grep -qE -- '->|\{.*\} OR|FAILED' "$SCRATCH/.stdout" || fail "ipskit $command --help shows CLI11 internals"
done

# --lang before the command is not an option of ipskit, but the answer is in
# the language it asked for.
run_ipskit --lang da score x.yaml
expect_status 2
expect_err_contains "ipskit: fejl: ipskit har ikke tilvalget '--lang'; tilvalg skrives efter kommandoen"
