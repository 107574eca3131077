#!/usr/bin/env bash
# Under --lang da (or IPSKIT_LANG=da, or a Danish locale) every command's
# --help is Danish: no description of a command or an option is left as it is
# in the English help, and CLI11's own words (Usage, Options) are Danish too.
# The English help stays the man page's source (man_page.sh).
source "$(dirname "$0")/lib.sh"

for command in "" scales "scales show" template score convert consensus trend compare outcomes report derive; do
    # shellcheck disable=SC2086  # the command is words
    run_ipskit $command --help
    expect_status 0
    cp "$SCRATCH/.stdout" en.txt
    # shellcheck disable=SC2086
    run_ipskit $command --help --lang da
    expect_status 0
    cp "$SCRATCH/.stdout" da.txt
    cp en.txt "en.${command// /-}.help"
    cp da.txt "da.${command// /-}.help"
    grep -q '^Brug: ipskit' da.txt || fail "ipskit $command --help --lang da: no 'Brug:' line"
    ! grep -qE '^(Usage|Options|Positionals|Subcommands):' da.txt || fail "ipskit $command --help --lang da: CLI11's English words"
    grep -q '^Afslutningskoder: ' da.txt || fail "ipskit $command --help --lang da: the exit codes are not in Danish"
done

# Each option's description (after its names, or on the next line) in both
# languages: the same words in both are English left over.
python3 - en.*.help <<'PY' || fail "a Danish --help keeps English descriptions"
import re, sys

def descriptions(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    found = []
    for i, line in enumerate(lines):
        m = re.match(r"^  (\S+)", line)
        if not m or line.startswith("  ipskit "):
            continue
        parts = re.split(r"\s{2,}", line.strip(), maxsplit=1)
        text = parts[1] if len(parts) > 1 else (lines[i + 1].strip() if i + 1 < len(lines) else "")
        found.append((m.group(1), text))
    return found

failed = False
for en_path in sys.argv[1:]:
    en, da = descriptions(en_path), descriptions("da" + en_path[2:])
    if len(en) < 2 or len(en) != len(da):
        print(f"{en_path}: {len(en)} options in English, {len(da)} in Danish"); failed = True
    for (name, english), (_, danish) in zip(en, da):
        if english and english == danish:
            print(f"{en_path}: {name} keeps its English description: {english}"); failed = True
sys.exit(1 if failed else 0)
PY

# Every description starts in the same column in both languages, counted in
# characters: a name with Danish letters (PÅKRÆVET) is padded as far as any.
python3 - en.*.help da.*.help <<'PY' || fail "a --help description is out of line"
import re, sys

failed = False
for path in sys.argv[1:]:
    for number, line in enumerate(open(path, encoding="utf-8").read().splitlines(), 1):
        m = re.match(r"^(  \S.*?)(\s{2,})\S", line)
        if not m or line.startswith("  ipskit "):
            continue
        if len(m.group(1)) < 30 and len(m.group(1)) + len(m.group(2)) != 30:
            print(f"{path}:{number}: out of line: {line}"); failed = True
sys.exit(1 if failed else 0)
PY

# IPSKIT_LANG and a Danish locale choose the same Danish help as --lang da.
run_ipskit outcomes --help --lang da
cp "$SCRATCH/.stdout" da.txt
IPSKIT_LANG=da run_ipskit outcomes --help
cmp -s "$SCRATCH/.stdout" da.txt || fail "ipskit outcomes --help: IPSKIT_LANG=da differs from --lang da"
LANG=da_DK.UTF-8 run_ipskit outcomes --help
cmp -s "$SCRATCH/.stdout" da.txt || fail "ipskit outcomes --help: a Danish locale differs from --lang da"

# The Danish help is the Danish a user reads: spot-check a few lines word for word.
run_ipskit outcomes --help --lang da
expect_out_contains "  --ci                        Vis Wilson 95 %-konfidensintervaller for andele"
expect_out_contains "Eksempler:"
run_ipskit --help --lang da
expect_out_contains "Kommandoer:"
expect_out_contains "  outcomes                    Opgør resultater i job og uddannelse ud fra et udtræk af forløb (cases.csv)"
