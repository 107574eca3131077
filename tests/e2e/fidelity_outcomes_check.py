#!/usr/bin/env python3
"""Checks `ipskit compare REVIEWS --cases CASES --year YEAR --format json`
against figures computed here from the same files, without ipskit.

    fidelity_outcomes_check.py REVIEWS_DIR CASES.csv YEAR SCALE.yaml MIN_CLOSED < compare.json

Each site's latest review (by date; of one date, the consensus), its total
and section subtotals; closed courses in YEAR, job or education among them,
the share and the median days from start to the outcome date (R's type 7
quantile); Spearman's rho of total and share over the sites with MIN_CLOSED
closed courses or more, its Bonett-Wright interval, the least-squares line
and R's rstandard. Exits 1 naming the first figure that differs.
"""
import csv
import datetime as dt
import glob
import json
import math
import os
import re
import sys


def fail(what):
    print(f"fidelity_outcomes_check: {what}", file=sys.stderr)
    sys.exit(1)


def read_review(path):
    """The flat questionnaires of tests/data/fidelity-outcomes (make_data.py
    writes them): `key: value` lines and the ratings as `  N: score`, read
    without a YAML library, which CI does not install."""
    review = {"ratings": {}}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            rating = re.match(r"^\s+(\d+): (\d+)$", line)
            if rating:
                review["ratings"][int(rating.group(1))] = int(rating.group(2))
            elif not line.startswith(" ") and ": " in line:
                key, _, value = line.rstrip("\n").partition(": ")
                review[key] = value.strip('"')
    review["consensus"] = review.get("consensus") == "true"
    return review


def latest_reviews(folder):
    latest = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.yaml"))):
        review = read_review(path)
        key = review["site"].lower()
        rank = (str(review["review_date"]), bool(review.get("consensus", False)))
        if key not in latest or rank > latest[key][0]:
            latest[key] = (rank, review)
    return {key: review for key, (_, review) in latest.items()}


def sections_of(scale_path):
    """Item number -> section id, and the section ids in order, from the
    scale file's `  - { id: ... }` section lines and its items'
    `  - number: N` / `    section: ID` lines."""
    item_section, sections, number, block = {}, [], None, None
    with open(scale_path, encoding="utf-8") as f:
        for line in f:
            if m := re.match(r"^(\w+):", line):
                block = m.group(1)
            if block == "sections" and (m := re.match(r"^  - \{ id: (\w+),", line)):
                sections.append(m.group(1))
            elif m := re.match(r"^  - number: (\d+)", line):
                number = int(m.group(1))
            elif (m := re.match(r"^    section: (\w+)", line)) and number is not None:
                item_section[number] = m.group(1)
    return item_section, sections


def parse_day(text):
    return dt.datetime.strptime(text, "%d-%m-%Y").date() if text else None


def quantile7(values, p):
    values = sorted(values)
    h = (len(values) - 1) * p
    low = math.floor(h)
    return values[low] + (h - low) * (values[min(low + 1, len(values) - 1)] - values[low])


def site_outcomes(cases_path, year):
    sites = {}
    with open(cases_path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f, delimiter=";"):
            site = sites.setdefault(row["Kommune"].lower(), {"closed": 0, "joe": 0, "days": []})
            end = parse_day(row["Slutdato"])
            if not end or end.year != year:
                continue
            site["closed"] += 1
            if row["Resultat"] != "Andet":
                site["joe"] += 1
                if row["Resultatdato"]:
                    site["days"].append((parse_day(row["Resultatdato"]) - parse_day(row["Startdato"])).days)
    return sites


