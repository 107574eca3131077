# --clusters on outcomes and report: each attribute of the cluster map is a
# --by group, the map's cluster fills an extract without one and wins over
# the extract's, a site the map lacks is counted as not given and named in a
# warning, and a name that is neither a field nor an attribute is refused.
# The figures are checked against Python's count of the same extract.
source "$(dirname "$0")/lib.sh"
D="$TESTDATA/cluster-attributes"
CASES="$D/cases.csv"
MAP="$D/clusters.yaml"
CHECK="/usr/bin/python3 $IPSKIT_SOURCE_DIR/tests/e2e/cluster_attributes_expected.py"

# --by model, --by cluster model (subtotals), --by model site, --by cluster:
# every group and subtotal as Python counts them (the extract has no cluster column).
for fields in "model" "cluster model" "model site" "cluster"; do
    run_ipskit outcomes "$CASES" --year 2022 --clusters "$MAP" --by $fields --format json -q -o by.json
    expect_status 0
    $CHECK "$CASES" by.json 2022 $fields >/dev/null || fail "--by $fields differs from Python's count"
done

# The table as an analyst reads it: the column headed as the map spells the
# attribute; Faxe (no model) and Odsherred, Holbaek (not in the map) not given.
run_ipskit outcomes "$CASES" --year 2022 --clusters "$MAP" --by model --format csv -o model.csv
expect_status 0
# The closed courses by group: columns 10 and 11 are the total and job or education.
closed_by_group() {
    awk -F, '/by outcome and group/ { on = 1; n = 0; next } on && !/[[:alnum:]]/ { exit }
             on && ++n > 1 { printf "%s=%s/%s ", $1, $10, $11 }' "$1"
}
sed -n '/by outcome and group/{n;p;}' model.csv | grep -q '^model,' || fail "the attribute's column is not headed as the map spells it"
[ "$(closed_by_group model.csv)" = "(not given)=5/3 Holbæk=2/1 Kalundborg=3/1 Slagelse=8/5 Total=18/10 " ] ||
    fail "--by model counts: $(closed_by_group model.csv)"
expect_err_contains "cases.csv: warning: site 'Holbaek' has 1 course in the extract but is not in the cluster map (did you mean Holbæk?)"
expect_err_contains "site 'Odsherred' has 2 courses in the extract but is not in the cluster map"
expect_err_contains "clusters.yaml: warning: site 'Faxe' has courses but no 'model' in the cluster map; they are counted as (not given)"
! grep -q "no breakdown by cluster" "$SCRATCH/.stderr" || fail "warned of a cluster column the map makes up for"

# The map's cluster wins over the extract's, with a warning; a cluster in
# other case (Slagelse: vest) is the same cluster and not warned about.
run_ipskit outcomes "$D/cases-with-clusters.csv" --year 2022 --as-of 2022-12-31 --clusters "$MAP" --by cluster \
    --format csv -o cluster.csv
expect_status 0
[ "$(closed_by_group cluster.csv)" = "Øst=3/2 Vest=2/2 Total=5/4 " ] || fail "the map's cluster: $(closed_by_group cluster.csv)"
expect_err_contains "clusters.yaml: warning: the extract gives site 'Køge' the cluster 'Vest' on 2 rows, the cluster map 'Øst'"
! grep -q "Slagelse' the cluster" "$SCRATCH/.stderr" || fail "a cluster in other case counted as another"

# An unknown name: with the map, its attributes are listed; exit 2, nothing written.
run_ipskit outcomes "$CASES" --year 2022 --clusters "$MAP" --by modle -o bad.md
expect_status 2
expect_err_contains '--by: unknown group field "modle"; use site, cluster, target_group, consultant or year (in Danish kommune, klynge, målgruppe, konsulent, år), or an attribute of the cluster map: model, region_part (did you mean model?)'
expect_no_file bad.md
run_ipskit outcomes "$CASES" --year 2022 --by model -o bad.md
expect_status 2
expect_err_contains '--by: unknown group field "model"; use site, cluster, target_group, consultant or year (in Danish kommune, klynge, målgruppe, konsulent, år)'
expect_no_file bad.md

# Danish: the attribute as the map spells it, the Danish word for not given,
# the warnings in Danish; the figures those of English.
run_ipskit outcomes "$CASES" --year 2022 --clusters "$MAP" --by klynge model --lang da
expect_status 0
expect_out_contains "Klynge"
printf '%s\n' "$out" | grep -E '^Vest +Slagelse +2 ' >/dev/null || fail "Danish: Vest / Slagelse"
printf '%s\n' "$out" | grep -E '^Øst +\(ikke angivet\) ' >/dev/null || fail "Danish: Faxe's model not given"
expect_err_contains "stedet 'Odsherred' har 2 forløb i udtrækket, men findes ikke i klyngefilen"
run_ipskit outcomes "$CASES" --year 2022 --clusters "$MAP" --by modle --lang da
expect_status 2
expect_err_contains 'eller en egenskab i klyngefilen: model, region_part (mente du model?)'

# Several periods, and report: the same groups, one JSON object per group and period.
run_ipskit outcomes "$CASES" --years 2021..2022 --clusters "$MAP" --by model --format json -q -o years.json
expect_status 0
/usr/bin/python3 - years.json <<'PY' || fail "--years by model"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
keys = {(g["by"]["period"], g["by"]["model"]) for g in d["groups"] if not g["total"]}
assert ("2022", "Slagelse") in keys and ("2021", "Slagelse") in keys, keys
PY
run_ipskit report --cases "$CASES" --year 2022 --clusters "$MAP" --by model -q -o report.md
expect_status 0
grep -qF '### Outcomes by model: number' report.md || fail "report by model"
grep -qF '| Outcome | (not given) | Holbæk | Kalundborg | Slagelse | Total |' report.md || fail "report's model columns"
grep -qF '| **Total** | **5** | **2** | **3** | **8** | **18** |' report.md || fail "report's closed courses by model"

# An attribute named as a --by field or as the period would be shadowed, or
# clash with the period in the JSON: the map is refused where it says so.
printf 'Køge: {cluster: Øst, period: A}\nFaxe: {klynge: Øst, år: 2020, model: X}\n' >reserved.yaml
run_ipskit outcomes "$CASES" --year 2022 --clusters reserved.yaml --by model -o reserved.md
expect_status 1
expect_err_contains "reserved.yaml:1:22: error: 'period' cannot name an attribute: the tables and the JSON use it for the period"
expect_err_contains "reserved.yaml:2:21: error: 'år' cannot name an attribute: --by år already names one of ipskit's own groupings"
expect_no_file reserved.md
