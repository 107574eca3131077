# docs/reviews.md shows the example's real output; it must not go stale.
source "$(dirname "$0")/lib.sh"
DOC="$IPSKIT_SOURCE_DIR/docs/reviews.md"

# The text block that follows the command in the document.
awk '/^ipskit score examples\/review-hjorring-2020-a.yaml$/ { found = 1; next }
     found && /^```text$/ { inside = 1; next }
     inside && /^```$/ { exit }
     inside { print }' "$DOC" >shown.txt
cd "$IPSKIT_SOURCE_DIR"
run_ipskit score examples/review-hjorring-2020-a.yaml
cd "$SCRATCH"
[ -s shown.txt ] || fail "docs/reviews.md has no output after the score command"
printf '%s\n' "$out" | diff -u shown.txt - >&2 || fail "docs/reviews.md shows other output than ipskit prints now"
