# man/ipskit.1 and --help tell the same story: the same subcommands, and every
# option of every command (long and short) documented in that command's own
# section, so an installed user finds each one where the command is described.
source "$(dirname "$0")/lib.sh"
MAN="$IPSKIT_SOURCE_DIR/man/ipskit.1"

help_commands=$("$IPSKIT" --help | awk '/^Subcommands:/{f=1;next} f&&/^  [a-z]/{print $1}' | sort)
man_commands=$(sed -n 's/^\.SS "\{0,1\}ipskit \([a-z-]*\).*/\1/p' "$MAN" | sort -u)
[ "$help_commands" = "$man_commands" ] ||
    fail "subcommands differ: --help has [$(echo $help_commands)], man page has [$(echo $man_commands)]"

# The text of the sections whose heading is "ipskit COMMAND ..." (not those of
# a deeper command such as "ipskit scales show"), up to the next heading.
section_of() {
    awk -v command="$1" '
        /^\.S[SH]/ { inside = 0 }
        /^\.SS/ {
            heading = $0; sub(/^\.SS "?/, "", heading)
            if (index(heading, "ipskit " command) == 1) {
                rest = substr(heading, length("ipskit " command) + 1)
                inside = (rest == "" || rest ~ /^[" \\]/) && rest !~ /^ [a-z]/
            }
        }
        inside' "$MAN"
}

for command in $help_commands "scales show"; do
    section=$(section_of "$command")
    [ -n "$section" ] || fail "man/ipskit.1 has no section for ipskit $command"
    # shellcheck disable=SC2086  # "scales show" is two words
    options=$("$IPSKIT" $command --help | sed -n '/^Options:/,/^[A-Z]/p' | grep -oE -- '(^|[ ,])--?[a-z][a-z0-9-]*' |
        sed 's/^[ ,]//' | sort -u)
    for option in $options; do
        [ "$option" = --help ] || [ "$option" = -h ] && continue
        # groff writes a minus sign as \-; inside a name a hyphen is plain.
        case "$option" in --*) escaped="\\-\\-${option#--}" ;; *) escaped="\\-${option#-}" ;; esac
        grep -qF -- "$escaped" <<<"$section" ||
            fail "ipskit $command $option is not in its section of man/ipskit.1"
    done
done

# What --help says of --from (the forms of a date), the man page says too.
# (The help is taken whole first: awk stops reading early, and ipskit would
# meet a closed pipe.)
outcomes_help=$("$IPSKIT" outcomes --help)
from_help=$(printf '%s\n' "$outcomes_help" | awk '/^  +--from /{f=1} f&&/^  +--to /{exit} f')
forms=$(printf '%s\n' "$from_help" | grep -oE '[DMY]{2,4}[-./][DMY]{2}[-./][DMY]{2,4}')
[ "$(printf '%s\n' "$forms" | wc -l)" -eq 4 ] || fail "--from help names $(echo $forms), not the four forms"
for form in $forms; do
    grep -qF -- "${form//-/\\-}" "$MAN" || fail "the man page does not name the date form $form of --from"
done

# Every column of the case extract and its Danish alias is in the man page.
columns=$(sed -n '/^## cases.csv/,/^## /p' "$IPSKIT_SOURCE_DIR/docs/formats.md" | grep -oE '^\| `[a-z_]+`' | tr -d '|` ')
[ "$(echo $columns | wc -w)" -ge 12 ] || fail "found only [$columns] in docs/formats.md"
for column in $columns forloeb_id kommune klynge konsulent maalgruppe startdato resultat slutdato; do
    grep -qF -- "$column" <<<"$(sed -n '/^\.SH CASE EXTRACT/,/^\.SH /p' "$MAN")" ||
        fail "the man page's CASE EXTRACT does not list $column"
done

if command -v groff >/dev/null; then
    warnings=$(groff -man -Tutf8 -ww -z "$MAN" 2>&1 || true)
    [ -z "$warnings" ] || fail "groff warns about the man page: $warnings"
fi
