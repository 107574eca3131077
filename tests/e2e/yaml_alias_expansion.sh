# A small YAML file whose aliases repeat a large anchor is refused at the
# alias that crosses the limit, in bounded memory and time: every reader
# copies each use of an alias, so 200 uses of a 100 kB note would be 20 MB.
source "$(dirname "$0")/lib.sh"
python3 - <<'PY'
note = "x" * 100_000
with open("aliases.yaml", "w") as f:
    f.write(f"note: &big '{note}'\n")
    f.write("copies: [" + ", ".join(["*big"] * 200) + "]\n")
PY
[ "$(wc -c <aliases.yaml)" -lt 200000 ] || fail "the test file is larger than meant"
run_ipskit score aliases.yaml
expect_status 1
expect_err_contains "aliases.yaml:2:"
expect_err_contains "error: this is not valid YAML: the aliases would repeat over 16777216 bytes of the document"
# A few aliases of a small anchor are fine as far as YAML goes.
printf 'scale: &s ips-25\nsite: Nord\nreviewer: *s\n' >few.yaml
run_ipskit score few.yaml
expect_status 1
! grep -q "aliases would repeat" "$SCRATCH/.stderr" || fail "a few small aliases were refused"
