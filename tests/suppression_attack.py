#!/usr/bin/env python3
"""Attack the small-count suppression of `ipskit outcomes` as a reader would.

For each seed: write a case extract of clusters and sites, run ipskit with
--by cluster --by site --suppress-below N as JSON, Markdown and CSV, and once
without suppression for the truth. Then take everything the JSON report
prints (the closed courses, and per group the time to contact and the
capacity too), set up every relation between its figures that a reader can see,
and prove by an exact integer search that no cell shown as <N can be pinned
to one value, unless it is a 0. Also checked: the markers are true (a <N is
0 to N-1, an x is N or more), a figure computed from counts (a share, an
interval, a verdict, mean days) is shown only where those counts are, and
Markdown and CSV show the same markers as JSON. Standard library only; docs/limits-and-safety.md
describes the method.

usage: suppression_attack.py IPSKIT [SEEDS]
"""

import csv
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile

COUNTS = ["job", "flexjob", "education", "other", "total", "job_or_education", "days_n"]
PARTS = ["job", "flexjob", "education"]


# ---------------------------------------------------------------- the extract


def make_extract(seed):
    """Case rows of 2-3 clusters of 1-3 sites, many counts small, in 2021."""
    rng = random.Random(seed)
    rows, n = [], 0

    def add(site, cluster, consultant, outcome, end, start="2020-06-01", outcome_date=True):
        nonlocal n
        n += 1
        od = "2021-03-01" if outcome in ("job", "flexjob", "education") and outcome_date else ""
        contact = "2020-07-%02d" % rng.randint(1, 28) if start < "2020-07" and rng.random() < 0.7 else ""
        rows.append([f"c{n}", site, cluster, consultant, start, contact, outcome if end else "", od, end])

    for c in range(rng.randint(2, 3)):
        cluster = f"C{c + 1}"
        for s in range(rng.randint(1, 3)):
            site = f"{cluster}-S{s + 1}"
            consultants = [f"{site}-K{k + 1}" for k in range(rng.randint(1, 2))]
            empty = rng.random() < 0.1  # a site with no course closed in 2021
            for outcome in ("job", "flexjob", "education", "other"):
                count = 0 if empty else (rng.randint(0, 4) if rng.random() < 0.5 else rng.randint(5, 18))
                for _ in range(count):
                    end = "2021-%02d-15" % rng.randint(4, 12)
                    add(site, cluster, rng.choice(consultants), outcome, end, outcome_date=rng.random() < 0.85)
            for k in consultants:  # active courses: the caseloads
                for _ in range(rng.choice([0, 1, 2, 3, 6, 9])):
                    add(site, cluster, k, "", "", start="2021-05-01")
            for _ in range(rng.randint(0, 3)):
                add(site, cluster, "", "", "", start="2021-05-01")  # active, no consultant
            for _ in range(rng.randint(0, 3)):
                add(site, cluster, consultants[0], "other", "2020-11-30", start="2020-01-10")
            for _ in range(rng.randint(0, 3)):
                add(site, cluster, consultants[0], "other", "2022-01-20", start="2021-02-10")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["case_id", "site", "cluster", "consultant", "start_date", "first_employer_contact", "outcome",
                "outcome_date", "end_date"])
    w.writerows(rows)
    return out.getvalue()


def run(ipskit, path, threshold, fmt):
    args = [ipskit, "outcomes", path, "--year", "2021", "--by", "cluster", "--by", "site", "--format", fmt]
    if threshold:
        args += ["--suppress-below", str(threshold)]
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"ipskit failed ({done.returncode}): {done.stderr}")
    return done.stdout


# ------------------------------------------------------- what the reader sees


