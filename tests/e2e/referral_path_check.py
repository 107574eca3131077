#!/usr/bin/env python3
"""Checks the referral-path table of `ipskit outcomes --format json`
against figures computed here from the extract, without ipskit.

    referral_path_check.py CASES.csv PERIOD [BY_COLUMN] < outcomes.json

CASES.csv has Danish headers (Kommune, Klynge, Henvisende afdeling or
Henviser, Henvisningsdato, Startdato, Resultat, Slutdato), `;` and
DD-MM-YYYY dates. PERIOD is a year (2022) or a quarter (2022Q3); when the
table holds several periods (--years, --quarters), only its rows of PERIOD
are checked. A referral counts in PERIOD by its referral date; started
when it has a start date; in job or education when it is closed with an
ordinary job, a flexjob or education; days from referral to start, for
those started on or after it, as R's quantile(type = 7). Departments and
groups are one in any case. BY_COLUMN (e.g. Kommune) gives one row per
group and department, and each group's subtotal. Exits 1 naming the first
figure that differs.
"""
import csv
import datetime as dt
import json
import math
import sys

JOB_OR_EDUCATION = {"ordinært job", "fleksjob", "uddannelse", "job", "flexjob", "education"}


def fail(what):
    print(f"referral_path_check: {what}", file=sys.stderr)
    sys.exit(1)


def day(text):
    return dt.datetime.strptime(text, "%d-%m-%Y").date() if text else None


def quantile7(values, p):
    values = sorted(values)
    h = (len(values) - 1) * p
    low = math.floor(h)
    return values[low] + (h - low) * (values[min(low + 1, len(values) - 1)] - values[low])


def in_period(date, period):
    if len(period) == 4:
        return date.year == int(period)
    return date.year == int(period[:4]) and (date.month - 1) // 3 + 1 == int(period[5])


def tallies(path, period, by):
    out = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f, delimiter=";"):
            referral = day(row["Henvisningsdato"])
            if not referral or not in_period(referral, period):
                continue
            department = (row.get("Henvisende afdeling") or row.get("Henviser") or "").lower()
            group = row[by].lower() if by else None
            for key in ((group, department), (group, None)) if by else ((None, department),):
                t = out.setdefault(key, {"referred": 0, "started": 0, "joe": 0, "days": []})
                t["referred"] += 1
                start = day(row["Startdato"])
                if not start:
                    continue
                t["started"] += 1
                if row["Slutdato"] and row["Resultat"].lower() in JOB_OR_EDUCATION:
                    t["joe"] += 1
                if start >= referral:
                    t["days"].append((start - referral).days)
    return out


def main():
    path, period = sys.argv[1], sys.argv[2]
    by = sys.argv[3] if len(sys.argv) > 3 else None
    report = json.load(sys.stdin)
    table = next((t for t in report["tables"] if t["id"] == "referral_path"), None)
    if table is None:
        fail("no referral_path table")
    by_key = {"Kommune": "site", "Klynge": "cluster"}.get(by)
    expected = tallies(path, period, by)
    rows = [row for row in table["rows"] if row.get("period", period) == period]
    if not rows:
        fail(f"no rows of {period}")
    seen = set()
    total = {"referred": 0, "started": 0, "joe": 0}
    for row in rows:
        if row["department"] is None:
            label = row["department_label"]
            if label in ("Total", "I alt"):
                for k in total:
                    got = row["job_or_education" if k == "joe" else k]
                    if got != sum(t[k] for (g, d), t in expected.items() if d is not None):
                        fail(f"total {k}: {got}")
                continue
            department = None if label in ("All departments", "Alle afdelinger") else ""
        else:
            department = row["department"].lower()
        group = row[by_key].lower() if by_key and row[by_key] is not None else None
        key = (group, department)
        if key not in expected:
            fail(f"unexpected row {key}")
        seen.add(key)
        t = expected[key]
        for name, value in (("referred", t["referred"]), ("started", t["started"]),
                            ("not_started", t["referred"] - t["started"]), ("job_or_education", t["joe"])):
            if row[name] != value:
                fail(f"{key} {name}: ipskit {row[name]}, expected {value}")
        if abs(row["started_share"] - t["started"] / t["referred"]) > 1e-12:
            fail(f"{key} started share {row['started_share']}")
        if abs(row["job_or_education_share"] - t["joe"] / t["referred"]) > 1e-12:
            fail(f"{key} job-or-education share {row['job_or_education_share']}")
        for column, p in (("median_days_to_start", 0.5), ("q1_days_to_start", 0.25), ("q3_days_to_start", 0.75)):
            want = quantile7(t["days"], p) if t["days"] else None
            if (row[column] is None) != (want is None) or (want is not None and abs(row[column] - want) > 1e-9):
                fail(f"{key} {column}: ipskit {row[column]}, expected {want}")
    if seen != set(expected):
        fail(f"rows missing: {sorted(set(expected) - seen, key=str)}")
    print(f"referral_path_check: {len(seen)} rows agree")


if __name__ == "__main__":
    main()
