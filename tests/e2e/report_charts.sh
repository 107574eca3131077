# ipskit report draws its charts itself: the HTML page holds the six, each
# parsing as XML with a <title>, with one bar per item (and per item of the
# previous review), one point per review, one bar per outcome and group;
# their figures are the report's figures; the Markdown refers to each as an
# SVG file in report-figures/, which is written beside it and is the same
# chart. Two runs give the same bytes, and the page renders in Chromium.
source "$(dirname "$0")/lib.sh"
need python3 python3
CHECK="$IPSKIT_SOURCE_DIR/tests/e2e/html_check.py"

report=(report "$EXAMPLES/region/hjorring-2022.yaml" --previous "$EXAMPLES/region/hjorring-2021.yaml"
    --cases "$EXAMPLES/cases-region.csv" --year 2021 --by cluster --cohort --lang da)
run_ipskit "${report[@]}" --html report.html -o report.md
expect_status 0
python3 "$CHECK" page report.html da >/dev/null || fail "report.html is not a self-contained page"
[ "$(python3 "$CHECK" svgs report.html)" = "svgs: 6" ] || fail "report.html: $(python3 "$CHECK" svgs report.html)"

for id in item_profile section_means total_trend outcome_distribution share_by_group cohort_curve; do
    grep -qF "](report-figures/$id.svg)" report.md || fail "report.md does not refer to $id.svg"
    [ -s "report-figures/$id.svg" ] || fail "report-figures/$id.svg was not written"
done

python3 - report.html report.md report-figures <<'PY' || fail "the charts do not hold what the report says"
import re, sys, pathlib, xml.etree.ElementTree as ET
NS = "{http://www.w3.org/2000/svg}"
page, md, folder = open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], encoding="utf-8").read(), sys.argv[3]
charts = {}
for block in re.findall(r'<figure class="chart" id="figure-([a-z_]+)">\n(<svg\b.*?</svg>)', page, re.S):
    charts[block[0]] = ET.fromstring(block[1])
    # The file beside the Markdown is the same chart.
    assert pathlib.Path(folder, block[0] + ".svg").read_text(encoding="utf-8") == block[1] + "\n", block[0]
def texts(svg):
    return [t.text for t in svg.iter(NS + "text")]
def rects(svg, **attrs):
    return [r for r in svg.iter(NS + "rect") if all(r.get(k.replace("_", "-")) == v for k, v in attrs.items())]

profile = charts["item_profile"]
# 25 items of this review (shaded) and of the previous one (white, outlined), plus the legend.
outlined = rects(profile, fill="#ffffff", stroke_width="0.8")
assert len(outlined) == 25 + 1, len(outlined)
assert "Punktprofil" in texts(profile)
for number in range(1, 26):
    assert str(number) in texts(profile), number

# The item table's scores and changes are the profile's bar labels, in item order.
rows = re.findall(r"^\| \d+ \| [^|]+\| (\d) \| \d \| (-?\d+) \|", md, re.M)[:25]
assert len(rows) == 25, rows
want = [score + ("" if change == "0" else f" ({int(change):+})") for score, change in rows]
bold = [t.text for t in profile.iter(NS + "text") if t.get("font-weight") == "bold" and t.text[0].isdigit()]
assert bold == want, (bold, want)

trend = charts["total_trend"]
assert len(list(trend.iter(NS + "circle"))) == 2
for total in re.findall(r"^\| (?:2021|2022)-\d\d-\d\d \| (\d+) \|", md, re.M):
    assert total in texts(trend), total

distribution = charts["outcome_distribution"]
for outcome in ("Ordinært job", "Fleksjob", "Uddannelse", "Andet"):
    row = re.search(r"^\| " + outcome + r" \| (\d+) \| (\d+ %) \|", md, re.M)
    assert row, outcome
    assert f"{row.group(2)} ({row.group(1)})" in texts(distribution), (outcome, row.groups(), texts(distribution))

assert any(t.startswith("Mål ") for t in texts(charts["share_by_group"]))
assert "Måneder efter start" in texts(charts["cohort_curve"])
PY

run_ipskit "${report[@]}" --html again.html
cmp -s report.html again.html || fail "two runs gave different pages"

if command -v chromium >/dev/null; then
    export HOME="$SCRATCH"
    timeout 100 chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
        --user-data-dir="$SCRATCH/profile" --screenshot="$SCRATCH/page.png" --window-size=1240,1754 \
        "file://$SCRATCH/report.html" >/dev/null 2>&1 || fail "Chromium could not render report.html"
    python3 "$CHECK" png page.png >/dev/null || fail "the screenshot of report.html is blank"
fi