class Problem:
    """Integer variables with bounds and linear relations: sum(a * v) == 0 or <= 0."""

    def __init__(self, threshold, cap):
        self.t, self.cap = threshold, cap
        self.lo, self.hi, self.name, self.truth = [], [], [], []
        self.small = []  # variables shown as <N
        self.relations = []  # (terms [(coefficient, variable)], is_equality)

    def var(self, shown, truth, name, in_table=True):
        """A variable for a printed count: a number, <N, or x."""
        i = len(self.lo)
        if isinstance(shown, bool) or shown is None:
            raise AssertionError(f"{name}: not a count: {shown!r}")
        if isinstance(shown, (int, float)):
            lo = hi = int(shown)
            check(lo == truth, f"{name}: shows {shown}, truth {truth}")
        elif shown == f"<{self.t}":
            lo, hi = 0, self.t - 1  # 0 is hidden too
            check(lo <= truth <= hi, f"{name}: <{self.t} but the count is {truth}")
            if truth > 0:  # a hidden 0 pinned to 0 tells of no one
                self.small.append(i)
        elif shown == "x":
            # In a table an x is N or more; in a note it is computed from one.
            lo, hi = (self.t, self.cap) if in_table else (0, self.cap)
            check(lo <= truth <= hi, f"{name}: x but the count is {truth}")
        else:
            raise AssertionError(f"{name}: unknown marker {shown!r}")
        self.lo.append(lo)
        self.hi.append(hi)
        self.name.append(name)
        self.truth.append(truth)
        return i

    def equal(self, terms):
        self.relations.append((terms, True))

    def at_most(self, terms):
        self.relations.append((terms, False))

    def sum_is(self, parts, whole):
        self.equal([(1, p) for p in parts] + [(-1, whole)])


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def is_marker(value, t):
    return value in (f"<{t}", "x")


def table(report, table_id):
    return next((t for t in report["tables"] if t["id"] == table_id), None)


def note_field(notes, pattern, what):
    for note in notes:
        m = re.search(pattern, note)
        if m:
            return [int(g) if g.isdigit() else g for g in m.groups()]
    raise AssertionError(f"no note gives {what}")


def group_key(r):
    """A row's (cluster, site), a total row's as its label: ("Total", "") or (cluster, "Total")."""
    def part(column):
        return r[column] if r[column] is not None else r.get(column + "_label", "")
    return (part("cluster"), part("site"))


def rows_by_key(t):
    return {group_key(r): r for r in t["rows"]}


def check_derived(report, t):
    """A figure computed from counts is shown only where they are shown."""
    by = table(report, "closed_outcomes_by_group")
    for r in by["rows"]:
        where = f'{r["cluster"]}/{r["site"]}'
        for c in COUNTS[:4] + ["job_or_education"]:
            for k in (f"{c}_share", f"{c}_share_ci_lower", f"{c}_share_ci_upper"):
                if k in r and r[k] is not None and not is_marker(r[k], t):
                    check(not is_marker(r[c], t) and not is_marker(r["total"], t), f"{where} {k} shown")
        if r["target_met"] is not None and not is_marker(r["target_met"], t):
            check(not is_marker(r["job_or_education"], t) and not is_marker(r["total"], t),
                  f"{where} target met shown on a hidden row")
        for k in ("days_mean", "days_median"):
            if r[k] is not None and not is_marker(r[k], t):
                check(not is_marker(r["days_n"], t), f"{where} {k} shown with days n hidden")
                check(float(r[k]).is_integer(), f"{where} {k} not in whole days: {r[k]}")
    for r in table(report, "time_from_start")["rows"]:
        for k, v in r.items():
            if k not in ("measure", "measure_label", "n") and v is not None and not is_marker(v, t):
                check(not is_marker(r["n"], t), f'time {r["measure"]}: {k} shown with n hidden')
        for k in ("mean_days", "median_days", "q1_days", "q3_days"):
            if isinstance(r[k], float):
                check(r[k].is_integer(), f"time {k} not in whole days: {r[k]}")
    for r in table(report, "closed_outcomes")["rows"]:
        if not is_marker(r["share"], t) and r["share"] is not None:
            check(not is_marker(r["n"], t), f'closed {r["outcome"]}: share shown with n hidden')
    target = table(report, "target")["rows"][0]
    if not is_marker(target["result"], t) and target["result"] is not None:
        check(not is_marker(target["share"], t), "target verdict shown with its share hidden")
    loads = table(report, "caseloads")
    for r in loads["rows"] if loads else []:
        if is_marker(r["active"], t):
            check(r["above_max"] is None or is_marker(r["above_max"], t), f'{r["consultant"]}: flag of hidden load')


