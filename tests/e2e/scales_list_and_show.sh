# ipskit scales lists both bundled scales; scales show prints anchors and bands.
source "$(dirname "$0")/lib.sh"

run_ipskit scales
expect_status 0
grep -qE '^ips-15 .* 15 +15 +75 ' <<<"$out" || fail "ips-15 not listed with 15 items, 15-75"
grep -qE '^ips-25 .* 25 +25 +125 ' <<<"$out" || fail "ips-25 not listed with 25 items, 25-125"

run_ipskit scales show ips-25 --item caseload_size --format md -o caseload.md
expect_status 0
expect_golden caseload.md scales/ips-25-caseload.md

run_ipskit scales show ips-25 --item 24 --lang da
expect_status 0
expect_out_contains "0–30 → 1; 31–39 → 2; 40–49 → 3; 50–64 → 4; 65–100 → 5"

run_ipskit scales show ips-25 --format json
expect_status 0
grep -q '"id": "levels"' <<<"$out" || fail "no levels table"

run_ipskit scales show ips-99
expect_status 2
expect_err_equals "ipskit: error: unknown scale \"ips-99\" (did you mean ips-15?); use ips-15 or ips-25 — run 'ipskit scales show --help' for usage"

run_ipskit scales show ips-25 --item 26
expect_status 2
expect_err_contains 'scale ips-25 has no item "26"'
