# Shared helpers for the end-to-end scenarios. Each scenario is one bash
# script that sources this file, runs the real ipskit binary ($IPSKIT) and
# compares what it printed or wrote with what a user must see.
#
#   run_ipskit ARGS...          runs ipskit; sets $status, $out, $err
#   expect_status N             the last run exited with N
#   expect_out_contains TEXT    / expect_err_contains TEXT
#   expect_golden FILE GOLDEN   FILE equals tests/e2e/golden/GOLDEN
#                               (UPDATE_GOLDEN=1 rewrites the golden file)
#   expect_no_file FILE         nothing was written
#   skip REASON                 reports the scenario as skipped
#   need COMMAND PACKAGE        skips where COMMAND is missing; fails under CI
set -euo pipefail

: "${IPSKIT:?set IPSKIT to the ipskit binary}"
: "${IPSKIT_SOURCE_DIR:?set IPSKIT_SOURCE_DIR to the source tree}"
EXAMPLES="$IPSKIT_SOURCE_DIR/examples"
TESTDATA="$IPSKIT_SOURCE_DIR/tests/data"
GOLDEN="$IPSKIT_SOURCE_DIR/tests/e2e/golden"
# English unless a scenario asks for Danish: the tester's own locale must not
# change what the scenarios see.
unset IPSKIT_LANG LC_ALL LC_MESSAGES
export LANG=C.UTF-8
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/ipskit-e2e.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
trap 'echo "FAILED at ${BASH_SOURCE[0]}:${LINENO}: $BASH_COMMAND" >&2' ERR
cd "$SCRATCH"

fail() {
    echo "FAIL: $*" >&2
    [ -n "${out-}" ] && printf -- '--- stdout ---\n%s\n' "$out" >&2
    [ -n "${err-}" ] && printf -- '--- stderr ---\n%s\n' "$err" >&2
    exit 1
}

run_ipskit() {
    set +e
    "$IPSKIT" "$@" >"$SCRATCH/.stdout" 2>"$SCRATCH/.stderr"
    status=$?
    set -e
    out=$(cat "$SCRATCH/.stdout")
    err=$(cat "$SCRATCH/.stderr")
}

expect_status() {
    [ "$status" -eq "$1" ] || fail "expected exit status $1, got $status"
}

expect_out_contains() {
    grep -qF -- "$1" "$SCRATCH/.stdout" || fail "stdout lacks: $1"
}

expect_err_contains() {
    grep -qF -- "$1" "$SCRATCH/.stderr" || fail "stderr lacks: $1"
}

expect_err_equals() {
    [ "$err" = "$1" ] || fail "stderr differs; expected: $1"
}

expect_no_file() {
    [ ! -e "$1" ] || fail "$1 was written but should not have been"
    # Nor a temporary file left beside it.
    ! ls -a "$(dirname "$1")" | grep -q '\.tmp-' || fail "a temporary file was left beside $1"
}

expect_golden() {
    local actual=$1 golden="$GOLDEN/$2"
    if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
        mkdir -p "$(dirname "$golden")"
        cp "$actual" "$golden"
        return
    fi
    [ -f "$golden" ] || fail "no golden file $golden (run with UPDATE_GOLDEN=1 to create it)"
    diff -u "$golden" "$actual" >&2 || fail "$actual differs from $golden"
}

skip() {
    echo "SKIPPED: $*"
    exit 77
}

# need COMMAND PACKAGE: skips the scenario where COMMAND is missing, except
# under CI (CI=true), which installs every Debian package the tests use, so
# that a test CI is meant to run can never pass there by being skipped.
need() {
    command -v "$1" >/dev/null && return
    [ "${CI:-}" = true ] && fail "$1 is missing under CI; .ci/run must install $2"
    skip "$1 is not installed (apt-get install $2)"
}

# run_bad_corpus CATEGORY: runs every row of tests/data/bad/cases.tsv whose
# file lies under CATEGORY/ and checks, for each, the exact exit status, the
# stderr fragment (which names the file and line), that ipskit did not crash,
# and that neither the output nor a temporary file was written. A row whose
# status is 0 (odd but valid input) must write {out}, holding the fragment. Every failing
# row is reported before the scenario fails.
#   columns: FILE  COMMAND ({} = the file, {dir} = its folder, {out} = an
#            output path)  STATUS  STDERR-FRAGMENT
# FILE generated/NAME is made at run time by tests/data/bad/generate.sh, so
# that large inputs stay out of git.
run_bad_corpus() {
    local category=$1 file command want fragment path dir outdir args n=0 failed=0
    while IFS=$'\t' read -r -u 3 file command want fragment; do
        case $file in "#"* | "") continue ;; esac
        [[ $file == "$category"/* ]] || continue
        n=$((n + 1))
        if [[ $file == */generated/* ]]; then
            path="$SCRATCH/generated/$(basename "$file")"
            mkdir -p "$SCRATCH/generated"
            [ -e "$path" ] || bash "$TESTDATA/bad/generate.sh" "$(basename "$file")" "$path"
        else
            path="$TESTDATA/bad/$file"
        fi
        dir=$(dirname "$path")
        outdir="$SCRATCH/out-$n"
        mkdir "$outdir"
        command=${command//\{\}/$path}
        command=${command//\{dir\}/$dir}
        command=${command//\{out\}/$outdir/report}
        read -r -a args <<<"$command"
        run_ipskit "${args[@]}"
        local problems=()
        [ "$status" = "$want" ] || problems+=("exit status $status, expected $want")
        ! grep -qE 'terminate called|Aborted|internal error|Sanitizer|Segmentation fault' "$SCRATCH/.stderr" || problems+=("crashed")
        if [ "$want" = 0 ]; then
            # An input that is odd but valid: the fragment is in the report.
            grep -qF -- "$fragment" "$outdir/report" 2>/dev/null || problems+=("the report lacks: $fragment")
            [ "$(ls -A "$outdir")" = report ] || problems+=("left: $(ls -A "$outdir")")
        else
            grep -qF -- "$fragment" "$SCRATCH/.stderr" || problems+=("stderr lacks: $fragment")
            [ -z "$(ls -A "$outdir")" ] || problems+=("wrote: $(ls -A "$outdir")")
        fi
        if [ ${#problems[@]} -gt 0 ]; then
            failed=$((failed + 1))
            printf 'FAIL %s (%s):\n' "$file" "$command" >&2
            printf '    %s\n' "${problems[@]}" >&2
            head -c 2000 "$SCRATCH/.stderr" | sed 's/^/    stderr: /' >&2
        fi
    done 3<"$TESTDATA/bad/cases.tsv"
    [ "$n" -gt 0 ] || fail "no cases under $category/ in tests/data/bad/cases.tsv"
    [ "$failed" -eq 0 ] || fail "$failed of $n bad-input cases failed"
    echo "$n bad-input cases under $category/ passed"
}
