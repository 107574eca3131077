# The fidelity review report of Hjørring 2022 with the two earlier reviews,
# as the site receives it, in English and in Danish. Figures counted by hand
# from the files: totals 105 (2020), 106 (2021), 110 (2022), +4 since 2021;
# items 1, 5, 12 and 24 went up one point each, none down; 2021's priorities
# were 6 (1, no fit, still 1: unchanged) and 24 (3, now 4: met); the one
# priority now is 6, with its next anchor (2) as target.
source "$(dirname "$0")/lib.sh"
Y2020="$EXAMPLES/review-hjorring-2020-a.yaml"
Y2021="$EXAMPLES/region/hjorring-2021.yaml"
Y2022="$EXAMPLES/region/hjorring-2022.yaml"

run_ipskit report "$Y2022" --previous "$Y2020" "$Y2021" -o report.md
expect_status 0
expect_golden report.md report/fidelity-hjorring-2022.md
grep -qF 'That is 4 points more than at the previous review on 2021-11-18 (106, Good fidelity). 4 items scored higher and none lower.' report.md ||
    fail "change since the previous review"
grep -qF '| 24 | Community-based services | 3 | 4 | met |' report.md || fail "priority 24 met"
grep -qF '| 6 | Collaboration between employment specialists and vocational rehabilitation counsellors | 1 | 1 | unchanged |' report.md ||
    fail "priority 6 unchanged"
# The caveat once, in the method section, not in the item tables.
[ "$(grep -c 'to_check in ips-25.yaml' report.md)" = 1 ] || fail "the to_check caveat is not there exactly once"

run_ipskit report "$Y2022" --previous "$Y2021" "$Y2020" --lang da -o rapport.md
expect_status 0
expect_golden rapport.md report/fidelity-hjorring-2022-da.md

# The same inputs give the same bytes, whatever the order of --previous.
mkdir -p again
run_ipskit report "$Y2022" --previous "$Y2021" "$Y2020" -o again/report.md
cmp -s report.md again/report.md || fail "two runs differ"
for chart in report-figures/*.svg; do cmp -s "$chart" "again/$chart" || fail "$chart differs between two runs"; done

# Headings form an outline: no level is skipped on the way down.
awk '/^#+ /{ n = length($1); if (n > last + 1) { print "skip at: " $0; bad = 1 } last = n } END { exit bad }' report.md ||
    fail "a heading skips a level"

# An earlier review must be earlier.
run_ipskit report "$Y2021" --previous "$Y2022"
expect_status 1
expect_err_contains "hjorring-2022.yaml: error: the review of 2022-11-10 is not earlier than the review reported on (2021-11-18)"

# The charts go beside the Markdown, one SVG each, valid XML with their
# text as text; the same bytes on a second run.
for chart in item_profile section_means total_trend; do
    [ -s "report-figures/$chart.svg" ] || fail "no $chart.svg beside report.md"
    grep -qF "](report-figures/$chart.svg)" report.md || fail "report.md does not show $chart.svg"
done
python3 - <<'PY' || fail "an SVG does not parse, or lacks its labels"
import xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
texts = lambda name: [t.text or "" for t in ET.parse(f"report-figures/{name}.svg").iter(ns + "text")]
assert any("Community-based services" in t or "24" in t for t in texts("item_profile"))
assert any("110" in t for t in texts("total_trend")) and any("106" in t for t in texts("total_trend"))
PY
# On standard output there is no folder beside it: the charts are left out, not linked.
run_ipskit report "$Y2022" --previous "$Y2021"
expect_status 0
if grep -qF '![' <<<"$out"; then fail "standard output links to charts it did not write"; fi

# Nothing to report on, and a report.yaml with a mistake, are refused with what to do.
run_ipskit report
expect_status 1
expect_err_contains "error: nothing to report on — give a review, --cases with an extract, or both"
printf 'gain_per_course: lots\n' >report.yaml
rm -rf out && mkdir out
run_ipskit report "$Y2022" --config report.yaml -o out/report.md
expect_status 1
expect_err_contains "report.yaml:1:18: error:"
expect_no_file out/report.md
