#!/usr/bin/env bash
# A flag says yes by being there: every flag of every command, as its --help
# lists it, refuses a value after "=" (--ci=yes, --ci=true) as a usage error
# (exit 2) in plain words, in English and in Danish, and nothing is written.
source "$(dirname "$0")/lib.sh"

checked=0
for command in "" scales "scales show" template score convert consensus trend compare outcomes report; do
    # shellcheck disable=SC2086  # the command is words
    run_ipskit $command --help
    expect_status 0
    # A flag's line in --help is its names and then the description, with no type name between.
    flags=$(grep -oE '^  (-[a-z],)?--[a-z-]+ {2,}' "$SCRATCH/.stdout" | grep -oE -- '--[a-z-]+' || true)
    [ -n "$flags" ] || fail "ipskit $command --help lists no flag"
    for flag in $flags; do
        # shellcheck disable=SC2086
        run_ipskit $command "$flag=yes" -o out.txt
        expect_status 2
        expect_err_equals "ipskit: error: $flag takes no value: it says yes by being there — write $flag alone"
        [ -z "$out" ] || fail "ipskit $command $flag=yes wrote to stdout"
        expect_no_file out.txt
        checked=$((checked + 1))
    done
done
# --ci, --cohort, --keep-going, --latest, --force, --allow-identifiers, --allow-mixed,
# --print-config, -q/--quiet, -h/--help and --version at the least.
[ "$checked" -ge 30 ] || fail "only $checked flags were checked"

# "true" and "1", which CLI11 would take for yes, and the Danish words.
for value in true 1 no; do
    run_ipskit outcomes "$EXAMPLES/cases-region.csv" "--ci=$value"
    expect_status 2
    expect_err_equals "ipskit: error: --ci takes no value: it says yes by being there — write --ci alone"
done
run_ipskit template ips-25 --force=ja --lang da
expect_status 2
expect_err_equals "ipskit: fejl: --force skal ikke have en værdi: det betyder ja ved at stå der — skriv --force alene"

# The same flags alone still work, and a value option still takes "=".
run_ipskit outcomes "$EXAMPLES/cases-region.csv" --year=2022 --ci --cohort -q
expect_status 0
expect_out_contains "IPS outcomes 2022"
