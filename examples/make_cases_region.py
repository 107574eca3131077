#!/usr/bin/env python3
"""Writes a synthetic IPS case extract for 13 municipalities of Region Sjælland
in 3 clusters, as a municipal system exports it (UTF-8 with BOM, ';', Danish
headers, DD-MM-YYYY). Deterministic for a given --rows and --seed.

    make_cases_region.py [--rows 3000] [--seed 13] [OUT]   (default OUT: cases-region.csv)

The same script makes the 1,000,000-row extract used to time `ipskit outcomes`.
"""
import argparse
import datetime as dt
import random

CLUSTERS = {
    "Nord": ["Holbæk", "Kalundborg", "Odsherred", "Lejre", "Roskilde"],
    "Syd": ["Næstved", "Vordingborg", "Guldborgsund", "Lolland"],
    "Vest": ["Slagelse", "Sorø", "Ringsted", "Køge"],
}
HEADER = ["Forløb ID", "Kommune", "Klynge", "IPS-konsulent", "Målgruppe", "Henvisningsdato", "Startdato",
          "Første arbejdsgiverkontakt", "Resultat", "Resultatdato", "Slutdato", "Efterværn"]
TARGET_GROUPS = ["svær sindslidelse", "psykisk sårbar"]
FIRST_START = dt.date(2018, 1, 1)
EXTRACT_DATE = dt.date(2022, 12, 31)


def fmt(d):
    return d.strftime("%d-%m-%Y") if d else ""


def course(rng, i, site, cluster):
    consultant = f"{site[:2].upper()}{rng.randint(1, 3)}"
    start = FIRST_START + dt.timedelta(days=rng.randrange((EXTRACT_DATE - FIRST_START).days))
    referral = start - dt.timedelta(days=rng.randint(3, 40))
    contact = start + dt.timedelta(days=int(rng.expovariate(1 / 45))) if rng.random() < 0.8 else None
    # How the course ends, and when: about 55 % reach job or education.
    u = rng.random()
    kind = "Ordinært job" if u < 0.32 else "Fleksjob" if u < 0.37 else "Uddannelse" if u < 0.55 else "Andet"
    to_outcome = int(rng.gammavariate(2.2, 140)) + 14
    outcome_date = start + dt.timedelta(days=to_outcome) if kind != "Andet" else None
    end = (outcome_date + dt.timedelta(days=rng.randint(30, 240)) if outcome_date
           else start + dt.timedelta(days=int(rng.gammavariate(2.0, 170)) + 30))
    if contact and contact > EXTRACT_DATE:
        contact = None
    aftercare = "Nej"
    if end > EXTRACT_DATE:  # still active on the day of the extract
        end = None
        if outcome_date and outcome_date <= EXTRACT_DATE:
            aftercare = "Ja"
        else:
            kind, outcome_date = "", None
    return [f"RS-{i:07d}", site, cluster, consultant, rng.choice(TARGET_GROUPS), fmt(referral), fmt(start),
            fmt(contact), kind, fmt(outcome_date), fmt(end), aftercare]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("out", nargs="?", default="cases-region.csv")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sites = [(site, cluster) for cluster, names in CLUSTERS.items() for site in names]
    weights = [rng.uniform(0.5, 2.0) for _ in sites]
    with open(args.out, "w", encoding="utf-8-sig", newline="") as f:
        f.write(";".join(HEADER) + "\r\n")
        for i in range(1, args.rows + 1):
            site, cluster = rng.choices(sites, weights)[0]
            f.write(";".join(course(rng, i, site, cluster)) + "\r\n")


main()