def build(report, truth, t):
    """Every count the report prints, as variables, and every relation between them."""
    facts = report["facts"]
    courses = facts["courses"]
    p = Problem(t, courses)
    by, true_by = table(report, "closed_outcomes_by_group"), rows_by_key(table(truth, "closed_outcomes_by_group"))
    cells = {}
    for r in by["rows"]:
        key = group_key(r)
        cells[key] = {c: p.var(r[c], true_by[key][c], f"{key} {c}") for c in COUNTS}
    for v in cells.values():  # along each row
        p.sum_is([v[c] for c in ("job", "flexjob", "education", "other")], v["total"])
        p.sum_is([v[c] for c in PARTS], v["job_or_education"])
        p.sum_is([v["job_or_education"], v["other"]], v["total"])
        p.at_most([(1, v["days_n"]), (-1, v["job_or_education"])])  # only those with an outcome date
    grand = cells[("Total", "")]
    clusters = [k for k in cells if k[1] == "Total"]
    for cluster in clusters:  # down each column: sites to their cluster, clusters to the total
        sites = [k for k in cells if k[0] == cluster[0] and k[1] != "Total"]
        for c in COUNTS:
            p.sum_is([cells[s][c] for s in sites], cells[cluster][c])
    for c in COUNTS:
        p.sum_is([cells[k][c] for k in clusters], grand[c])

    # The overall table and the time table repeat the total row.
    labels = {"ordinary_job": "job", "flexjob": "flexjob", "education": "education", "other": "other",
              "total": "total", "job_or_education": "job_or_education"}
    for r in table(report, "closed_outcomes")["rows"]:
        check(r["n"] == by["rows"][-1][labels[r["outcome"]]], f'closed table {r["outcome"]} differs')
    time_rows, true_time = table(report, "time_from_start"), table(truth, "time_from_start")
    check(time_rows["rows"][0]["n"] == by["rows"][-1]["days_n"], "time table n differs from days n")
    contact = p.var(time_rows["rows"][1]["n"], true_time["rows"][1]["n"], "contact n")

    # The notes: each printed count is a variable tied to the others.
    notes, true_notes = time_rows["notes"], true_time["notes"]
    pattern = r"job, flexjob or education \((\S+)\).*left out: (\S+) without"
    joe, wd = note_field(notes, pattern, "without an outcome date")
    check(joe == by["rows"][-1]["job_or_education"], "the note's job or education differs")
    wd_var = p.var(wd, note_field(true_notes, pattern, "")[1], "without outcome date", in_table=False)
    p.sum_is([grand["days_n"], wd_var], grand["job_or_education"])
    pattern = r"closed in the period \((\S+)\); left out: (\S+) with no"
    total, wc = note_field(notes, pattern, "without contact")
    check(total == by["rows"][-1]["total"], "the contact note's total differs")
    wc_var = p.var(wc, note_field(true_notes, pattern, "")[1], "without contact", in_table=False)
    p.sum_is([contact, wc_var], grand["total"])
    pattern = r"Left out: (\S+) still active, (\S+) closed before the period, (\S+) closed after"
    shown, true = note_field(by["notes"], pattern, "left out"), note_field(
        table(truth, "closed_outcomes_by_group")["notes"], pattern, "")
    left = [p.var(s, v, f"left out {i}", in_table=True) for i, (s, v) in enumerate(zip(shown, true))]
    courses_var = p.var(courses, truth["facts"]["courses"], "courses read")
    p.sum_is(left + [grand["total"]], courses_var)

    # Capacity and caseloads.
    cap, true_cap = table(report, "capacity")["rows"], table(truth, "capacity")["rows"]
    active = p.var(cap[0]["n"], true_cap[0]["n"], "active")
    aftercare = p.var(cap[1]["n"], true_cap[1]["n"], "aftercare")
    p.at_most([(1, aftercare), (-1, active)])
    loads, true_loads = table(report, "caseloads"), table(truth, "caseloads")
    if loads:
        parts = [p.var(r["active"], tr["active"], f'load {r["consultant"]}')
                 for r, tr in zip(loads["rows"], true_loads["rows"])]
        pattern = r"(\S+) active courses have no consultant"
        woc = note_field(loads["notes"], pattern, "without consultant")[0]
        parts.append(p.var(woc, note_field(true_loads["notes"], pattern, "")[0], "without consultant"))
        p.sum_is(parts, active)
    build_groups(p, report, truth, cells, contact, active, aftercare)
    return p


def column_sums(p, cells, column):
    """Sites add up to their cluster, clusters to the total, in one column of per-group variables."""
    clusters = [k for k in cells if k[1] == "Total"]
    for cluster in clusters:
        p.sum_is([cells[k][column] for k in cells if k[0] == cluster[0] and k[1] != "Total"], cells[cluster][column])
    p.sum_is([cells[k][column] for k in clusters], cells[("Total", "")][column])


