# --lang da: every label Danish, the items' Danish names, Danish decimal commas.
source "$(dirname "$0")/lib.sh"

run_ipskit score "$EXAMPLES/review-hjorring-2020-a.yaml" --lang da -o rapport.md
expect_status 0
expect_golden rapport.md score/hjorring-2020-a.da.md
grep -q 'Samlet score 105 af 125' rapport.md || fail "no Danish summary"
grep -q '| I alt \*\*' rapport.md || grep -q '\*\*I alt\*\*' rapport.md || fail "no Danish total row"
grep -q '4,20' rapport.md || fail "no decimal comma"
! grep -q 'Item scores\|Strengths\|Section' rapport.md || fail "an English label is left"
