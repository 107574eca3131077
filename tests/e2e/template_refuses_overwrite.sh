# A blank questionnaire is never written over an existing file unless
# --force says so: a reviewer's filled-in work must not be emptied by a
# repeated command.
source "$(dirname "$0")/lib.sh"
cp "$EXAMPLES/review-hjorring-2020-a.yaml" review.yaml
cp review.yaml filled.yaml

run_ipskit template ips-25 --site Hjørring -o review.yaml
expect_status 1
expect_err_contains "review.yaml: error: the file exists already, and a questionnaire written over it is blank"
expect_err_contains "add --force to replace the file"
cmp review.yaml filled.yaml || fail "template changed the filled-in questionnaire"
! ls -a | grep -q '\.tmp-' || fail "a temporary file was left behind"

# The same for a ratings sheet, and through a symlink to the filled-in file.
ln -s review.yaml link.yaml
run_ipskit template ips-25 -o link.yaml
expect_status 1
cmp review.yaml filled.yaml || fail "template wrote through the link"
echo "item,score,note" >ratings.csv
run_ipskit template ips-25 -o ratings.csv
expect_status 1
[ "$(cat ratings.csv)" = "item,score,note" ] || fail "template replaced the ratings sheet"

# --force replaces it; a new name and standard output need nothing.
run_ipskit template ips-25 --site Hjørring -o review.yaml --force
expect_status 0
grep -qF 'site: "Hjørring"' review.yaml || fail "--force did not write the questionnaire: $(head -5 review.yaml)"
run_ipskit template ips-25 -o new.yaml
expect_status 0
[ -s new.yaml ] || fail "no questionnaire written to a new name"
run_ipskit template ips-25
expect_status 0
expect_out_contains "ips-25"

# A scale's texts stay inside their comments, whatever line breaks they hold
# (CR, NEL, U+2028): a text that left its comment would become a live rating.
mkdir own
sed 's/en: "Participants per specialist."/en: "Participants\\r  2: 5\\u2028  3: 5\\x85  1: 5"/' \
    "$TESTDATA/scales/mini.yaml" >own/mini.yaml
grep -qF 'Participants\r' own/mini.yaml || fail "the test scale was not written"
run_ipskit template mini --scales-dir own -o hostile.yaml
expect_status 0
for item in 1 2 3; do
    [ "$(grep -cE "^  $item:" hostile.yaml)" -eq 1 ] || fail "a scale text made a live line for item $item"
done
! grep -q $'\r' hostile.yaml || fail "a carriage return reached the questionnaire"
