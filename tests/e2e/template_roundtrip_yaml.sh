# template -> fill in -> score, with a YAML questionnaire. The template holds
# every item with its anchors as comments; filled in with 3s everywhere except
# the caseload given as a figure (18 -> 5) it scores 24 x 3 + 5 = 77, fair.
source "$(dirname "$0")/lib.sh"

run_ipskit template ips-25 --site "Sted, \"A\"" --reviewer R --date 04.05.2021 -o review.yaml
expect_status 0
[ -z "$out" ] || fail "-o should leave stdout empty"
grep -q '^site: "Sted, \\"A\\""$' review.yaml || fail "site not quoted"
grep -q '^review_date: "2021-05-04"$' review.yaml || fail "date not normalised"
grep -q '^  #    5 = 20 or fewer active participants per full-time specialist\.$' review.yaml || fail "no anchors"
grep -q '^  #      weekly_team_meetings: ' review.yaml || fail "no elements to tick"
[ "$(grep -c '^  [0-9]*:$' review.yaml)" -eq 25 ] || fail "not every item is there"

sed -i -e 's/^  1:$/  1: { value: 18 }/' -e 's/^  \([0-9]*\):$/  \1: 3/' review.yaml
run_ipskit score review.yaml
expect_status 0
expect_out_contains "Total 77 of 125 (25–125 possible): Fair fidelity (74–99)."

run_ipskit template ips-25 --lang da
expect_status 0
expect_out_contains "# Bedømmerskema for IPS-fidelitetsskalaen"
expect_out_contains "  # 1. Antal deltagere pr. IPS-konsulent"

# A bad date is a bad option value: a usage error, as in every command.
run_ipskit template ips-25 --date 31-02-2021 -o never.yaml
expect_status 2
expect_err_equals "ipskit: error: --date: 31-02-2021 is not a date (February 2021 has 28 days); correct the date — run 'ipskit template --help' for usage"
expect_no_file never.yaml
