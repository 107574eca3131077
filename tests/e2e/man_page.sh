# man/ipskit.1 and --help tell the same story: the same subcommands, and every
# long option of every subcommand documented.
source "$(dirname "$0")/lib.sh"
MAN="$IPSKIT_SOURCE_DIR/man/ipskit.1"

help_commands=$("$IPSKIT" --help | awk '/^Subcommands:/{f=1;next} f&&/^  [a-z]/{print $1}' | sort)
man_commands=$(sed -n 's/^\.SS "\{0,1\}ipskit \([a-z-]*\).*/\1/p' "$MAN" | sort -u)
[ "$help_commands" = "$man_commands" ] ||
    fail "subcommands differ: --help has [$(echo $help_commands)], man page has [$(echo $man_commands)]"

for command in $help_commands; do
    for option in $("$IPSKIT" "$command" --help | grep -oE -- '--[a-z][a-z0-9-]+' | sort -u); do
        grep -qF -- "\\-\\-${option#--}" "$MAN" || fail "ipskit $command $option is not in man/ipskit.1"
    done
done

if command -v groff >/dev/null; then
    warnings=$(groff -man -Tutf8 -ww -z "$MAN" 2>&1 || true)
    [ -z "$warnings" ] || fail "groff warns about the man page: $warnings"
fi