def mid_ranks(x):
    order = sorted(range(len(x)), key=lambda i: x[i])
    ranks = [0.0] * len(x)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and x[order[j + 1]] == x[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def pearson(x, y):
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    return sxy / math.sqrt(sum((a - mx) ** 2 for a in x) * sum((b - my) ** 2 for b in y))


def line_and_rstandard(x, y):
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxx = sum((a - mx) ** 2 for a in x)
    slope = sum((a - mx) * (b - my) for a, b in zip(x, y)) / sxx
    intercept = my - slope * mx
    fitted = [intercept + slope * a for a in x]
    s = math.sqrt(sum((b - f) ** 2 for b, f in zip(y, fitted)) / (n - 2))
    rstd = [(b - f) / (s * math.sqrt(1 - (1 / n + (a - mx) ** 2 / sxx))) for a, b, f in zip(x, y, fitted)]
    return intercept, slope, fitted, rstd


def close(got, expected, what):
    if got is None or abs(got - expected) > 1e-9 * max(1, abs(expected)):
        fail(f"{what}: ipskit {got}, expected {expected}")


def main():
    folder, cases_path, year, scale_path, min_closed = sys.argv[1:6]
    report = json.load(sys.stdin)
    tables = {t["id"]: t for t in report["tables"]}
    rows = {r["site"].lower(): r for r in tables["fidelity_outcomes"]["rows"]}
    reviews = latest_reviews(folder)
    outcomes = site_outcomes(cases_path, int(year))
    item_section, section_ids = sections_of(scale_path)
    if set(rows) != set(reviews) & set(outcomes):
        fail(f"sites {sorted(rows)}, expected {sorted(set(reviews) & set(outcomes))}")
    used = []
    for key, row in rows.items():
        review, site = reviews[key], outcomes[key]
        scores = review["ratings"]
        if row["total"] != sum(scores.values()):
            fail(f"{key} total {row['total']}, expected {sum(scores.values())}")
        for section in section_ids:
            subtotal = sum(s for n, s in scores.items() if item_section[n] == section)
            if row[f"section_{section}"] != subtotal:
                fail(f"{key} section {section}: {row[f'section_{section}']}, expected {subtotal}")
        if str(review["review_date"]) != row["review_date"]:
            fail(f"{key} review date {row['review_date']}, expected {review['review_date']}")
        if (row["closed"], row["job_or_education"]) != (site["closed"], site["joe"]):
            fail(f"{key} closed {row['closed']}/{row['job_or_education']}, expected {site['closed']}/{site['joe']}")
        if site["closed"]:
            close(row["share"], site["joe"] / site["closed"], f"{key} share")
        if site["days"]:
            close(row["median_days"], quantile7(site["days"], 0.5), f"{key} median days")
        if site["closed"] >= int(min_closed):
            used.append((key, row["total"], site["joe"] / site["closed"]))
    x = [u[1] for u in used]
    y = [u[2] for u in used]
    rho = pearson(mid_ranks(x), mid_ranks(y))
    figures = {r["measure"]: r["value"] for r in tables["rank_correlation"]["rows"]}
    if figures["sites"] != len(used):
        fail(f"correlation over {figures['sites']} sites, expected {len(used)}")
    close(figures["spearman_rho"], rho, "Spearman's rho")
    se = math.sqrt((1 + rho**2 / 2) / (len(used) - 3))
    close(figures["ci_lower"], math.tanh(math.atanh(rho) - 1.959963984540054 * se), "CI lower")
    close(figures["ci_upper"], math.tanh(math.atanh(rho) + 1.959963984540054 * se), "CI upper")
    intercept, slope, fitted, rstd = line_and_rstandard(x, y)
    close(figures["line_intercept_points"], 100 * intercept, "intercept")
    close(figures["line_slope_points"], 100 * slope, "slope")
    for (key, _, _), f, r in zip(used, fitted, rstd):
        close(rows[key]["expected_share"], f, f"{key} expected share")
        close(rows[key]["standardised_residual"], r, f"{key} standardised residual")
        flag = "below" if r < -2 else "above" if r > 2 else None
        if rows[key]["flag"] != flag:
            fail(f"{key} flag {rows[key]['flag']}, expected {flag}")
    flagged = [key for key, _, _ in used if rows[key]["flag"]]
    print(f"fidelity_outcomes_check: {len(rows)} sites, rho {rho:.4f}, flagged {flagged}: all figures agree")


if __name__ == "__main__":
    main()
