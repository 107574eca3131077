#!/usr/bin/env python3
"""Checks that ipskit's outcome table and the pandas baseline's give the same figures.

Usage: compare_tables.py IPSKIT.json PANDAS.json

IPSKIT.json is `ipskit outcomes --format json` output (tables of rows keyed by
column key, total rows listed by index); PANDAS.json is pandas_outcomes.py
--json output (rows keyed by neutral names, and a total). Counts must be equal;
shares, means and medians must agree within 1e-9. Prints every difference and
exits 1 on a mismatch, 2 when a file cannot be read as expected.
"""

import json
import math
import sys

# ---- How ipskit names things. The outcomes command is not final yet: when its table id or
# ---- column keys change, change them here (and nowhere else).
IPSKIT_TABLE_ID = "closed_outcomes_by_group"   # tables[].id of the by-municipality table (--by site)
IPSKIT_GROUP_KEY = "site"              # the column holding the municipality name
IPSKIT_KEYS = {                        # neutral name (pandas JSON) -> ipskit column key
    "job": "job",
    "job_share": "job_share",
    "flexjob": "flexjob",
    "flexjob_share": "flexjob_share",
    "education": "education",
    "education_share": "education_share",
    "other": "other",
    "other_share": "other_share",
    "total": "total",
    "job_or_education": "job_or_education",
    "job_or_education_share": "job_or_education_share",
    "days_n": "days_n",
    "days_mean": "days_mean",
    "days_median": "days_median",
}
# ----

COUNTS = {"job", "flexjob", "education", "other", "total", "job_or_education", "days_n"}
TOLERANCE = 1e-9
TOTAL = "(total row)"


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as error:
        sys.exit(f"compare_tables.py: cannot read {path}: {error}")


def ipskit_rows(document):
    """{group name or TOTAL: {neutral key: value}} from ipskit's JSON document."""
    tables = document.get("tables", [])
    table = next((t for t in tables if t.get("id") == IPSKIT_TABLE_ID), None)
    if table is None:
        ids = ", ".join(repr(t.get("id")) for t in tables) or "none"
        print(f"ipskit JSON has no table {IPSKIT_TABLE_ID!r} (tables: {ids}); "
              "update IPSKIT_TABLE_ID in bench/compare_tables.py", file=sys.stderr)
        sys.exit(2)
    keys = {c["key"] for c in table.get("columns", [])}
    unknown = sorted(k for k in [IPSKIT_GROUP_KEY, *IPSKIT_KEYS.values()] if k not in keys)
    if unknown:
        print(f"ipskit table {IPSKIT_TABLE_ID!r} has no column(s) {', '.join(unknown)} "
              f"(columns: {', '.join(sorted(keys))}); update IPSKIT_KEYS in bench/compare_tables.py",
              file=sys.stderr)
        sys.exit(2)
    totals = set(table.get("total_rows", []))
    rows = {}
    for index, row in enumerate(table["rows"]):
        name = TOTAL if index in totals else row[IPSKIT_GROUP_KEY]
        rows[name] = {neutral: row.get(key) for neutral, key in IPSKIT_KEYS.items()}
    return rows


def pandas_rows(document):
    rows = {row["group"]: row for row in document["rows"]}
    rows[TOTAL] = document["total"]
    return rows


def differ(key, expected, actual):
    """A reason the two values differ, or None when they agree."""
    if expected is None or actual is None:
        return None if expected is None and actual is None else "one side is empty"
    if isinstance(actual, str):  # ipskit may hide small counts for privacy, as "<5"
        try:
            return None if expected < float(actual.lstrip("<")) else "hidden, but not small"
        except ValueError:
            return f"text {actual!r}"
    if key in COUNTS:
        return None if int(expected) == actual and float(actual).is_integer() else "counts differ"
    if math.isclose(expected, actual, rel_tol=TOLERANCE, abs_tol=TOLERANCE):
        return None
    return f"differs by {actual - expected:.3g}"


def compare(ipskit, pandas):
    """Prints each difference; returns how many there were."""
    problems = 0
    for name in sorted(set(ipskit) | set(pandas)):
        if name not in ipskit or name not in pandas:
            side = "ipskit" if name not in ipskit else "pandas"
            print(f"{name}: row missing in {side}")
            problems += 1
            continue
        for key in IPSKIT_KEYS:
            reason = differ(key, pandas[name].get(key), ipskit[name].get(key))
            if reason:
                print(f"{name}: {key}: pandas {pandas[name].get(key)!r}, "
                      f"ipskit {ipskit[name].get(key)!r} ({reason})")
                problems += 1
    return problems


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    ipskit, pandas = ipskit_rows(load(argv[1])), pandas_rows(load(argv[2]))
    problems = compare(ipskit, pandas)
    if problems:
        print(f"tables differ: {problems} difference(s)")
        return 1
    print(f"tables equal: {len(pandas) - 1} groups and the total")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
