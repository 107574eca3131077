#!/usr/bin/env python3
"""Writes national-scale records for `ipskit derive` (bench/derive.sh):
cases.csv, jobs.csv, employer_contacts.csv and staff.yaml, with COURSES
courses, 2 x COURSES jobs and 5 x COURSES contacts over 2 000 consultants, in
the Danish dialect (semicolons, day-first dates, Danish headers).

usage: generate_site_records.py DIR [COURSES] [SEED]"""

import os
import random
import sys
import datetime as dt

CONSULTANTS = 2000


def main():
    folder = sys.argv[1]
    courses = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    os.makedirs(folder, exist_ok=True)
    days = [(dt.date(2020, 1, 1) + dt.timedelta(days=d)).strftime("%d-%m-%Y") for d in range(1830)]
    names = [f"K{i:04d}" for i in range(CONSULTANTS)]
    with open(f"{folder}/staff.yaml", "w", encoding="utf-8") as f:
        f.write("site: Danmark\nconsultants:\n")
        for i, n in enumerate(names):
            f.write(f"  - id: {n}\n    fte: {'0,5' if i % 4 == 0 else '1'}\n    employment_share: 95 %\n"
                    f"    community_hours_per_week: {rng.randint(5, 18)}\n")
    with open(f"{folder}/cases.csv", "w", encoding="utf-8") as f:
        f.write("Forløbs-id;Konsulent;Startdato;Første arbejdsgiverkontakt;Slutdato;Resultat\n")
        lines = []
        for i in range(courses):
            s = rng.randrange(1500)
            first = days[s + rng.randrange(90)] if rng.random() < 0.8 else ""
            end, outcome = ("", "") if rng.random() < 0.5 else (days[s + 90 + rng.randrange(200)], "Ordinært job")
            lines.append(f"F{i:07d};{names[i % CONSULTANTS]};{days[s]};{first};{end};{outcome}\n")
            if len(lines) == 100_000:
                f.writelines(lines); lines.clear()
        f.writelines(lines)
    kinds = ["ordinært job;ja", "ordinært job;ja", "ordinært job;nej", "fleksjob;", "uddannelse;"]
    types = [f"type{i}" for i in range(300)]
    employers = [f"Virksomhed {i}" for i in range(20_000)]
    with open(f"{folder}/jobs.csv", "w", encoding="utf-8") as f:
        f.write("Forløbs-id;Startdato;Slutdato;Art;Ordinært;Jobtype;Arbejdsgiver;Matcher jobønske\n")
        lines = []
        for i in range(2 * courses):
            kind = rng.choice(kinds)
            lines.append(f"F{rng.randrange(courses):07d};{days[rng.randrange(1800)]};;{kind};"
                         f"{rng.choice(types)};{rng.choice(employers)};{rng.choice(('ja', 'nej', ''))}\n")
            if len(lines) == 100_000:
                f.writelines(lines); lines.clear()
        f.writelines(lines)
    with open(f"{folder}/employer_contacts.csv", "w", encoding="utf-8") as f:
        f.write("Konsulent;Dato;Arbejdsgiver;Ansigt til ansigt;Matcher jobønske\n")
        lines = []
        for i in range(5 * courses):
            lines.append(f"{names[rng.randrange(CONSULTANTS)]};{days[rng.randrange(1800)]};"
                         f"{rng.choice(employers)};{rng.choice(('ja', 'nej'))};{rng.choice(('ja', 'nej', ''))}\n")
            if len(lines) == 100_000:
                f.writelines(lines); lines.clear()
        f.writelines(lines)


main()
