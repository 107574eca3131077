# The bash completion file (packaging/ipskit.bash-completion, installed as
# /usr/share/bash-completion/completions/ipskit) completes subcommands, each
# command's options, option values, scale ids and file names: it is sourced
# and its function called as bash calls it, with COMP_WORDS and COMP_CWORD.
source "$(dirname "$0")/lib.sh"
# shellcheck source=../../packaging/ipskit.bash-completion
source "$IPSKIT_SOURCE_DIR/packaging/ipskit.bash-completion"
[ "$(complete -p ipskit)" = "complete -F _ipskit ipskit" ] || fail "no completion registered for ipskit"

# completes WORD...: the replies to the words typed, the last one being
# completed, one a line, sorted.
completes() {
    COMP_WORDS=("$IPSKIT" "$@")
    COMP_CWORD=$#
    COMPREPLY=()
    _ipskit ipskit "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sort
}

expect_replies() {
    local got
    got=$(completes "${@:2}")
    [ "$got" = "$1" ] || fail "completing '${*:2}': expected [$1], got [$got]"
}

expect_replies "$(printf '%s\n' compare consensus convert derive outcomes report scales score template trend)" ""
expect_replies "$(printf '%s\n' scales score)" "sc"
expect_replies "show" scales ""
expect_replies "$(printf '%s\n' ips-15 ips-25)" template ""
expect_replies "ips-25" scales show "ips-2"
expect_replies "$(printf '%s\n' ips-15 ips-25)" score --scale ""
expect_replies "$(printf '%s\n' --year --years)" outcomes --ye
expect_replies "--quarters" outcomes --quar
expect_replies "--csv-dialect" template --csv
expect_replies "$(printf '%s\n' --scales-dir --site --staff)" template --s
expect_replies "--item" scales show --it
expect_replies "$(printf '%s\n' excel-da excel-en)" outcomes x.csv --csv-dialect excel
expect_replies "$(printf '%s\n' csv yaml)" template ips-25 --format ""
expect_replies "md" score --format m
expect_replies "da" outcomes --lang d
expect_replies "$(printf '%s\n' klynge kommune konsulent)" outcomes --by k
# A scale id from the --scales-dir typed before it.
mkdir own
cp "$TESTDATA/scales/mini.yaml" own/mini.yaml
expect_replies "mini" template --scales-dir own "mi"
# File names where a command takes files, and after -o.
touch review-a.yaml review-b.yaml cases.csv
expect_replies "$(printf '%s\n' review-a.yaml review-b.yaml)" score review-
expect_replies "cases.csv" outcomes cas
expect_replies "cases.csv" score review-a.yaml -o ca
expect_replies "own" compare --scales-dir o
