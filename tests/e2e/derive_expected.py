#!/usr/bin/env python3
"""The derived fidelity items of examples/site-records, computed independently
of ipskit from docs/derived.md's formulas and the 2008 IPS-25 bands, and
compared with `ipskit derive --format json` (read from stdin).

usage: derive_expected.py RECORDS_DIR AS_OF FROM TO < derive.json
Exits 1, naming each difference, when a figure, n or score differs."""

import csv
import datetime as dt
import json
import sys

# IPS-25 (2008) bands, figure rounded half away from zero to whole numbers:
# (score, min, max) with both ends inclusive; None = open-ended.
BANDS = {
    1: [(5, 0, 20), (4, 21, 25), (3, 26, 30), (2, 31, 40), (1, 41, None)],
    2: [(1, 0, 59), (2, 60, 74), (3, 75, 89), (4, 90, 95), (5, 96, 100)],
    15: [(5, 0, 30), (4, 31, 60), (3, 61, 150), (2, 151, 270), (1, 271, None)],
    16: [(1, 0, 24), (2, 25, 49), (3, 50, 74), (4, 75, 89), (5, 90, 100)],
    17: [(1, 0, 1), (2, 2, 3), (3, 4, 4), (4, 5, 5), (5, 6, None)],
    19: [(1, 0, 49), (2, 50, 59), (3, 60, 69), (4, 70, 84), (5, 85, 100)],
    20: [(1, 0, 49), (2, 50, 59), (3, 60, 69), (4, 70, 84), (5, 85, 100)],
    21: [(1, 0, 64), (2, 65, 74), (3, 75, 84), (4, 85, 94), (5, 95, 100)],
    24: [(1, 0, 30), (2, 31, 39), (3, 40, 49), (4, 50, 64), (5, 65, 100)],
}


def day(text):
    return dt.datetime.strptime(text, "%d-%m-%Y").date() if text.strip() else None


def yes(text):
    t = text.strip().lower()
    return True if t in ("ja", "yes") else False if t in ("nej", "no") else None


def score(number, value):
    shown = int(value + 0.5)  # every figure here is positive
    for s, lo, hi in BANDS[number]:
        if shown >= lo and (hi is None or shown <= hi):
            return s
    return None


def read_staff(path):
    members, current = [], None
    for line in open(path, encoding="utf-8"):
        line = line.split("#")[0].rstrip()
        key, _, value = line.strip().lstrip("- ").partition(":")
        value = value.strip()
        if line.strip().startswith("- id:"):
            current = {"id": value}
            members.append(current)
        elif current is not None and value:
            number = float(value.replace("%", "").replace(",", ".").strip())
            current[key] = number / 100 if "%" in value else number
    return members


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def main():
    folder, as_of, start, end = sys.argv[1], *(dt.date.fromisoformat(a) for a in sys.argv[2:5])
    cases = read(f"{folder}/cases.csv")
    jobs = read(f"{folder}/jobs.csv")
    contacts = read(f"{folder}/employer_contacts.csv")
    staff = read_staff(f"{folder}/staff.yaml")
    fte = sum(m["fte"] for m in staff)
    days = (end - start).days + 1
    inside = lambda d: d is not None and start <= d <= end

    active = [c for c in cases if day(c["Startdato"]) <= as_of and (day(c["Slutdato"]) is None or day(c["Slutdato"]) > as_of)]
    started = [c for c in cases if inside(day(c["Startdato"]))]
    with_contact = [c for c in started if day(c["Første arbejdsgiverkontakt"])]
    waits = [(day(c["Første arbejdsgiverkontakt"]) - day(c["Startdato"])).days for c in with_contact]
    period_jobs = [j for j in jobs if inside(day(j["Startdato"])) and j["Art"] != "uddannelse"]
    period_contacts = [c for c in contacts if inside(day(c["Dato"]))]
    wishes = [yes(r["Matcher jobønske"]) for r in period_contacts + period_jobs]
    wishes = [w for w in wishes if w is not None]
    competitive = [yes(j["Ordinært"]) if j["Ordinært"] else (False if j["Art"] == "fleksjob" else None) for j in period_jobs]
    competitive = [c for c in competitive if c is not None]
    hours = [(m.get("hours_per_week", 37 * m["fte"]), m["community_hours_per_week"]) for m in staff if "community_hours_per_week" in m]
    shares = [(m["fte"], m["employment_share"]) for m in staff if "employment_share" in m]
    face = sum(1 for c in period_contacts if yes(c["Ansigt til ansigt"]))

    expected = {
        1: (len(active) / fte, len(active)),
        2: (100 * sum(f * s for f, s in shares) / sum(f for f, _ in shares), len(shares)),
        15: (sum(waits) / len(waits), len(waits)),
        16: (100 * sum(wishes) / len(wishes), len(wishes)),
        17: (face / fte / (days / 7), len(period_contacts)),
        19: (100 * len({j["Jobtype"] for j in period_jobs}) / len(period_jobs), len(period_jobs)),
        20: (100 * len({j["Arbejdsgiver"] for j in period_jobs}) / len(period_jobs), len(period_jobs)),
        21: (100 * sum(competitive) / len(competitive), len(competitive)),
        24: (100 * sum(c for _, c in hours) / sum(h for h, _ in hours), len(hours)),
    }
    percent = {2, 16, 19, 20, 21, 24}
    document = json.load(sys.stdin)
    rows = {r["number"]: r for r in document["tables"][0]["rows"]}
    problems = []
    for number, (value, n) in expected.items():
        row = rows.get(number)
        if row is None:
            problems.append(f"item {number} missing"); continue
        got = row["figure"] * 100 if number in percent else row["figure"]
        want_score = score(number, value) if n >= 10 or number in (2, 24) else None
        if abs(got - value) > 1e-9 or row["n"] != n or row["score"] != want_score:
            problems.append(f"item {number}: ipskit {got!r} n={row['n']} score={row['score']}, "
                            f"expected {value!r} n={n} score={want_score}")
        print(f"item {number}: {value:.4f} (n {n}) -> {want_score}")

    specialists = {r["consultant"]: r for r in document["tables"][1]["rows"]}
    for m in staff:
        mine = [c for c in active if c["Konsulent"] == m["id"]]
        f2f = sum(1 for c in period_contacts if c["Konsulent"] == m["id"] and yes(c["Ansigt til ansigt"]))
        w = [(day(c["Første arbejdsgiverkontakt"]) - day(c["Startdato"])).days for c in with_contact if c["Konsulent"] == m["id"]]
        row = specialists[m["id"]]
        checks = [(row["active_courses"], len(mine)), (row["caseload_per_fte"], len(mine) / m["fte"]),
                  (row["face_to_face_contacts"], f2f), (row["contacts_per_fte_week"], f2f / m["fte"] / (days / 7)),
                  (row["first_contacts"], len(w)), (row["mean_days_to_first_contact"], sum(w) / len(w) if w else None)]
        for got, want in checks:
            if (got is None) != (want is None) or (want is not None and abs(got - want) > 1e-9):
                problems.append(f"specialist {m['id']}: {got!r}, expected {want!r}")
    for p in problems:
        print("DIFFERS:", p)
    sys.exit(1 if problems else 0)


main()
