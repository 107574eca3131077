# consensus, trend and compare take questionnaire workbooks beside YAML ones,
# and give the same report as for the YAML the workbooks were made from
# (convert makes them; workbook_convert_round_trip.sh shows it loses nothing).
source "$(dirname "$0")/lib.sh"
A="$EXAMPLES/review-hjorring-2020-a.yaml"
B="$EXAMPLES/review-hjorring-2020-b.yaml"
REGION="$EXAMPLES/region"

"$IPSKIT" convert "$A" a.xlsx
"$IPSKIT" consensus "$A" "$B" -o from-yaml.yaml 2>/dev/null
run_ipskit consensus a.xlsx "$B" -o from-workbook.yaml
expect_status 0
expect_err_contains "19 of 25 items agreed; 6 left for the consensus meeting"
diff from-yaml.yaml from-workbook.yaml >&2 || fail "consensus of a.xlsx and b.yaml differs from that of the YAML"

mkdir region
for f in "$REGION"/*.yaml; do "$IPSKIT" convert "$f" "region/$(basename "$f" .yaml).xlsx"; done
"$IPSKIT" convert "$A" region/hjorring-2020.xlsx
# A lock file Excel leaves beside an open workbook is not a review.
printf 'lock' >'region/~$hjorring-2022.xlsx'

"$IPSKIT" trend "$A" "$REGION/hjorring-2021.yaml" "$REGION/hjorring-2022.yaml" --format csv -o yaml.csv
run_ipskit trend region/hjorring-2020.xlsx region/hjorring-2021.xlsx region/hjorring-2022.xlsx --format csv \
    -o workbook.csv
expect_status 0
diff yaml.csv workbook.csv >&2 || fail "trend of the workbooks differs"
tr -d '\r' <workbook.csv | grep -qx '2021-11-18,"Mette Lund, Søren Kjær (consensus)",106,1,Good fidelity' || fail "2021 total"

mkdir yaml-region && cp "$REGION"/*.yaml yaml-region/ && cp "$A" yaml-region/hjorring-2020.yaml
"$IPSKIT" compare yaml-region --latest --format csv -o yaml.csv
run_ipskit compare region --latest --format csv -o workbook.csv
expect_status 0
sed -i 's/\.yaml/.xlsx/g' yaml.csv
diff yaml.csv workbook.csv >&2 || fail "compare of the workbooks differs"