def build_groups(p, report, truth, closed, contact, active, aftercare):
    """The tables by group after the closed courses: time to contact and capacity per group."""
    time, true_time = table(report, "time_from_start_by_group"), rows_by_key(table(truth, "time_from_start_by_group"))
    cells = {}
    for r in time["rows"]:
        key = group_key(r)
        n = p.var(r["contact_n"], true_time[key]["contact_n"], f"{key} contact n")
        true_n = true_time[key]["contact_n"]
        true_within = round(true_time[key]["contact_within_30_days"] * true_n) if true_n else 0
        share = r["contact_within_30_days"]
        # A shown share times a shown n is a count the reader has; else it is unknown.
        shown = round(share * r["contact_n"]) if isinstance(share, float) and isinstance(r["contact_n"], int) else "x"
        within = p.var(shown, true_within, f"{key} within 30 days", in_table=False)
        p.at_most([(1, n), (-1, closed[key]["total"])])
        p.at_most([(1, within), (-1, n)])
        cells[key] = {"n": n, "within": within}
    check(set(cells) == set(closed), "the time table by group has other groups than the closed table")
    column_sums(p, cells, "n")
    column_sums(p, cells, "within")
    p.sum_is([cells[("Total", "")]["n"]], contact)

    cap, true_cap = table(report, "capacity_by_group"), rows_by_key(table(truth, "capacity_by_group"))
    groups = {}
    for r in cap["rows"]:
        key = group_key(r)
        groups[key] = {c: p.var(r[c], true_cap[key][c], f"{key} {c}")
                       for c in ("active_courses", "in_aftercare", "without_consultant")}
        p.at_most([(1, groups[key]["in_aftercare"]), (-1, groups[key]["active_courses"])])
    for c in ("active_courses", "in_aftercare", "without_consultant"):
        column_sums(p, groups, c)
    p.sum_is([groups[("Total", "")]["active_courses"]], active)
    p.sum_is([groups[("Total", "")]["in_aftercare"]], aftercare)
    loads, true_loads = table(report, "caseloads"), table(truth, "caseloads")
    by_site = {}
    for r, tr in zip(loads["rows"] if loads else [], true_loads["rows"] if true_loads else []):
        by_site.setdefault(group_key(r), []).append(p.var(r["active"], tr["active"], f'{group_key(r)} load {r["consultant"]}'))
    for key, parts in by_site.items():
        p.sum_is(parts + [groups[key]["without_consultant"]], groups[key]["active_courses"])


# ------------------------------------------------------ the exact integer search


