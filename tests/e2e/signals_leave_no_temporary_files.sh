# A run stopped by SIGTERM or SIGINT while it writes leaves no temporary
# file behind, beside the output or in $TMPDIR; an output name of 253 bytes,
# legal on Linux, is written atomically like any other.
source "$(dirname "$0")/lib.sh"
REVIEW="$EXAMPLES/review-hjorring-2020-a.yaml"
mkdir tmp
export TMPDIR=$SCRATCH/tmp

for signal in TERM INT; do
    rm -f workbook.fifo && mkfifo workbook.fifo
    # The workbook goes to a FIFO nobody reads yet: the run waits there,
    # holding the report's temporary file and the workbook's.
    "$IPSKIT" score "$REVIEW" -o report.md --xlsx workbook.fifo 2>/dev/null &
    run=$!
    for _ in $(seq 1 100); do
        ls -A tmp | grep -q . && ls -a | grep -q '\.report\.md\.tmp-' && break
        sleep 0.05
    done
    ls -A tmp | grep -q . || fail "the run made no temporary file to clean up (SIG$signal)"
    kill -"$signal" "$run"
    wait "$run" && fail "the run was not stopped by SIG$signal"
    [ -z "$(ls -A tmp)" ] || fail "SIG$signal left $(ls -A tmp) in \$TMPDIR"
    ! ls -a | grep -q '\.tmp-' || fail "SIG$signal left $(ls -a | grep '\.tmp-') beside the report"
    [ ! -e report.md ] || fail "a report was written although the run was stopped"
done

# 253 bytes: the temporary name would be 265 bytes if it kept the whole name.
long=$(printf 'r%.0s' $(seq 1 250)).md
run_ipskit score "$REVIEW" -o "$long"
expect_status 0
[ -s "$long" ] || fail "the 253-byte name was not written"
! ls -a | grep -q '\.tmp-' || fail "a temporary file was left beside the long name"
