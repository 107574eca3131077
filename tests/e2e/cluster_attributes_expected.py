"""Closed courses and job-or-education by groups of the cluster map, worked
out from the extract apart from ipskit, and checked against its JSON.

Usage: cluster_attributes_expected.py CASES.csv OUT.json YEAR FIELD...
FIELD: site, cluster or model. The map is written out below, as
tests/data/cluster-attributes/clusters.yaml gives it, so that the check
does not read the YAML the way ipskit does.
"""
import csv
import json
import sys

MAP = {
    "køge": {"cluster": "Øst", "model": "Slagelse"},
    "faxe": {"cluster": "Øst"},
    "slagelse": {"cluster": "Vest", "model": "Slagelse"},
    "kalundborg": {"cluster": "Vest", "model": "Kalundborg"},
    "holbæk": {"cluster": "Vest", "model": "Holbæk"},
}
JOB_OR_EDUCATION = {"ordinært job", "flexjob", "uddannelse"}


def value(row, field):
    entry = MAP.get(row["Kommune"].lower())
    if field == "site":
        return row["Kommune"]
    if field == "cluster":
        # The map's cluster wins; a site it lacks keeps the extract's.
        if entry and "cluster" in entry:
            return entry["cluster"]
        return row.get("Klynge") or None
    return entry.get(field) if entry else None


def main():
    cases, out, year, fields = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    with open(cases, encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter=";") if r["Slutdato"].endswith(year)]
    expected = {}
    for row in rows:
        key = tuple(value(row, f) for f in fields)
        for depth in range(len(fields) + 1):  # the group, each subtotal and the total
            sub = key[:depth] + (None,) * (len(fields) - depth)
            total, joe = expected.get((depth, sub), (0, 0))
            expected[(depth, sub)] = (total + 1, joe + (row["Resultat"].lower() in JOB_OR_EDUCATION))
    # Spellings that differ only in case are one site, as ipskit counts them.
    if "site" in fields:
        folded = {}
        for (depth, key), figures in expected.items():
            k = (depth, tuple(v.lower() if v and f == "site" else v for v, f in zip(key, fields)))
            old = folded.get(k, (0, 0))
            folded[k] = (old[0] + figures[0], old[1] + figures[1])
        expected = folded
    got = {}
    for group in json.load(open(out, encoding="utf-8"))["groups"]:
        by = group["by"]
        key = tuple(by[f] for f in fields)
        # A subtotal names its level by the first field labelled Total (English JSON).
        depth = len(fields)
        if group["total"]:
            depth = next(i for i, f in enumerate(fields) if by.get(f + "_label") == "Total")
        if "site" in fields:
            key = tuple(v.lower() if v and f == "site" else v for v, f in zip(key, fields))
        figures = group["closed_outcomes_by_group"][0]
        got[(depth, key)] = (figures["total"], figures["job_or_education"])
    if got != expected:
        for k in sorted(set(got) | set(expected), key=str):
            print(k, "ipskit", got.get(k), "expected", expected.get(k))
        return 1
    for k in sorted(expected, key=str):
        print(k, expected[k])
    return 0


if __name__ == "__main__":
    sys.exit(main())
