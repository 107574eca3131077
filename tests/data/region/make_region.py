#!/usr/bin/env python3
"""Writes the regional test extract: Region Sjælland's IPS project, 13
municipalities in their three clusters, courses started from August 2020 to
July 2023 and followed to 31 December 2023, as an analyst's extract from the
municipal systems has it (UTF-8 with BOM, ';', Danish headers, DD-MM-YYYY).

    make_region.py [OUTDIR]     (default: the folder of this script)

Writes cases.csv (one row per course) and clusters.yaml (each site's cluster
and local model). Seeded, so the same files come out every time; the files
are committed, and tests read them rather than running this script.

What the extract holds, on purpose:
- about 320 courses started a year in all, each municipality with a volume
  that follows its size;
- Stevns began only in April 2021, so it has no courses at all in 2020: a
  group with no data in a period;
- a referring psychiatric department on most rows, the first employer
  contact on most, consultants per municipality, aftercare for courses that
  reached job or education and are still open.
"""
import datetime as dt
import os
import random
import sys

# Starts a year per municipality, roughly in proportion to its population
# (sum 320, the plan's figure), with the cluster and the local model it runs.
SITES = [
    # site, cluster, model, starts a year
    ("Køge", "Øst", "Slagelse", 31),
    ("Solrød", "Øst", "Kalundborg", 12),
    ("Stevns", "Øst", "Kalundborg", 10),
    ("Faxe", "Øst", "Holbæk", 18),
    ("Odsherred", "Vest", "Holbæk", 16),
    ("Ringsted", "Vest", "Slagelse", 18),
    ("Kalundborg", "Vest", "Kalundborg", 24),
    ("Holbæk", "Vest", "Holbæk", 36),
    ("Slagelse", "Vest", "Slagelse", 40),
    ("Lolland", "Syd", "Kalundborg", 21),
    ("Guldborgsund", "Syd", "Slagelse", 30),
    ("Vordingborg", "Syd", "Holbæk", 23),
    ("Næstved", "Syd", "Slagelse", 41),
]
# The district psychiatry each municipality's citizens are treated in.
DEPARTMENTS = {
    "Øst": ["Distriktspsykiatrien Køge", "OPUS Køge", "Distriktspsykiatrien Roskilde"],
    "Vest": ["Distriktspsykiatrien Holbæk", "Distriktspsykiatrien Slagelse", "OPUS Slagelse"],
    "Syd": ["Distriktspsykiatrien Næstved", "Distriktspsykiatrien Nykøbing F.", "OPUS Næstved"],
}
HEADER = ["Forløb ID", "Kommune", "Klynge", "IPS-konsulent", "Målgruppe", "Henvisningsdato",
          "Henvisende afdeling", "Startdato", "Første arbejdsgiverkontakt", "Resultat", "Resultatdato",
          "Slutdato", "Efterværn"]
TARGET_GROUPS = ["svær sindslidelse", "psykisk sårbar"]
PROJECT_START = dt.date(2020, 8, 1)
PROJECT_END = dt.date(2023, 7, 31)
STEVNS_START = dt.date(2021, 4, 1)
EXTRACT_DATE = dt.date(2023, 12, 31)


def fmt(d):
    return d.strftime("%d-%m-%Y") if d else ""


def starts(rng, site, per_year):
    """The start dates of a site's courses, spread evenly at random over its project time."""
    first = STEVNS_START if site == "Stevns" else PROJECT_START
    days = (PROJECT_END - first).days + 1
    count = round(per_year * days / 365.25)
    return sorted(first + dt.timedelta(days=rng.randrange(days)) for _ in range(count))


def ending(rng, start):
    """The outcome and its date, and the end of the course (None: still open at the extract)."""
    u = rng.random()
    kind = "Ordinært job" if u < 0.30 else "Fleksjob" if u < 0.36 else "Uddannelse" if u < 0.50 else "Andet"
    outcome_date = None
    if kind != "Andet":
        outcome_date = start + dt.timedelta(days=int(rng.gammavariate(2.0, 95)) + 10)
        end = outcome_date + dt.timedelta(days=rng.randint(60, 270))
    else:
        end = start + dt.timedelta(days=int(rng.gammavariate(2.2, 150)) + 30)
    aftercare = "Nej"
    if end > EXTRACT_DATE:
        end = None
        if outcome_date and outcome_date <= EXTRACT_DATE:
            aftercare = "Ja"
        else:
            kind, outcome_date = "", None
    return kind, outcome_date, end, aftercare


def course(rng, number, site, cluster, consultants, start):
    referral = start - dt.timedelta(days=rng.randint(5, 60)) if rng.random() < 0.95 else None
    department = rng.choice(DEPARTMENTS[cluster]) if rng.random() < 0.9 else ""
    contact = None
    if rng.random() < 0.85:
        contact = start + dt.timedelta(days=int(rng.expovariate(1 / 40)))
        if contact > EXTRACT_DATE:
            contact = None
    kind, outcome_date, end, aftercare = ending(rng, start)
    if contact and end and contact > end:
        contact = None  # no employer contact after the course closed
    consultant = f"{site[:3].upper()}-{rng.randint(1, consultants)}"
    return [f"RSJ-{number:05d}", site, cluster, consultant, rng.choice(TARGET_GROUPS), fmt(referral),
            department, fmt(start), fmt(contact), kind, fmt(outcome_date), fmt(end), aftercare]


def write_cases(rng, path):
    rows = []
    for site, cluster, _, per_year in SITES:
        consultants = max(1, round(per_year / 12))  # about 20 open courses each
        for start in starts(rng, site, per_year):
            rows.append((start, site, cluster, consultants))
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(";".join(HEADER) + "\r\n")
        for number, (start, site, cluster, consultants) in enumerate(rows, 1):
            f.write(";".join(course(rng, number, site, cluster, consultants, start)) + "\r\n")


def write_clusters(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Region Sjælland's IPS project: each municipality's cluster and the local model it\n"
                "# runs (a free attribute). Synthetic; written by make_region.py.\n")
        for site, cluster, model, _ in SITES:
            f.write(f"{site}: {{ cluster: {cluster}, model: {model} }}\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(21)
    write_cases(rng, os.path.join(out, "cases.csv"))
    write_clusters(os.path.join(out, "clusters.yaml"))


main()
