# The command frame: help, version, usage errors and their exit codes.
source "$(dirname "$0")/lib.sh"

run_ipskit --version
expect_status 0
[ "$out" = "ipskit $(sed -n 's/^  VERSION \(.*\)$/\1/p' "$IPSKIT_SOURCE_DIR/CMakeLists.txt")" ] || fail "version differs from CMakeLists.txt"

run_ipskit --help
expect_status 0
expect_out_contains "Usage: ipskit"
expect_out_contains "Exit codes: 0 ok, 1 input rejected, 2 usage error, 3"

run_ipskit
expect_status 2
expect_err_contains "ipskit: error:"
expect_err_contains "run 'ipskit --help' for usage"

run_ipskit --no-such-option
expect_status 2
expect_err_contains "ipskit: error:"

# Every subcommand answers --help with its own usage and exit code 0.
for command in $("$IPSKIT" --help | awk '/^Subcommands:/{f=1;next} f&&/^  [a-z]/{print $1}'); do
    run_ipskit "$command" --help
    expect_status 0
    expect_out_contains "Usage: "
    expect_out_contains "$command"
done
