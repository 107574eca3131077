"""Checks the trend table of `ipskit outcomes --years/--quarters` against
figures computed here, from the extract itself, without ipskit.

usage: periods_expected.py CASES.csv REPORT.json years|quarters FIRST LAST FIELD...

The extract is read as a Danish export: `;`, Danish headers, DD-MM-YYYY.
A course is started in a period when its start date falls in it, closed
when its end date does, and active at the period's end when it started by
the last day and had not ended on or before it. Groups nest in the order
of the fields; a subtotal's missing fields and the overall total's are
null in the JSON."""

import csv
import datetime
import json
import sys

HEADERS = {"Kommune": "site", "Klynge": "cluster", "Startdato": "start", "Slutdato": "end", "Resultat": "outcome"}


def day(text):
    return datetime.datetime.strptime(text, "%d-%m-%Y").date() if text else None


def periods(kind, first, last):
    if kind == "years":
        return [(str(y), datetime.date(y, 1, 1), datetime.date(y, 12, 31)) for y in range(int(first), int(last) + 1)]
    out = []
    a = int(first[:4]) * 4 + int(first[5]) - 1
    b = int(last[:4]) * 4 + int(last[5]) - 1
    for n in range(a, b + 1):
        y, q = divmod(n, 4)
        start = datetime.date(y, 3 * q + 1, 1)
        after = datetime.date(y + 1, 1, 1) if q == 3 else datetime.date(y, 3 * q + 4, 1)
        out.append((f"{y}Q{q + 1}", start, after - datetime.timedelta(days=1)))
    return out


def read_cases(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [{HEADERS.get(k, k): v for k, v in r.items()} for r in csv.DictReader(f, delimiter=";")]


def main():
    cases_path, report_path, kind, first, last, *fields = sys.argv[1:]
    rows = read_cases(cases_path)
    expected = {}
    for name, a, b in periods(kind, first, last):
        for r in rows:
            start, end = day(r["start"]), day(r["end"])
            values = [r[field] for field in fields]
            # The group itself, each subtotal above it, and the overall total.
            for depth in range(len(fields), -1, -1):
                key = (name, tuple(values[:depth]) + (None,) * (len(fields) - depth))
                e = expected.setdefault(key, {"started": 0, "closed": 0, "job_or_education": 0, "active_at_end": 0})
                if a <= start <= b:
                    e["started"] += 1
                if end and a <= end <= b:
                    e["closed"] += 1
                    if r["outcome"].lower() != "andet":
                        e["job_or_education"] += 1
                if start <= b and (end is None or end > b):
                    e["active_at_end"] += 1
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    trend = next(t for t in report["tables"] if t["id"] == "trend")
    seen = {}
    for row in trend["rows"]:
        key = (row["period"], tuple(row[field] for field in fields))
        seen[key] = {k: row[k] for k in ("started", "closed", "job_or_education", "active_at_end")}
        share = row["job_or_education_share"]
        want = expected[key]
        want_share = want["job_or_education"] / want["closed"] if want["closed"] else None
        if share != want_share and not (share is not None and want_share is not None and abs(share - want_share) < 1e-12):
            sys.exit(f"{key}: share {share}, expected {want_share}")
    if seen != expected:
        for key in sorted(set(seen) | set(expected), key=str):
            if seen.get(key) != expected.get(key):
                print(f"{key}: ipskit {seen.get(key)}, expected {expected.get(key)}", file=sys.stderr)
        sys.exit("the trend table differs from the figures computed from the extract")
    print(f"{len(seen)} rows agree")


if __name__ == "__main__":
    main()
