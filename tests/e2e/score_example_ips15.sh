# The second bundled scale proves nothing about IPS-25 is in code: 15 items,
# total 5+4+4+3+4+5+4+4+5+3+4+3+5+4+4 = 61 of 75, fair fidelity (56-65);
# caseload 22 lies in IPS-15's band 0-25 = 5 (it would be 4 on IPS-25).
source "$(dirname "$0")/lib.sh"

run_ipskit score "$EXAMPLES/review-ips15.yaml" --format csv
expect_status 0
run_ipskit score "$EXAMPLES/review-ips15.yaml"
expect_status 0
expect_out_contains "Total 61 of 75 (15–75 possible): Fair fidelity (56–65)."
expect_out_contains "Reviewers:              Reviewer A, Reviewer B"
expect_out_contains "Review date:            2019-03-12"
grep -qE '^ 1  Staffing +Caseload size +5 +22$' <<<"$out" || fail "caseload 22 should score 5 on IPS-15"
