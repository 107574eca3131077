#!/usr/bin/env python3
"""Checks the small-count suppression of `ipskit compare REVIEWS --cases
CASES --year YEAR --suppress-below N --format json` against counts computed
here from the same files, without ipskit, and as a reader would attack it.

    compare_suppression_check.py REVIEWS_DIR CASES.csv YEAR N MIN_CLOSED < compare.json

Each cell shown must be the exact figure; a <N must hide 0 to N-1, an x N or
more; a share or median only beside the counts it comes from. Then, from
what the report shows (the cells, the markers, whether a site is in the
correlation, the note's count of courses with an outcome date), it works
out every pair (closed, job or education) each site can have and proves
that every hidden count of 1 to N-1 (closed, job or education, and closed
minus job or education) has at least two possible values. The line's
figures must be hidden whenever a share in it is, and the flags must be
those of the exact figures. Exits 1 naming the first problem.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fidelity_outcomes_check import latest_reviews, line_and_rstandard, quantile7, site_outcomes  # noqa: E402

# No site in the data has more courses than this; a reader does not know
# so, but a wider bound only gives more possible values.
MOST = 200


def fail(what):
    print(f"compare_suppression_check: {what}", file=sys.stderr)
    sys.exit(1)


def count_range(cell, true, n, what):
    """The values a count cell leaves possible; fails if the cell is wrong."""
    if isinstance(cell, int):
        if cell != true:
            fail(f"{what} shows {cell}, the count is {true}")
        return range(cell, cell + 1)
    if cell == f"<{n}":
        if true >= n:
            fail(f"{what} shows <{n} for {true}")
        return range(0, n)
    if cell == "x":
        if true < n:
            fail(f"{what} shows x for {true}, a small count")
        return range(n, MOST + 1)
    fail(f"{what} shows {cell!r}")


def hidden(cell):
    return isinstance(cell, str)


def main():
    folder, cases_path, year, n, min_closed = sys.argv[1:6]
    n, min_closed = int(n), int(min_closed)
    report = json.load(sys.stdin)
    tables = {t["id"]: t for t in report["tables"]}
    table = tables["fidelity_outcomes"]
    rows = {r["site"].lower(): r for r in table["rows"]}
    outcomes = site_outcomes(cases_path, int(year))
    reviews = latest_reviews(folder)
    pairs = {}  # site -> the (closed, job or education) the report leaves possible
    hidden_small = []
    for key, row in rows.items():
        site = outcomes[key]
        closed, joe, days = site["closed"], site["joe"], site["days"]
        if len(days) != joe:
            fail(f"{key}: the attack assumes every job or education has an outcome date")
        c_range = count_range(row["closed"], closed, n, f"{key} closed")
        j_range = count_range(row["job_or_education"], joe, n, f"{key} job or education")
        if not hidden(row["closed"]) and not hidden(row["job_or_education"]) and closed - joe < n:
            fail(f"{key} shows closed {closed} and job or education {joe}: the rest, {closed - joe}, is small")
        if hidden(row["share"]) != (hidden(row["closed"]) or hidden(row["job_or_education"])):
            fail(f"{key} share {row['share']!r} beside counts {row['closed']!r}, {row['job_or_education']!r}")
        if not hidden(row["share"]) and closed and abs(row["share"] - joe / closed) > 1e-12:
            fail(f"{key} share {row['share']}, expected {joe / closed}")
        median = row["median_days"]
        if median is not None and not hidden(median):
            if len(days) < n or hidden(row["job_or_education"]):
                fail(f"{key} shows a median of {len(days)} courses' days")
            if abs(median - quantile7(days, 0.5)) > 0.5 or median != round(median):
                fail(f"{key} median {median}, expected {quantile7(days, 0.5)} in whole days")
        if hidden(median) and median == f"<{n}" and len(days) >= n:
            fail(f"{key} median shown as <{n} for {len(days)} courses")
        in_line = row["flag"] != "not_in_correlation"
        if in_line != (closed >= min_closed and closed > 0):
            fail(f"{key} in the correlation: {in_line}, with {closed} closed")
        possible = set()
        for c in c_range:
            if in_line != (c >= min_closed and c > 0):
                continue
            for j in j_range:
                if j > c:
                    continue
                # A shown median says the days' n (here job or education) is n or more, a <n that it is less.
                if median is not None and not hidden(median) and j < n:
                    continue
                if median == f"<{n}" and j >= n:
                    continue
                possible.add((c, j))
        if (closed, joe) not in possible:
            fail(f"{key}: the model leaves out the true counts")
        pairs[key] = possible
        for what, true, cell in (("closed", closed, row["closed"]), ("job or education", joe, row["job_or_education"]),
                                 ("the rest", closed - joe, "hidden" if hidden(row["closed"]) or hidden(row["job_or_education"]) else 0)):
            if hidden(cell) and 1 <= true < n:
                hidden_small.append((key, what))

    # The note: "of the W with an outcome date", the sites' days added up.
    note = next(note for note in table["notes"] if "with an outcome date" in note)
    shown_w = re.search(r"of the (\S+) with an outcome date", note).group(1)
    total_days = sum(len(outcomes[k]["days"]) for k in rows)
    if shown_w.isdigit() and int(shown_w) != total_days:
        fail(f"the note gives {shown_w} with an outcome date, expected {total_days}")
    # Which pairs each site can have once the others must make up W.
    keys = list(pairs)
    feasible = {k: set() for k in keys}
    for i, key in enumerate(keys):
        others = {0}
        for other in keys[:i] + keys[i + 1:]:
            values = {j for _, j in pairs[other]}
            others = {s + v for s in others for v in values if s + v <= total_days}
        for c, j in pairs[key]:
            if not shown_w.isdigit() or int(shown_w) - j in others:
                feasible[key].add((c, j))
    for key, what in hidden_small:
        if what == "closed":
            values = {c for c, _ in feasible[key]}
        elif what == "job or education":
            values = {j for _, j in feasible[key]}
        else:
            values = {c - j for c, j in feasible[key]}
        if len(values) < 2:
            fail(f"{key}'s {what} can be worked out: only {sorted(values)} fits what the report shows")

    # The line and the flags.
    used = [k for k in keys if outcomes[k]["closed"] >= min_closed and outcomes[k]["closed"] > 0]
    line_hidden = any(hidden(rows[k]["share"]) for k in used)
    figures = {r["measure"]: r["value"] for r in tables["rank_correlation"]["rows"]}
    for measure in ("line_intercept_points", "line_slope_points"):
        if hidden(figures[measure]) != line_hidden:
            fail(f"{measure} {figures[measure]!r}, with a hidden share in the line: {line_hidden}")
    totals = [sum(reviews[k]["ratings"].values()) for k in used]
    shares = [outcomes[k]["joe"] / outcomes[k]["closed"] for k in used]
    _, _, _, rstd = line_and_rstandard(totals, shares)
    for key, r in zip(used, rstd):
        row = rows[key]
        for column in ("expected_share", "standardised_residual"):
            if hidden(row[column]) != (line_hidden or hidden(row["share"])):
                fail(f"{key} {column} {row[column]!r}, with the line hidden: {line_hidden}")
        flag = "below" if r < -2 else "above" if r > 2 else None
        if row["flag"] != flag:
            fail(f"{key} flag {row['flag']}, expected {flag} from the exact figures")
    flagged = [k for k in used if rows[k]["flag"]]
    print(f"compare_suppression_check: {len(rows)} sites, {len(hidden_small)} hidden small counts, none can "
          f"be worked out; line hidden: {line_hidden}; flagged {flagged}")


if __name__ == "__main__":
    main()