def ceil_div(x, y):
    return -((-x) // y)


class Search:
    """Exact integer feasibility by bounds propagation and splitting a domain."""

    def __init__(self, problem, node_limit=200_000):
        self.p, self.nodes, self.limit = problem, 0, node_limit
        self.of_var = [[] for _ in problem.lo]
        for r, (terms, _) in enumerate(problem.relations):
            for _, v in terms:
                self.of_var[v].append(r)

    def propagate(self, lo, hi):
        """Narrows lo/hi in place to what every relation allows; False if empty.

        For sum(a_i v_i) (==, <=) 0 each a_i v_i lies within minus the range
        of the other terms: sound, so no integer solution is ever cut off."""
        queue = list(range(len(self.p.relations)))
        queued = set(queue)
        while queue:
            r = queue.pop()
            queued.discard(r)
            terms, equality = self.p.relations[r]
            mins = [a * (lo[v] if a > 0 else hi[v]) for a, v in terms]
            maxs = [a * (hi[v] if a > 0 else lo[v]) for a, v in terms]
            smin, smax = sum(mins), sum(maxs)
            if smin > 0 or (equality and smax < 0):
                return False
            for (a, v), mn, mx in zip(terms, mins, maxs):
                rest_min, rest_max = smin - mn, smax - mx
                # rest_min + a*v <= 0, and for an equality rest_max + a*v >= 0
                up, down = -rest_min, (-rest_max if equality else None)
                if a > 0:
                    new_hi = up // a
                    new_lo = ceil_div(down, a) if down is not None else lo[v]
                else:
                    new_lo = ceil_div(up, a)
                    new_hi = down // a if down is not None else hi[v]
                new_lo, new_hi = max(lo[v], new_lo), min(hi[v], new_hi)
                if new_lo > new_hi:
                    return False
                if (new_lo, new_hi) != (lo[v], hi[v]):
                    lo[v], hi[v] = new_lo, new_hi
                    for q in self.of_var[v]:
                        if q not in queued:
                            queue.append(q)
                            queued.add(q)
        return True

    def feasible(self, lo, hi):
        self.nodes += 1
        if self.nodes > self.limit:
            raise AssertionError("the search went past its node limit: inconclusive")
        lo, hi = lo[:], hi[:]
        if not self.propagate(lo, hi):
            return False
        open_vars = [v for v in range(len(lo)) if lo[v] < hi[v]]
        if not open_vars:
            return True
        v = min(open_vars, key=lambda i: hi[i] - lo[i])
        mid = (lo[v] + hi[v]) // 2
        for a, b in ((lo[v], mid), (mid + 1, hi[v])):
            lo2, hi2 = lo[:], hi[:]
            lo2[v], hi2[v] = a, b
            if self.feasible(lo2, hi2):
                return True
        return False

    def values_of(self, v, at_most=2):
        """Up to `at_most` values of v with a whole solution each."""
        found = []
        for value in range(self.p.lo[v], self.p.hi[v] + 1):
            lo, hi = self.p.lo[:], self.p.hi[:]
            lo[v] = hi[v] = value
            if self.feasible(lo, hi):
                found.append(value)
                if len(found) == at_most:
                    break
        return found


def check_model(p):
    """The true table satisfies every relation: the model is right."""
    for terms, equality in p.relations:
        s = sum(a * p.truth[v] for a, v in terms)
        check(s == 0 if equality else s <= 0, "a relation does not hold on the true counts: "
              + " ".join(f"{a:+d}*{p.name[v]}" for a, v in terms))


def md_tables(text):
    """(header, rows) of each Markdown table, bold and escapes taken off."""
    tables, block = [], []
    for line in text.splitlines() + [""]:
        if line.startswith("|"):
            block.append([c.strip().strip("*").replace("\\", "") for c in line.strip().strip("|").split("|")])
        elif block:
            tables.append((block[0], block[2:]))
            block = []
    return tables


def csv_tables(text):
    """(header, rows) of each CSV table: blocks between blank lines, each under its title row."""
    tables, block = [], []
    for row in list(csv.reader(io.StringIO(text))) + [[]]:
        if row:
            block.append(row)
        elif block:
            if len(block) > 1:
                block = block[1:]  # the table's title row
            tables.append((block[0], block[1:]))
            block = []
    return tables


def check_markers(report, tables, t, fmt):
    """Each table of the format shows, cell for cell, the markers of the JSON table."""
    json_tables = [tb for tb in report["tables"]]
    check(len(tables) == len(json_tables), f"{fmt}: {len(tables)} tables, JSON {len(json_tables)}")
    for (header, rows), tb in zip(tables, json_tables):
        keys, used = [], set()
        for label in header:
            key = next(c["key"] for c in tb["columns"] if c["label"] == label and c["key"] not in used)
            used.add(key)
            keys.append(key)
        check(len(rows) == len(tb["rows"]), f'{fmt} {tb["id"]}: other rows than JSON')
        for row, jrow in zip(rows, tb["rows"]):
            for cell, key in zip(row, keys):
                if is_marker(cell, t) or is_marker(jrow[key], t):
                    check(cell == jrow[key], f'{fmt} {tb["id"]} {key}: {cell!r}, JSON {jrow[key]!r}')


def attack(ipskit, seed, workdir):
    t = 3 + seed % 3  # thresholds 3, 4 and 5
    path = os.path.join(workdir, f"cases-{seed}.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write(make_extract(seed))
    report, truth = json.loads(run(ipskit, path, t, "json")), json.loads(run(ipskit, path, 0, "json"))
    check_markers(report, md_tables(run(ipskit, path, t, "md")), t, "Markdown")
    check_markers(report, csv_tables(run(ipskit, path, t, "csv")), t, "CSV")
    check_derived(report, t)
    p = build(report, truth, t)
    check_model(p)
    search = Search(p)
    for v in p.small:
        values = search.values_of(v)
        check(len(values) >= 2, f"seed {seed}: {p.name[v]} (<{t}) can only be {values}")
    hidden = sum(1 for i in range(len(p.lo)) if p.lo[i] < p.hi[i])
    return t, len(p.small), hidden, search.nodes


def main():
    ipskit = sys.argv[1]
    seeds = range(int(sys.argv[2]) if len(sys.argv) > 2 else 12)
    failures = 0
    with tempfile.TemporaryDirectory() as workdir:
        for seed in seeds:
            try:
                t, small, hidden, nodes = attack(ipskit, seed, workdir)
                print(f"seed {seed}: N={t}, {small} cells <{t}, {hidden} hidden in all, none pinned "
                      f"({nodes} search nodes)")
            except AssertionError as e:
                failures += 1
                print(f"seed {seed}: FAIL: {e}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
