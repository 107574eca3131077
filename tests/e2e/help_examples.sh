# Every command's --help ends with examples, and every example works as
# printed on the bundled examples/ files: exit 0, and a report on stdout or
# the files it names with -o / --xlsx.
source "$(dirname "$0")/lib.sh"
ln -s "$EXAMPLES" examples

commands=$("$IPSKIT" --help | awk '/^Subcommands:/{f=1;next} f&&/^  [a-z]/{print $1}')
count=0
for command in $commands "scales show"; do
    # shellcheck disable=SC2086  # "scales show" is two words
    help=$("$IPSKIT" $command --help)
    examples=$(printf '%s\n' "$help" | awk '/^Examples:$/{f=1;next} f')
    [ -n "$examples" ] || fail "ipskit $command --help has no examples"
    [ "$(printf '%s\n' "$examples" | wc -l)" -ge 2 ] || fail "ipskit $command --help has fewer than two examples"
    # The examples are the last lines of the help.
    [ "$(printf '%s\n' "$help" | tail -n 1)" = "$(printf '%s\n' "$examples" | tail -n 1)" ] ||
        fail "ipskit $command --help does not end with its examples"
    while IFS= read -r line; do
        line=${line#  }
        case "$line" in "ipskit $command" | "ipskit $command "*) ;; *) fail "example of $command is not an ipskit $command line: $line" ;; esac
        set +e
        eval "\"\$IPSKIT\" ${line#ipskit }" >example.out 2>example.err
        status=$?
        set -e
        [ "$status" -eq 0 ] || { cat example.err >&2; fail "example exits $status: $line"; }
        for file in $(printf '%s\n' "$line" | grep -oE -- '(-o|--xlsx) [^ ]+' | cut -d' ' -f2); do
            [ -s "$file" ] || fail "example wrote no $file: $line"
        done
        if [ "$command" = convert ]; then
            # convert IN OUT writes OUT, the fourth word.
            written=$(printf '%s\n' "$line" | awk '{print $4}')
            [ -s "$written" ] || fail "example wrote no $written: $line"
        else
            printf '%s\n' "$line" | grep -qE -- '(-o|--xlsx|--html) ' || [ -s example.out ] ||
                fail "example printed nothing: $line"
        fi
        count=$((count + 1))
    done <<<"$examples"
done
[ "$count" -ge 16 ] || fail "only $count examples ran"
