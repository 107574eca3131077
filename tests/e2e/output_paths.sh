# -o and --xlsx write what the path names without damaging it: a symlink's
# target (the link stays), a character device or FIFO written through (never
# replaced by a regular file), /dev/stdout as standard output; a folder is
# refused; a failed write to standard output exits 1 with a message.
source "$(dirname "$0")/lib.sh"
REVIEW="$EXAMPLES/review-hjorring-2020-a.yaml"
run_ipskit score "$REVIEW" -o expected.md
expect_status 0

# A symlink: its target is written, in the target's folder; the link stays.
mkdir reports
ln -s reports/real.md link.md
run_ipskit score "$REVIEW" -o link.md
expect_status 0
[ -L link.md ] || fail "the symlink was replaced by a regular file"
cmp reports/real.md expected.md || fail "the symlink's target does not hold the report"
! ls -a . reports | grep -q '\.tmp-' || fail "a temporary file was left behind"
# ... also when the target exists already, and through a relative chain.
ln -s link.md link2.md
run_ipskit score "$REVIEW" -o link2.md --xlsx link.xlsx
expect_status 0
[ -L link2.md ] && [ -L link.md ] || fail "a link in the chain was replaced"
cmp reports/real.md expected.md || fail "the chain's target does not hold the report"

# /dev/stdout is standard output.
run_ipskit score "$REVIEW" -o /dev/stdout --format md
expect_status 0
cmp "$SCRATCH/.stdout" expected.md || fail "-o /dev/stdout did not print the report"

# A FIFO is written through: the reader gets the report, the FIFO stays.
mkfifo pipe.md
cat pipe.md >from-pipe.md &
reader=$!
run_ipskit score "$REVIEW" -o pipe.md --format md
expect_status 0
wait "$reader"
[ -p pipe.md ] || fail "the FIFO was replaced"
cmp from-pipe.md expected.md || fail "the FIFO's reader did not get the report"

# A character device is written through and stays a device. As root a copy
# of /dev/null is made here, so that a regression damages nothing outside.
if [ "$(id -u)" -eq 0 ] && mknod null c 1 3 2>/dev/null; then
    device=$SCRATCH/null
else
    device=/dev/null
fi
run_ipskit score "$REVIEW" -o "$device" --format md --xlsx "$device"
expect_status 0
[ -c "$device" ] || fail "$device is no longer a character device"
[ -c /dev/null ] || fail "/dev/null is no longer a character device"

# A folder is refused, and nothing is written into it.
mkdir out
run_ipskit score "$REVIEW" -o out
expect_status 1
expect_err_contains "out: error: the output path is a folder"
[ -z "$(ls -A out)" ] || fail "something was written into the folder"
run_ipskit score "$REVIEW" -o report.md --xlsx out
expect_status 1
expect_err_contains "the output path is a folder"
expect_no_file report.md

# A full disk on standard output is an error, not a quiet success.
if [ -c /dev/full ]; then
    status=0
    "$IPSKIT" score "$REVIEW" >/dev/full 2>err.txt || status=$?
    [ "$status" -eq 1 ] || fail "writing to /dev/full exited $status, not 1"
    grep -qF "standard output: error: cannot write the output file" err.txt || fail "no message: $(cat err.txt)"
    run_ipskit score "$REVIEW" -o /dev/full
    expect_status 1
    expect_err_contains "/dev/full: error: cannot write the output file"
    [ -c /dev/full ] || fail "/dev/full is no longer a character device"
fi
