# Four sites in two clusters: the region directory holds two Hjørring reviews,
# so it is refused without --latest. Totals by hand: Aalborg 87, Frederikshavn
# 108, Hjørring 110 (2022), Thisted 74; Nord (Frederikshavn, Hjørring) mean
# 109.0, Vest (Aalborg, Thisted) 80.5; the weakest item is 6 (no fit at every
# site: mean 1.00, 4 sites at 3 or less), then 17 (4, 2, 3, 2: mean 2.75, 3 sites)
# ahead of 24 (4, 2, 3, 2: the same mean and count, a later item).
source "$(dirname "$0")/lib.sh"
REGION="$EXAMPLES/region"

run_ipskit compare "$REGION" -o refused.md
expect_status 1
expect_err_contains "are both reviews of site 'Hjørring'"
expect_err_contains "--latest"
expect_no_file refused.md

run_ipskit compare "$REGION" --latest --format csv -o compare.csv
expect_status 0
sed -i 's/\r$//' compare.csv  # CSV lines end in CR LF; compare them without the CR
grep -q '^Hjørring,Nord,2022-11-10,5,5,5,' compare.csv || fail "Hjørring's latest review is not 2022's"
grep -q ',110,Good fidelity,hjorring-2022.yaml$' compare.csv || fail "Hjørring total, from its 2022 file"
grep -q '^Thisted,Vest,.*,74,Rimelig\|^Thisted,Vest,.*,74,Fair fidelity,thisted-2022.yaml$' compare.csv || fail "Thisted total"
grep -q '^Nord,2,109.0,' compare.csv || fail "Nord mean"
grep -q '^Vest,2,80.5,' compare.csv || fail "Vest mean"
sed -n '/^Item,Name,Mean/,$p' compare.csv | sed -n 2,4p | cut -d, -f1,3,4 | tr '\n' ' ' | grep -qx '6,1.00,4 17,2.75,3 24,2.75,3 ' ||
    fail "the weakest items are not 6, 17, 24: $(sed -n '/^Item,Name,Mean/,$p' compare.csv | sed -n 2,4p)"

run_ipskit compare "$REGION" --latest -o compare.md --xlsx compare.xlsx
expect_status 0
expect_golden compare.md reviewers/compare-region.md
# Read whole sheets first: grep -q closing the pipe early would fail unzip under pipefail.
matrix_sheet=$(unzip -p compare.xlsx xl/worksheets/sheet2.xml)
other_sheet=$(unzip -p compare.xlsx xl/worksheets/sheet3.xml)
grep -q '<colorScale>' <<<"$matrix_sheet" || fail "the matrix is not coloured by score"
grep -q '<colorScale>' <<<"$other_sheet" && fail "a sheet other than the matrix is coloured"

# A cluster map wins over the reviews' own cluster.
run_ipskit compare "$REGION" --latest --clusters "$TESTDATA/reviewers/clusters.yaml" --format csv -o mapped.csv
expect_status 0
sed -i 's/\r$//' mapped.csv  # CSV lines end in CR LF; compare them without the CR
grep -q '^Midt,2,80.5,' mapped.csv || fail "the cluster map was not applied"

# Files work as well as directories, and Danish labels.
run_ipskit compare "$REGION/aalborg-2022.yaml" "$REGION/thisted-2022.yaml" --lang da
expect_status 0
expect_out_contains "Fidelitet på tværs af 2 steder"
