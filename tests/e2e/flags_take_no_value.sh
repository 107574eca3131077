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
        for value in yes true 1; do
            # shellcheck disable=SC2086
            run_ipskit $command "$flag=$value" -o out.txt
            expect_status 2
            expect_err_equals "ipskit: error: $flag takes no value: it says yes by being there — write $flag alone"
            [ -z "$out" ] || fail "ipskit $command $flag=$value wrote to stdout"
            expect_no_file out.txt
        done
        # shellcheck disable=SC2086
        run_ipskit $command "$flag=ja" --lang da
        expect_status 2
        expect_err_equals "ipskit: fejl: $flag skal ikke have en værdi: det betyder ja ved at stå der — skriv $flag alene"
        checked=$((checked + 1))
    done
done
# --ci, --cohort, --keep-going, --latest, --force, --allow-identifiers, --allow-mixed,
# --print-config, -q/--quiet, -h/--help and --version at the least.
[ "$checked" -ge 30 ] || fail "only $checked flags were checked"

# The same flags alone still work, and a value option still takes "=".
run_ipskit outcomes "$EXAMPLES/cases-region.csv" --year=2022 --ci --cohort -q
expect_status 0
expect_out_contains "IPS outcomes 2022"
