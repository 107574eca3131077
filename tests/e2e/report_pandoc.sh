# The report is CommonMark with GFM tables that pandoc turns into Word and
# HTML without a warning: 'pandoc report.md -o report.docx' is the way to Word.
source "$(dirname "$0")/lib.sh"
need pandoc pandoc
need rsvg-convert librsvg2-bin   # pandoc turns the SVG charts into PNG for Word with it

run_ipskit report "$EXAMPLES/region/hjorring-2022.yaml" --previous "$EXAMPLES/region/hjorring-2021.yaml" \
    --cases "$EXAMPLES/cases-region.csv" --year 2021 --by site --cohort --suppress-below 5 --lang da -o report.md
expect_status 0
for target in report.docx report.html; do
    pandoc --fail-if-warnings -f commonmark_x report.md -o "$target" 2>pandoc.err || fail "pandoc failed on $target: $(cat pandoc.err)"
    [ ! -s pandoc.err ] || fail "pandoc warns making $target: $(cat pandoc.err)"
    [ -s "$target" ] || fail "pandoc wrote no $target"
done
# As the README says it, without options.
pandoc report.md -o plain.docx 2>pandoc.err || fail "pandoc report.md -o report.docx failed"
[ ! -s pandoc.err ] || fail "pandoc warns: $(cat pandoc.err)"
# Every table came through as a table, with the Danish text intact.
tables=$(grep -c '^| ---\|^| ---:' report.md)
[ "$(grep -o '<table' report.html | wc -l)" = "$tables" ] || fail "HTML has not the $tables tables of the Markdown"
grep -qF 'Samfundsøkonomisk skøn' report.html || fail "the estimate's heading is missing from the HTML"
