#!/usr/bin/env python3
"""Writes the inputs of the fidelity-beside-outcomes tests (ipskit compare --cases).

Region Sjælland's 13 municipalities in their three clusters, each with a
consensus review after about 8 and 16 months (April and December 2021) and a
case extract of 2021-2023 in Danish headers. Every site's job-or-education
share in 2022 follows its fidelity, except Holbæk's, which is set far below.
Stevns has courses and no review, for the test of a site missing from the
reviews (the reviews folder leaves it out; reviews-all/ adds it). Seeded, so
the files are the same on every run:

    python3 tests/data/fidelity-outcomes/make_data.py
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
# site: (cluster, local model, December 2021 total, courses a year)
SITES = {
    "Køge": ("Øst", "Slagelse", 104, 30),
    "Solrød": ("Øst", "Slagelse", 92, 12),
    "Stevns": ("Øst", "Slagelse", 88, 10),
    "Faxe": ("Øst", "Holbæk", 97, 18),
    "Odsherred": ("Vest", "Holbæk", 85, 16),
    "Ringsted": ("Vest", "Kalundborg", 101, 20),
    "Kalundborg": ("Vest", "Kalundborg", 112, 26),
    "Holbæk": ("Vest", "Holbæk", 108, 34),
    "Slagelse": ("Vest", "Slagelse", 115, 40),
    "Lolland": ("Syd", "Kalundborg", 79, 22),
    "Guldborgsund": ("Syd", "Kalundborg", 94, 28),
    "Vordingborg": ("Syd", "Holbæk", 90, 20),
    "Næstved": ("Syd", "Slagelse", 106, 36),
}
NOT_REVIEWED = "Stevns"


def ratings_for(total, rng):
    """25 item scores from 1 to 5 that add up to `total`."""
    scores = [total // 25] * 25
    for i in rng.sample(range(25), total - sum(scores)):
        scores[i] += 1
    # Move points between items, keeping the sum, so that items differ.
    for _ in range(40):
        a, b = rng.randrange(25), rng.randrange(25)
        if scores[a] < 5 and scores[b] > 1:
            scores[a] += 1
            scores[b] -= 1
    return scores


def write_review(folder, site, cluster, date, total, rng, consensus, reviewer):
    scores = ratings_for(total, rng)
    name = f"{site.lower().replace('æ', 'ae').replace('ø', 'oe')}-{date}{'' if consensus else '-a'}.yaml"
    with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
        out.write(f"# Synthetic review for the ipskit tests (make_data.py). Total {total}.\n")
        out.write(f"scale: ips-25\nsite: {site}\ncluster: {cluster}\nreview_date: {date}\n")
        out.write(f'reviewer: "{reviewer}"\n')
        if consensus:
            out.write("consensus: true\n")
        out.write("ratings:\n")
        for number, score in enumerate(scores, 1):
            out.write(f"  {number}: {score}\n")


def write_reviews(rng):
    for folder in ("reviews", "reviews-all"):
        os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    for site, (cluster, _, total, _) in SITES.items():
        folders = ["reviews-all"] + ([] if site == NOT_REVIEWED else ["reviews"])
        early = total - 6 - rng.randrange(6)
        for folder in folders:
            path = os.path.join(HERE, folder)
            state = rng.getstate()
            write_review(path, site, cluster, "2021-04-20", early, rng, True, "Anne Holm, Peter Lund (konsensus)")
            write_review(path, site, cluster, "2021-12-07", total, rng, True, "Anne Holm, Peter Lund (konsensus)")
            # One reviewer's own questionnaire of the same day: the consensus must win.
            if site == "Ringsted":
                write_review(path, site, cluster, "2021-12-07", total - 9, rng, False, "Anne Holm")
            rng.setstate(state)
        # Advance once for the site, as if written to one folder only.
        ratings_for(early, rng), ratings_for(total, rng)
        if site == "Ringsted":
            ratings_for(total - 9, rng)


def day(d):
    return d.strftime("%d-%m-%Y")


def course_rows(rng):
    rows = []
    number = 0
    for site, (cluster, _, total, per_year) in SITES.items():
        share = 0.15 + (total - 79) / 36 * 0.5  # 15 % at 79, 65 % at 115
        if site == "Holbæk":
            share = 0.12
        for year in (2021, 2022, 2023):
            for _ in range(per_year):
                number += 1
                start = dt.date(year - 1, 6, 1) + dt.timedelta(days=rng.randrange(365))
                referral = start - dt.timedelta(days=3 + rng.randrange(40))
                contact = start + dt.timedelta(days=5 + rng.randrange(80))
                end = start + dt.timedelta(days=120 + rng.randrange(420))
                row = {
                    "Forløb ID": f"FO-{number:05d}",
                    "Kommune": site,
                    "Klynge": cluster,
                    "IPS-konsulent": f"{site[:2].upper()}{1 + rng.randrange(2)}",
                    "Henvisningsdato": day(referral),
                    "Startdato": day(start),
                    "Første arbejdsgiverkontakt": day(contact) if rng.random() < 0.85 else "",
                    "Resultat": "",
                    "Resultatdato": "",
                    "Slutdato": "",
                }
                if end <= dt.date(2023, 12, 31):
                    row["Slutdato"] = day(end)
                    if rng.random() < share:
                        row["Resultat"] = rng.choice(["Ordinært job", "Ordinært job", "Uddannelse", "Fleksjob"])
                        row["Resultatdato"] = day(start + dt.timedelta(days=30 + rng.randrange((end - start).days - 29)))
                    else:
                        row["Resultat"] = "Andet"
                rows.append(row)
    return rows


def main():
    rng = random.Random(2112)
    write_reviews(rng)
    rows = course_rows(rng)
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    with open(os.path.join(HERE, "clusters.yaml"), "w", encoding="utf-8") as out:
        out.write("# Region Sjælland's municipalities: cluster and local model (make_data.py).\n")
        for site, (cluster, model, _, _) in SITES.items():
            out.write(f"{site}: {{cluster: {cluster}, model: {model}}}\n")


if __name__ == "__main__":
    main()
