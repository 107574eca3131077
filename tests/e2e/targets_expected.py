"""Checks the targets table of `ipskit outcomes --targets` against figures
computed here from the extract and the targets below, which repeat
tests/data/periods/targets.yaml by hand (no YAML reader needed).

usage: targets_expected.py CASES.csv REPORT.json years|quarters FIRST LAST

The report is grouped --by cluster site. A yearly volume is pro-rated by
months / 12 (every period here is whole months); below = fewer started
than expected, or job or education / closed under the share target."""

import json
import sys
from fractions import Fraction

sys.path.insert(0, sys.path[0])
from periods_expected import day, periods, read_cases  # noqa: E402

SITES = {"Køge": (12, 60), "Solrød": (6, None), "Holbæk": (8, 50)}
CLUSTERS = {"Øst": (18, None)}
TOTAL = (26, None)
DEFAULT_SHARE = 50


def main():
    cases_path, report_path, kind, first, last = sys.argv[1:]
    rows = read_cases(cases_path)
    months = 12 if kind == "years" else 3
    expected = {}
    for name, a, b in periods(kind, first, last):
        for key, target, match in (
            [((s_cluster, site), SITES[site], lambda r, s=site: r["site"] == s)
             for site, s_cluster in {r["site"]: r["cluster"] for r in rows}.items() if site in SITES]
            + [((c, None), CLUSTERS[c], lambda r, c=c: r["cluster"] == c) for c in CLUSTERS]
            + [((None, None), TOTAL, lambda r: True)]):
            group = [r for r in rows if match(r)]
            started = sum(1 for r in group if a <= day(r["start"]) <= b)
            closed = [r for r in group if r["end"] and a <= day(r["end"]) <= b]
            joe = sum(1 for r in closed if r["outcome"].lower() != "andet")
            want = Fraction(target[0]) * months / 12
            share_target = target[1] if target[1] is not None else DEFAULT_SHARE
            expected[(key, name)] = {
                "started": started,
                "expected_started": float(want),
                "started_below": started < want,
                "share_target": share_target / 100,
                "share_below": (Fraction(joe, len(closed)) < Fraction(share_target, 100)) if closed else None,
            }
    report = json.load(open(report_path, encoding="utf-8"))
    table = next(t for t in report["tables"] if t["id"] == "targets")
    seen = {}
    for row in table["rows"]:
        seen[((row["cluster"], row["site"]), row["period"])] = {
            k: row[k] for k in ("started", "expected_started", "started_below", "share_target", "share_below")}
    if seen != expected:
        for key in sorted(set(seen) | set(expected), key=str):
            if seen.get(key) != expected.get(key):
                print(f"{key}: ipskit {seen.get(key)}, expected {expected.get(key)}", file=sys.stderr)
        sys.exit("the targets table differs from the figures computed from the extract")
    print(f"{len(seen)} rows agree")


main()
