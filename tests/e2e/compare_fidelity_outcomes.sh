# ipskit compare --cases: Region Sjælland's 13 sites, each one's latest
# consensus review beside its outcomes in 2022 (tests/data/fidelity-outcomes,
# made by make_data.py). Every figure is checked against
# fidelity_outcomes_check.py, which computes them from the same files
# without ipskit; Holbæk's share is set far below its fidelity and must be
# flagged. Ringsted has one reviewer's questionnaire of the same day as the
# consensus, which must not be the one used.
source "$(dirname "$0")/lib.sh"
DATA="$TESTDATA/fidelity-outcomes"
CHECK="$IPSKIT_SOURCE_DIR/tests/e2e/fidelity_outcomes_check.py"
SCALE="$IPSKIT_SOURCE_DIR/scales/ips-25.yaml"

run_ipskit compare "$DATA/reviews-all" --cases "$DATA/cases.csv" --year 2022 --clusters "$DATA/clusters.yaml" \
    --format json -o region.json
expect_status 0
python3 "$CHECK" "$DATA/reviews-all" "$DATA/cases.csv" 2022 "$SCALE" 5 <region.json >check.txt ||
    fail "the figures differ from the independent computation"
grep -q "13 sites, rho 0.3736, flagged \['holbæk'\]" check.txt || fail "unexpected check: $(cat check.txt)"
python3 - region.json <<'PY' || fail "the JSON rows lack the map's model or the consensus"
import json, sys
rows = {r["site"]: r for r in next(t for t in json.load(open(sys.argv[1]))["tables"] if t["id"] == "fidelity_outcomes")["rows"]}
assert rows["Kalundborg"]["model"] == "Kalundborg" and rows["Køge"]["cluster"] == "Øst", rows["Kalundborg"]
assert rows["Ringsted"]["total"] == 101, rows["Ringsted"]["total"]  # the consensus, not the 92 of one reviewer
assert rows["Holbæk"]["flag"] == "below" and rows["Holbæk"]["flag_label"] == "Lower than its fidelity predicts"
PY

# The report read as prose, in English and Danish.
run_ipskit compare "$DATA/reviews-all" --cases "$DATA/cases.csv" --year 2022 --clusters "$DATA/clusters.yaml" -o region.md
expect_status 0
sed -n '/^## Fidelity beside outcomes/,$p' region.md >beside.md
expect_golden beside.md compare/fidelity-outcomes-en.md
run_ipskit compare "$DATA/reviews-all" --cases "$DATA/cases.csv" --year 2022 --clusters "$DATA/clusters.yaml" \
    --lang da -o region-da.md
expect_status 0
sed -n '/^## Fidelitet og resultater/,$p' region-da.md >beside-da.md
expect_golden beside-da.md compare/fidelity-outcomes-da.md

# Stevns has courses and no review: an error naming it, and nothing written.
run_ipskit compare "$DATA/reviews" --cases "$DATA/cases.csv" --year 2022 -o refused.md
expect_status 1
expect_err_contains "cases.csv: error: site 'Stevns' has courses in the extract but no review"
expect_err_contains "give --allow-unmatched"
expect_no_file refused.md
IPSKIT_LANG=da run_ipskit compare "$DATA/reviews" --cases "$DATA/cases.csv" --year 2022
expect_status 1
expect_err_contains "fejl: stedet 'Stevns' har forløb i udtrækket, men ingen vurdering"

# With --allow-unmatched the other twelve are compared and Stevns is listed.
run_ipskit compare "$DATA/reviews" --cases "$DATA/cases.csv" --year 2022 --allow-unmatched --format json -o twelve.json
expect_status 0
expect_err_contains "warning: site 'Stevns' has courses in the extract but no review"
python3 "$CHECK" "$DATA/reviews" "$DATA/cases.csv" 2022 "$SCALE" 5 <twelve.json >/dev/null ||
    fail "the twelve sites' figures differ from the independent computation"
grep -q '"found_in": "extract"' twelve.json || fail "Stevns is not listed as in the extract only"

# A review whose site the extract does not have, spelt close to one it has.
cp "$DATA"/reviews/*.yaml .
sed -i 's/^site: Næstved$/site: Næsted/' naestved-2021-12-07.yaml naestved-2021-04-20.yaml
run_ipskit compare . --cases "$DATA/cases.csv" --year 2022 --allow-unmatched
expect_status 0
expect_err_contains "naestved-2021-12-07.yaml: warning: site 'Næsted' has a review but no course in the extract (did you mean Næstved?)"

# Five sites: the correlation is given, with a warning and a note.
mkdir five
cp "$DATA"/reviews/{faxe,holbaek,koege,lolland,slagelse}-2021-12-07.yaml five/
run_ipskit compare five --cases "$DATA/cases.csv" --year 2022 --allow-unmatched --format json -o five.json
expect_status 0
expect_err_contains "warning: the rank correlation rests on 5 sites, fewer than 10"
grep -q "Only 5 sites, fewer than 10" five.json || fail "the report does not say that 5 sites are few"
python3 "$CHECK" five "$DATA/cases.csv" 2022 "$SCALE" 5 <five.json >/dev/null || fail "five sites' figures differ"

# The options of the extract need --cases.
run_ipskit compare "$DATA/reviews" --year 2022
expect_status 2
expect_err_contains "--year requires --cases"
