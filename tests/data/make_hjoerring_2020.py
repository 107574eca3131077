#!/usr/bin/env python3
"""Writes hjoerring-2020.csv: a synthetic case extract, as Danish Excel saves it
(Windows-1252, ';', CRLF, DD-MM-YYYY), from which `ipskit outcomes --year 2020`
must rebuild the published Hjørring 2020 table exactly:

    124 courses closed in 2020: 37 ordinary job (30 %), 2 flexjob (2 %),
    30 education (24 %), 55 other (44 %); job or education 69 = 56 %;
    mean 308 days (0.8 years) from start to job or education.

Around them: 11 active courses and courses closed in 2019 (9) and 2021 (6),
which the report must leave out and count. Deterministic: run it again and
the file is byte for byte the same.  Usage: make_hjoerring_2020.py [OUT]
"""
import datetime as dt
import random
import sys

rng = random.Random(2020)
D = dt.date
MEAN_DAYS = 308
HEADER = ["Forløb ID", "Kommune", "Konsulent", "Startdato", "Første arbejdsgiverkontakt",
          "Resultat", "Resultatdato", "Slutdato", "Efterværn", "Bemærkning"]
LABELS = {"job": "Ordinært job", "flexjob": "Fleksjob", "education": "Uddannelse", "other": "Andet"}
CONSULTANTS = ["AK", "BH", "CL", "DM", "EN"]


def day_in(year):
    start = D(year, 1, 1)
    return start + dt.timedelta(days=rng.randrange((D(year + 1, 1, 1) - start).days))


def fmt(d):
    return d.strftime("%d-%m-%Y") if d else ""


def days_to_outcome(n, mean):
    """n whole day counts between 60 and 700 whose sum is exactly n * mean."""
    values = [rng.randint(120, 500) for _ in range(n)]
    gap = n * mean - sum(values)
    i = 0
    while gap != 0:  # spread the difference, one day at a time
        step = 1 if gap > 0 else -1
        if 60 <= values[i % n] + step <= 700:
            values[i % n] += step
            gap -= step
        i += 1
    return values


def placed(kind, days, end):
    outcome = end - dt.timedelta(days=rng.randint(0, 60))
    start = outcome - dt.timedelta(days=days)
    contact = start + dt.timedelta(days=rng.randint(3, min(90, days)))
    return [start, contact, LABELS[kind], outcome, end]


def other(end):
    start = end - dt.timedelta(days=rng.randint(60, 720))
    contact = start + dt.timedelta(days=rng.randint(5, 55)) if rng.random() < 0.6 else None
    return [start, contact, LABELS["other"], None, end]


def rows():
    kinds = ["job"] * 37 + ["flexjob"] * 2 + ["education"] * 30
    out = [placed(k, d, day_in(2020)) for k, d in zip(kinds, days_to_outcome(len(kinds), MEAN_DAYS))]
    out += [other(day_in(2020)) for _ in range(55)]
    # Left out of the 2020 table: closed in 2019 or 2021, or still active.
    out += [placed("job", rng.randint(90, 400), day_in(2019)) for _ in range(5)]
    out += [other(day_in(2019)) for _ in range(4)]
    out += [placed("education", rng.randint(90, 400), day_in(2021)) for _ in range(3)]
    out += [other(day_in(2021)) for _ in range(3)]
    for _ in range(11):
        start = D(2020, 6, 1) + dt.timedelta(days=rng.randint(0, 480))
        out.append([start, None, "", None, None])
    rng.shuffle(out)
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "hjoerring-2020.csv"
    lines = [";".join(HEADER)]
    for i, (start, contact, outcome, outcome_date, end) in enumerate(rows(), 1):
        aftercare = "Ja" if outcome in (LABELS["job"], LABELS["education"]) and rng.random() < 0.5 else "Nej"
        note = '"Fulgt op; ny plan"' if i % 17 == 0 else ""
        lines.append(";".join([f"HJ-{i:04d}", "Hjørring", CONSULTANTS[i % len(CONSULTANTS)], fmt(start),
                               fmt(contact), outcome, fmt(outcome_date), fmt(end), aftercare, note]))
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


main()
