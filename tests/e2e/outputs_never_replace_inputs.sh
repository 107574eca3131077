# No -o or --xlsx replaces a file the run has read, whichever option named
# it (a column map, a cluster map, a scale in --scales-dir), nor do -o and
# --xlsx name one file; a YAML input or column map read from a pipe or a
# device stops at its limit instead of filling memory.
source "$(dirname "$0")/lib.sh"
cat >cases.csv <<'CSV'
Forløb ID;Kommune;Startdato;Resultat;Resultatdato;Slutdato
F1;Hjørring;01-02-2020;Ordinært job;01-05-2020;01-06-2020
CSV
echo 'site: "Kommune"' >map.yaml
cp map.yaml map-original.yaml

# The column map.
run_ipskit outcomes cases.csv --columns map.yaml -o map.yaml
expect_status 1
expect_err_contains "map.yaml: error: the output file is one of the inputs (map.yaml)"
cmp map.yaml map-original.yaml || fail "outcomes replaced its column map"
run_ipskit outcomes cases.csv --columns map.yaml -o report.md --xlsx ./map.yaml
expect_status 1
cmp map.yaml map-original.yaml || fail "--xlsx replaced the column map"
expect_no_file report.md

# The scale file a review is scored on, read from --scales-dir.
mkdir own
cp "$TESTDATA/scales/mini.yaml" own/mini.yaml
cp own/mini.yaml mini-original.yaml
"$IPSKIT" template mini --scales-dir own --site X --reviewer Y --date 2020-01-01 |
    sed -e 's/^  1:$/  1: 4/' -e 's/^  2:$/  2: 3/' -e 's/^  3:$/  3: 5/' >review.yaml
run_ipskit score review.yaml --scales-dir own -o own/mini.yaml
expect_status 1
expect_err_contains "own/mini.yaml: error: the output file is one of the inputs"
cmp own/mini.yaml mini-original.yaml || fail "score replaced the scale file it read"

# A cluster map given to compare.
mkdir region
cp "$EXAMPLES/review-hjorring-2020-a.yaml" region/
printf 'Hjørring: Nord\n' >clusters.yaml
cp clusters.yaml clusters-original.yaml
run_ipskit compare region --clusters clusters.yaml --xlsx clusters.yaml
expect_status 1
cmp clusters.yaml clusters-original.yaml || fail "compare replaced its cluster map"

# -o and --xlsx naming one file would keep only one of the two.
run_ipskit outcomes cases.csv -o same.out --xlsx same.out
expect_status 2
expect_err_contains "ipskit: error: -o and --xlsx name the same file"
expect_no_file same.out

# Endless inputs stop at their limits, at once.
run_ipskit score /dev/zero
expect_status 1
expect_err_contains "/dev/zero: error: the file is over the limit of 16777216 bytes"
run_ipskit outcomes cases.csv --columns /dev/zero
expect_status 1
expect_err_contains "/dev/zero: error: the column map is over the limit of 1048576 bytes"
