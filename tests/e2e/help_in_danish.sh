#!/usr/bin/env bash
# Under --lang da (or IPSKIT_LANG=da, or a Danish locale) every command's
# --help is Danish: no description of a command or an option is left as it is
# in the English help, and CLI11's own words (Usage, Options) are Danish too.
# The English help stays the man page's source (man_page.sh).
source "$(dirname "$0")/lib.sh"

# "OPTION<TAB>description" for every option and positional of a --help text.
descriptions() {
    python3 - "$1" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
for i, line in enumerate(lines):
    m = re.match(r"^  (\S+)", line)
    if not m or line.startswith("  ipskit "):
        continue
    rest = line[2:]
    # The description starts after two spaces, or on the next line, indented.
    parts = re.split(r"\s{2,}", rest.strip(), maxsplit=1)
    text = parts[1] if len(parts) > 1 else (lines[i + 1].strip() if i + 1 < len(lines) else "")
    print(f"{m.group(1)}\t{text}")
PY
}

for command in "" scales "scales show" template score convert consensus trend compare outcomes report; do
    # shellcheck disable=SC2086  # the command is words
    run_ipskit $command --help
    expect_status 0
    cp "$SCRATCH/.stdout" en.txt
    # shellcheck disable=SC2086
    run_ipskit $command --help --lang da
    expect_status 0
    cp "$SCRATCH/.stdout" da.txt
    # shellcheck disable=SC2086
    IPSKIT_LANG=da run_ipskit $command --help
    cmp -s "$SCRATCH/.stdout" da.txt || fail "ipskit $command --help: IPSKIT_LANG=da differs from --lang da"
    # shellcheck disable=SC2086
    LANG=da_DK.UTF-8 run_ipskit $command --help
    cmp -s "$SCRATCH/.stdout" da.txt || fail "ipskit $command --help: a Danish locale differs from --lang da"
    descriptions en.txt > en.tsv
    descriptions da.txt > da.tsv
    [ "$(wc -l < en.tsv)" -ge 2 ] || fail "ipskit $command --help: no options found"
    [ "$(wc -l < en.tsv)" -eq "$(wc -l < da.tsv)" ] || fail "ipskit $command --help: the two languages list different options"
    # The same option with the same words in both languages is English left over.
    left=$(paste en.tsv da.tsv | awk -F'\t' '$2 == $4 && $2 != "" { print $1 ": " $2 }')
    [ -z "$left" ] || fail "ipskit $command --help --lang da keeps English: $left"
    grep -q '^Brug: ipskit' da.txt || fail "ipskit $command --help --lang da: no 'Brug:' line"
    ! grep -qE '^(Usage|Options|Positionals|Subcommands):' da.txt || fail "ipskit $command --help --lang da: CLI11's English words"
    grep -q '^Afslutningskoder: ' da.txt || fail "ipskit $command --help --lang da: the exit codes are not in Danish"
done

# The Danish help is the Danish a user reads: spot-check a few lines word for word.
run_ipskit outcomes --help --lang da
expect_out_contains "  --ci                        Vis Wilson 95 %-konfidensintervaller for andele"
expect_out_contains "Eksempler:"
run_ipskit --help --lang da
expect_out_contains "Kommandoer:"
expect_out_contains "  outcomes                    Opgør resultater i job og uddannelse ud fra et udtræk af forløb (cases.csv)"
