#!/usr/bin/env python3
"""Checks `ipskit outcomes --year YEAR --by cluster site --cohort --format json`
on the regional extract against figures computed here from the extract
alone, by the rules of docs/outcomes.md: per group and subtotal, the closed
courses by outcome, the days to job or education and to the first employer
contact (n, median, quartiles as R's type 7, share within 30 days), the
courses started, the active courses on the last day of the year, aftercare,
courses without a consultant and each consultant's active courses (0 for a consultant of the group with none). Reads
the JSON's `groups`, so it checks that shape too.

usage: check_by_group.py CASES.csv YEAR REPORT.json
"""
import collections
import csv
import datetime as dt
import json
import sys


def day(text):
    return dt.datetime.strptime(text, "%d-%m-%Y").date() if text else None


def quantile(xs, p):
    """R's quantile(type = 7)."""
    xs = sorted(xs)
    h = (len(xs) - 1) * p
    lo = int(h)
    return xs[lo] + (h - lo) * (xs[min(lo + 1, len(xs) - 1)] - xs[lo])


def figures(rows, first, last):
    kinds = {"Ordinært job": "job", "Fleksjob": "flexjob", "Uddannelse": "education", "Andet": "other"}
    closed = [r for r in rows if r["end"] and first <= r["end"] <= last]
    count = collections.Counter(kinds[r["Resultat"]] for r in closed)
    to_job = [(r["outcome_date"] - r["start"]).days for r in closed
              if r["Resultat"] != "Andet" and r["outcome_date"]]
    to_contact = [(r["contact"] - r["start"]).days for r in closed if r["contact"]]
    active = [r for r in rows if r["start"] <= last and (not r["end"] or r["end"] > last)]
    # Every consultant with a course in the group, 0 if none is active.
    loads = {r["IPS-konsulent"]: 0 for r in rows if r["IPS-konsulent"]}
    for r in active:
        if r["IPS-konsulent"]:
            loads[r["IPS-konsulent"]] += 1
    f = {"job": count["job"], "flexjob": count["flexjob"], "education": count["education"],
         "other": count["other"], "total": len(closed), "job_n": len(to_job), "contact_n": len(to_contact),
         "started": sum(1 for r in rows if first <= r["start"] <= last),
         "active": len(active), "aftercare": sum(1 for r in active if r["Efterværn"] == "Ja"),
         "without": sum(1 for r in active if not r["IPS-konsulent"]), "consultants": sum(1 for n in loads.values() if n),
         "loads": loads}
    if to_job:
        f["job_median"] = quantile(to_job, 0.5)
    if to_contact:
        f["contact_median"] = quantile(to_contact, 0.5)
        f["contact_q1"], f["contact_q3"] = quantile(to_contact, 0.25), quantile(to_contact, 0.75)
        f["within_30"] = sum(1 for d in to_contact if d <= 30) / len(to_contact)
    return f


def main():
    path, year, report_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    for r in rows:
        r["start"], r["end"] = day(r["Startdato"]), day(r["Slutdato"])
        r["outcome_date"], r["contact"] = day(r["Resultatdato"]), day(r["Første arbejdsgiverkontakt"])
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    expected = {(None, None): figures(rows, first, last)}
    for cluster in {r["Klynge"] for r in rows}:
        expected[(cluster, None)] = figures([r for r in rows if r["Klynge"] == cluster], first, last)
        for site in {r["Kommune"] for r in rows if r["Klynge"] == cluster}:
            expected[(cluster, site)] = figures([r for r in rows if r["Kommune"] == site], first, last)
    report = json.load(open(report_path, encoding="utf-8"))
    problems, seen = [], set()
    for g in report["groups"]:
        key = (g["by"]["cluster"], g["by"]["site"])
        seen.add(key)
        e = expected[key]

        def same(what, shown, truth):
            ok = abs(shown - truth) < 1e-9 if isinstance(truth, float) else shown == truth
            if not ok:
                problems.append(f"{key} {what}: ipskit {shown}, expected {truth}")

        if g["total"] != (key[1] is None):
            problems.append(f"{key}: total is {g['total']}")
        if e["total"]:
            c = g["closed_outcomes_by_group"][0]
            for k in ("job", "flexjob", "education", "other", "total"):
                same(k, c[k], e[k])
            t = g["time_from_start_by_group"][0]
            same("days to job n", t["job_or_education_n"], e["job_n"])
            same("contact n", t["contact_n"], e["contact_n"])
            if "job_median" in e:
                same("median days to job", t["job_or_education_median_days"], e["job_median"])
            if "contact_median" in e:
                same("median to contact", t["contact_median_days"], e["contact_median"])
                same("lower quartile to contact", t["contact_q1_days"], e["contact_q1"])
                same("upper quartile to contact", t["contact_q3_days"], e["contact_q3"])
                same("within 30 days", t["contact_within_30_days"], e["within_30"])
        elif "closed_outcomes_by_group" in g:
            problems.append(f"{key}: a group with no closed course is shown")
        if e["started"]:
            same("courses started", g["cohort_by_group"][0]["courses"], e["started"])
        p = g["capacity_by_group"][0]
        same("active", p["active_courses"], e["active"])
        same("aftercare", p["in_aftercare"], e["aftercare"])
        same("without consultant", p["without_consultant"], e["without"])
        same("consultants", p["consultants"], e["consultants"])
        if key[1] is not None:
            loads = {r["consultant"]: r["active"] for r in g.get("caseloads", [])}
            same("caseloads", loads, dict(e["loads"]))
    missing = set(expected) - seen
    if missing:
        problems.append(f"groups not in the JSON: {sorted(missing, key=str)}")
    print("\n".join(problems) if problems else f"{len(seen)} groups agree")
    sys.exit(1 if problems else 0)


main()
