# The kind of review in the reviewer's workbook is picked by its words in the
# workbook's language ("guidet selvvurdering"), not by the YAML ids, and
# reads back from the words of either language, in any case, and from the
# ids; a YAML questionnaire converted to a workbook and back keeps its kind.
source "$(dirname "$0")/lib.sh"
need /usr/bin/python3 python3
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || need openpyxl-module python3-openpyxl
FILL="$IPSKIT_SOURCE_DIR/tests/e2e/workbook_fill.py"

# The drop-down in each language.
for lang in da en; do
    run_ipskit template ips-25 --xlsx "template-$lang.xlsx" --lang $lang --site "Ærø Kommune" --reviewer Søren
    expect_status 0
done
/usr/bin/python3 - template-da.xlsx template-en.xlsx <<'PY' || fail "the drop-downs do not show the words"
import sys, openpyxl
for path, words in zip(sys.argv[1:], ('"ekstern vurdering,guidet selvvurdering,selvvurdering"',
                                      '"external review,guided self-assessment,self-assessment"')):
    sheet = openpyxl.load_workbook(path).worksheets[0]
    lists = {v.formula1 for v in sheet.data_validations.dataValidation}
    assert words in lists, (path, lists)
PY

# What a reviewer may leave in the cell, and the kind it is.
check_kind() {  # check_kind TEMPLATE WRITTEN EXPECTED_ID
    /usr/bin/python3 "$FILL" "$1" filled.xlsx all=3 "review_type=$2"
    "$IPSKIT" convert filled.xlsx filled.yaml --lang en --force
    grep -qx "review_type: $3" filled.yaml || fail "'$2' in $1: $(grep review_type filled.yaml || echo none)"
}
# (the other spellings: tests/unit/test_review_type_words.cpp)
check_kind template-da.xlsx "Guidet selvvurdering " guided_self_assessment
check_kind template-en.xlsx "selvvurdering" self_assessment  # Danish words in an English workbook
check_kind template-en.xlsx "external" external              # the YAML id

# YAML -> Danish workbook -> YAML: the cell shows the words, the YAML keeps the id.
/usr/bin/python3 "$FILL" template-en.xlsx filled.xlsx all=3 review_type=self_assessment
"$IPSKIT" convert filled.xlsx start.yaml
run_ipskit convert start.yaml da.xlsx --lang da
expect_status 0
/usr/bin/python3 - da.xlsx <<'PY' || fail "the Danish workbook does not show the kind in words"
import sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
row = next(r for r in sheet.iter_rows() if r[0].value == "review_type")
assert row[4].value == "selvvurdering", row[4].value
PY
"$IPSKIT" convert da.xlsx back.yaml
diff start.yaml back.yaml >&2 || fail "the round trip changed the questionnaire"

# A word that names no kind, in Danish.
/usr/bin/python3 "$FILL" template-da.xlsx bad.xlsx all=3 "review_type=intern vurdering"
run_ipskit score bad.xlsx --lang da -o never.md
expect_status 1
expect_err_contains "'intern vurdering' er ikke en slags vurdering — vælg ekstern vurdering, guidet selvvurdering eller selvvurdering på cellens liste"
expect_no_file never.md
