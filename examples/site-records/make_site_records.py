#!/usr/bin/env python3
"""Writes the synthetic records of one site (Hjørring) for `ipskit derive`:
cases.csv, jobs.csv, employer_contacts.csv and staff.yaml, as a Danish
municipality exports them (semicolons, day-first dates, Danish headers).
Every person is made up; case ids are pseudonymous. Run it again to get the
same files: the random generator has a fixed seed."""

import datetime as dt
import random

rng = random.Random(20241231)
DAY0 = dt.date(2023, 3, 1)
AS_OF = dt.date(2024, 12, 31)
CONSULTANTS = [("AH", 1.0), ("MJ", 1.0), ("SK", 0.5), ("LP", 0.8)]
EMPLOYERS = ["Netto Hjørring", "Hjørring Kommune, Ældreplejen", "Bilka Hjørring", "Vendsyssel Auto",
             "Tolne Gartneri", "Hirtshals Fiskeindustri", "Jem & Fix", "Café Stiften", "XL-Byg Hjørring",
             "Sindal Tømrer", "DSV Hjørring", "Lønstrup Feriecenter", "Plantorama", "Hjørring Bibliotek"]
JOB_TYPES = ["butiksassistent", "lagermedarbejder", "rengøring", "køkkenhjælp", "pædagogmedhjælper",
             "gartner", "chauffør", "kontorassistent", "mekanikerlærling", "social- og sundhedshjælper"]


def danish(d):
    return d.strftime("%d-%m-%Y") if d else ""


def write_cases():
    rows, n = [], 0
    for consultant, fte in CONSULTANTS:
        for _ in range(round(22 * fte) + rng.randint(-3, 3)):
            n += 1
            start = DAY0 + dt.timedelta(days=rng.randint(0, 640))
            first = start + dt.timedelta(days=rng.choice([5, 9, 14, 20, 26, 33, 41, 60, 75])) \
                if rng.random() < 0.85 else None
            if first and first > AS_OF:
                first = None
            end = start + dt.timedelta(days=rng.randint(120, 600)) if rng.random() < 0.45 else None
            if end and end > AS_OF:
                end = None
            if first and end and first > end:
                first = None
            outcome = rng.choice(["Ordinært job", "Uddannelse", "Fleksjob", "Andet"]) if end else ""
            rows.append([f"HJ-{n:04d}", consultant, danish(start), danish(first), danish(end), outcome])
    with open("cases.csv", "w", encoding="utf-8", newline="") as f:
        f.write("Forløbs-id;Konsulent;Startdato;Første arbejdsgiverkontakt;Slutdato;Resultat\r\n")
        for r in rows:
            f.write(";".join(r) + "\r\n")
    return rows


def write_jobs(cases):
    with open("jobs.csv", "w", encoding="utf-8", newline="") as f:
        f.write("Forløbs-id;Startdato;Slutdato;Art;Jobtype;Arbejdsgiver;Ordinært;Timer pr uge;Matcher jobønske\r\n")
        for case in rng.sample(cases, 40):
            start = dt.datetime.strptime(case[2], "%d-%m-%Y").date() + dt.timedelta(days=rng.randint(30, 200))
            if start > AS_OF:
                continue
            kind = rng.choices(["ordinært job", "fleksjob", "uddannelse"], [8, 1, 1])[0]
            competitive = {"ordinært job": "ja", "fleksjob": "nej", "uddannelse": ""}[kind]
            end = start + dt.timedelta(days=rng.randint(60, 300)) if rng.random() < 0.3 else None
            f.write(";".join([case[0], danish(start), danish(end if end and end <= AS_OF else None), kind,
                              rng.choice(JOB_TYPES), rng.choice(EMPLOYERS), competitive,
                              str(rng.choice([10, 15, 20, 25, 30, 37])),
                              rng.choices(["ja", "nej", ""], [8, 1, 1])[0]]) + "\r\n")


def write_contacts():
    with open("employer_contacts.csv", "w", encoding="utf-8", newline="") as f:
        f.write("Konsulent;Dato;Arbejdsgiver;Ansigt til ansigt;Matcher jobønske\r\n")
        day = dt.date(2024, 1, 2)
        while day <= AS_OF:
            if day.weekday() < 5:
                for consultant, fte in CONSULTANTS:
                    if rng.random() < 0.9 * fte:
                        f.write(";".join([consultant, danish(day), rng.choice(EMPLOYERS),
                                          rng.choices(["ja", "nej"], [3, 1])[0],
                                          rng.choices(["ja", "nej", ""], [7, 2, 1])[0]]) + "\r\n")
            day += dt.timedelta(days=1)


STAFF = [  # id, fte, employment share, hours a week (None: fte x 37), hours in the community
    ("AH", "1", "100 %", None, "25"),
    ("MJ", "1", "90 %", None, "20"),
    ("SK", "0,5", "100 %", None, "10"),
    ("LP", "0,8", "80 %", "30", "15"),
    ("TN", "0,5", "100 %", None, None),  # started in December 2024 and has no courses yet
]


def write_staff():
    with open("staff.yaml", "w", encoding="utf-8") as f:
        f.write("# The IPS consultants of Hjørring's IPS team (synthetic).\n"
                "site: Hjørring\nfull_time_hours: 37\nconsultants:\n")
        for cid, fte, share, hours, community in STAFF:
            f.write(f"  - id: {cid}\n    fte: {fte}\n    employment_share: {share}\n")
            if hours:
                f.write(f"    hours_per_week: {hours}\n")
            if community:
                f.write(f"    community_hours_per_week: {community}\n")


if __name__ == "__main__":
    cases = write_cases()
    write_jobs(cases)
    write_contacts()
    write_staff()
