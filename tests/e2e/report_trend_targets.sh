# The trend chart of `report --years --targets`: each group's panel draws
# its own share target from targets.yaml as the dashed line, with its value
# beside it, and the key says "Target of each group"; with no group of its
# own target the key gives the one target. The line's height is checked
# against the panel's own 0 % and 100 % grid lines, read from the SVG.
# The first point's figure must stay clear of the tick labels left of the plot.
source "$(dirname "$0")/lib.sh"
CASES="$TESTDATA/periods/cases.csv"

# Køge 60 %, Holbæk 50 %; Solrød has a volume only and the total none: --target.
run_ipskit report --cases "$CASES" --years 2020..2022 --by site --targets "$TESTDATA/periods/targets.yaml" \
    --target 40 -o own.md
expect_status 0
printf 'kommuner:\n  Køge: { startede_pr_aar: 12 }\n' >volumes.yaml
run_ipskit report --cases "$CASES" --years 2020..2022 --by site --targets volumes.yaml --target 40 -o one.md
expect_status 0
run_ipskit report --cases "$CASES" --years 2020..2022 --by site --targets "$TESTDATA/periods/targets.yaml" \
    --target 40 --lang da -o da.md
expect_status 0

python3 - own-figures/share_trend.svg one-figures/share_trend.svg da-figures/share_trend.svg <<'PY' ||
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"


def panels(path):
    """Each panel's name, its 0 % and 100 % grid lines' y, its dashed lines,
    the value beside them, and its point labels, in the SVG's order."""
    root = ET.parse(path).getroot()
    found, current, last_line = [], None, None
    key = None
    for el in root.iter():
        tag = el.tag.replace(NS, "")
        if tag == "text" and el.get("font-size") == "11" and float(el.get("y")) > 80:
            current = {"name": el.text, "grid": {}, "targets": [], "labels": [], "values": []}
            found.append(current)
        elif tag == "text" and el.get("font-size") == "11":
            key = el.text
        elif tag == "line" and current is not None:
            y1, y2 = float(el.get("y1")), float(el.get("y2"))
            assert y1 == y2, "a sloping line"
            if el.get("stroke-dasharray"):
                current["targets"].append((y1, float(el.get("x2"))))
            else:
                last_line = y1
        elif tag == "text" and current is not None and el.get("text-anchor") == "end" and el.get("font-weight") is None:
            current["grid"][el.text] = last_line  # a tick label follows its grid line
            current["left"] = float(el.get("x")) + 5
        elif tag == "text" and current is not None and el.get("font-size") == "8.5":
            current["values"].append((float(el.get("y")), el.text))
        elif tag == "text" and current is not None and el.get("font-weight") == "bold" and el.text != "–":
            current["labels"].append((float(el.get("x")), el.get("text-anchor", "start"), el.text))
    return key, found


def check(path, expected, key_text, with_values):
    key, found = panels(path)
    assert key == key_text, f"{path}: key {key!r}"
    got = {p["name"]: p for p in found}
    assert set(got) == set(expected), sorted(got)
    for name, target in expected.items():
        p = got[name]
        zero = p["grid"].get("0%") or p["grid"].get("0 %")
        full = p["grid"].get("100%") or p["grid"].get("100 %")
        want = zero - (zero - full) * target / 100
        assert len(p["targets"]) == 1, f"{name}: {p['targets']}"
        y, right = p["targets"][0]
        assert abs(y - want) < 0.05, f"{name}: target line at y {y}, {target} % is at {want}"
        if with_values:
            assert len(p["values"]) == 1 and abs(p["values"][0][0] - (y + 3)) < 0.05, f"{name}: {p['values']}"
            assert p["values"][0][1].replace("\u00a0", " ").rstrip("%").strip() == str(target), p["values"]
        else:
            assert not p["values"], f"{name}: a target's value beside one line for all"
        # No figure centred on the plot's left edge, where the tick labels are.
        for x, anchor, text in p["labels"]:
            assert not (anchor == "middle" and x - p["left"] < 12), f"{name}: {text} at {x} reaches the ticks"
            assert x >= p["left"] - 2, f"{name}: {text} at {x} left of the plot"


own = {"Holbæk": 50, "Køge": 60, "Solrød": 40, "Total": 40}
check(sys.argv[1], own, "Target of each group", True)
check(sys.argv[2], {"Holbæk": 40, "Køge": 40, "Solrød": 40, "Total": 40}, "Target 40%", False)
check(sys.argv[3], {"Holbæk": 50, "Køge": 60, "Solrød": 40, "I alt": 40}, "Mål for hver gruppe", True)
PY
    fail "the trend chart's target lines are not at the groups' targets"
