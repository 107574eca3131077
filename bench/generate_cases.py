#!/usr/bin/env python3
"""Write a synthetic cases.csv extract, as a Danish municipal system exports it.

The file follows docs/formats.md ("cases.csv") so a strict validator accepts it:
unique pseudonymous case ids, an outcome exactly when the course is closed,
no outcome date, first employer contact or end date before the start date,
and every date within 2016-2021.

The same --seed and options always give the same bytes, so a benchmark file
can be cached and regenerated anywhere. Only the standard library is used, so
it runs on a bare CI machine.

Speed: 10M rows (about 1 GB) must take well under a minute, so rows are built
in batches from precomputed date strings and per-field random draws made with
random.choices(k=batch), and written with one write() per batch. Each batch has
its own random generator seeded from (--seed, batch number), so batches can be
built on several cores and the bytes still do not depend on --jobs.
"""

import argparse
import datetime
import multiprocessing
import os
import random
import sys

FIRST_DAY = datetime.date(2016, 1, 1)
LAST_DAY = datetime.date(2021, 12, 31)
N_DAYS = (LAST_DAY - FIRST_DAY).days + 1
BATCH = 50_000

# The 98 Danish municipalities, grouped by region (the region is the cluster).
NATIONAL = {
    "Hovedstaden": [
        "Albertslund", "Allerød", "Ballerup", "Bornholm", "Brøndby", "Dragør", "Egedal",
        "Fredensborg", "Frederiksberg", "Frederikssund", "Furesø", "Gentofte", "Gladsaxe",
        "Glostrup", "Gribskov", "Halsnæs", "Helsingør", "Herlev", "Hillerød", "Hvidovre",
        "Høje-Taastrup", "Hørsholm", "Ishøj", "København", "Lyngby-Taarbæk", "Rudersdal",
        "Rødovre", "Tårnby", "Vallensbæk",
    ],
    "Sjælland": [
        "Faxe", "Greve", "Guldborgsund", "Holbæk", "Kalundborg", "Køge", "Lejre", "Lolland",
        "Næstved", "Odsherred", "Ringsted", "Roskilde", "Slagelse", "Solrød", "Sorø", "Stevns",
        "Vordingborg",
    ],
    "Syddanmark": [
        "Assens", "Billund", "Esbjerg", "Fanø", "Fredericia", "Faaborg-Midtfyn", "Haderslev",
        "Kerteminde", "Kolding", "Langeland", "Middelfart", "Nordfyns", "Nyborg", "Odense",
        "Svendborg", "Sønderborg", "Tønder", "Varde", "Vejen", "Vejle", "Ærø", "Aabenraa",
    ],
    "Midtjylland": [
        "Favrskov", "Hedensted", "Herning", "Holstebro", "Horsens", "Ikast-Brande", "Lemvig",
        "Norddjurs", "Odder", "Randers", "Ringkøbing-Skjern", "Samsø", "Silkeborg",
        "Skanderborg", "Skive", "Struer", "Syddjurs", "Viborg", "Aarhus",
    ],
    "Nordjylland": [
        "Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt", "Læsø", "Mariagerfjord",
        "Morsø", "Rebild", "Thisted", "Vesthimmerland", "Aalborg",
    ],
}

# Region Sjælland's 17 municipalities in three made-up clusters (a regional evaluation).
SJAELLAND = {
    "Klynge Nord": ["Holbæk", "Kalundborg", "Odsherred", "Roskilde", "Lejre"],
    "Klynge Øst": ["Greve", "Køge", "Solrød", "Stevns", "Ringsted"],
    "Klynge Syd": ["Faxe", "Guldborgsund", "Lolland", "Næstved", "Vordingborg", "Slagelse", "Sorø"],
}

DIALECTS = {
    "danish": {
        "delimiter": ";",
        "bom": "\ufeff",
        "newline": "\r\n",  # Danish Excel saves CRLF
        "header": [
            "Forløb ID", "Kommune", "Klynge", "Konsulent", "Målgruppe", "Henvisningsdato",
            "Startdato", "Første arbejdsgiverkontakt", "Resultat", "Resultatdato", "Slutdato",
            "Efterværn",
        ],
        "date": "{d:02d}-{m:02d}-{y:04d}",
        "outcomes": ["Ordinært job", "Fleksjob", "Uddannelse", "Andet"],
        "yes_no": ["Ja", "Nej"],
        "target_groups": ["svær sindslidelse", "psykisk sårbar", "angst, depression"],
    },
    "international": {
        "delimiter": ",",
        "bom": "",
        "newline": "\n",
        "header": [
            "case_id", "site", "cluster", "consultant", "target_group", "referral_date",
            "start_date", "first_employer_contact", "outcome", "outcome_date", "end_date",
            "aftercare",
        ],
        "date": "{y:04d}-{m:02d}-{d:02d}",
        "outcomes": ["job", "flexjob", "education", "other"],
        "yes_no": ["yes", "no"],
        # The comma in the last label makes the writer quote it, exercising RFC 4180 quoting.
        "target_groups": ["severe mental illness", "mentally vulnerable", "anxiety, depression"],
    },
}

# Outcome mix of closed courses: job, flexjob, education, other (per cent).
OUTCOME_WEIGHTS = [30, 2, 24, 44]
CLOSED_SHARE = 0.70


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1000, help="number of courses (data rows)")
    parser.add_argument("--dialect", choices=sorted(DIALECTS), default="danish")
    parser.add_argument(
        "--sites", default="national",
        help="'national' (98 municipalities, 5 regions as clusters), 'sjaelland' "
             "(17 municipalities in 3 clusters) or a number K (the first K national ones)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", default="-", help="output file, '-' for stdout")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="processes building batches (does not change the output)")
    return parser.parse_args(argv)


def site_table(spec):
    """Returns [(site, cluster)] for the --sites option."""
    if spec == "national":
        groups = NATIONAL
    elif spec == "sjaelland":
        groups = SJAELLAND
    else:
        try:
            count = int(spec)
        except ValueError:
            sys.exit(f"generate_cases.py: --sites must be national, sjaelland or a number, not {spec!r}")
        if count < 1:
            sys.exit("generate_cases.py: --sites needs at least 1 site")
        national = site_table("national")
        extra = [(f"Kommune {i:03d}", "Øvrige") for i in range(len(national) + 1, count + 1)]
        return (national + extra)[:count]
    return [(site, cluster) for cluster, sites in groups.items() for site in sites]


def quote(value, delimiter):
    """RFC 4180 quoting, only where needed (as Excel does)."""
    if delimiter in value or '"' in value or "\n" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def date_strings(pattern):
    """Every date of 2016-2021 formatted once, indexed by day number from FIRST_DAY."""
    one_day = datetime.timedelta(days=1)
    out, day = [], FIRST_DAY
    for _ in range(N_DAYS):
        out.append(pattern.format(d=day.day, m=day.month, y=day.year))
        day += one_day
    return out


def row_heads(sites, rng, dialect):
    """The 'site;cluster;consultant;target group;' openings of rows and their cumulative weights.

    Drawing one opening per row from all combinations costs one draw instead of three.
    """
    d = dialect["delimiter"]
    groups = [quote(t, d) for t in dialect["target_groups"]] + [""]
    group_weights = [45, 40, 10, 5]
    heads, cum, total = [], [], 0.0
    for number, (site, cluster) in enumerate(sites, start=1):
        # Municipalities differ a lot in size; a skewed weight gives small and large groups.
        site_weight = rng.paretovariate(1.2)
        # Consultant ids are initials-like codes; about 3 % of rows leave the cell empty.
        consultants = [(f"K{number:03d}{c:02d}", 16) for c in range(1, 7)] + [("", 4)]
        for consultant, consultant_weight in consultants:
            for group, group_weight in zip(groups, group_weights):
                heads.append(d.join([quote(site, d), quote(cluster, d), consultant, group, ""]))
                total += site_weight * consultant_weight * group_weight
                cum.append(total)
    return heads, cum


def make_batch(rng, first_id, count, ctx):
    """Returns the rows (without newlines) of `count` courses starting at case number first_id.

    Every piece is precomputed with its trailing delimiter, so a row is one
    f-string of six pieces; this loop is where the generator spends its time.
    """
    d, dates_d, last = ctx["delimiter"], ctx["dates_d"], N_DAYS - 1
    outcomes_d, yes, no = ctx["outcomes_d"], ctx["yes"], ctx["no"]
    active_tail = d * 3  # outcome, outcome date, end date and aftercare all empty
    ids = map(ctx["id_format"].format, range(first_id, first_id + count))
    heads = rng.choices(ctx["heads"], cum_weights=ctx["head_cum"], k=count)
    referral_gaps = rng.choices(range(-1, 61), k=count)  # -1: referral date not given
    starts = rng.choices(range(0, last - 20), k=count)
    closed = rng.choices([True, False], weights=[CLOSED_SHARE, 1 - CLOSED_SHARE], k=count)
    durations = rng.choices(range(14, 900), k=count)
    kinds = rng.choices(range(4), weights=OUTCOME_WEIGHTS, k=count)
    fractions = rng.choices(range(0, 101), k=count)   # outcome date as % of the course
    contacts = rng.choices(range(-40, 200), k=count)  # <0: no employer contact yet
    flags = rng.choices(range(20), k=count)           # shared by several 5 %-ish choices

    lines = []
    append = lines.append
    for ident, head, start, gap, is_closed, dur, kind, frac, contact_gap, flag in zip(
            ids, heads, starts, referral_gaps, closed, durations, kinds, fractions, contacts, flags):
        referral = dates_d[start - gap] if 0 <= gap <= start else d
        room = last - start
        if is_closed:
            # Keep every end date inside 2021: shrink the course rather than pile up on 31-12-2021.
            if dur > room:
                dur = room * frac // 100
            if kind < 3:  # job, flexjob, education: a start date, missing in ~5 %
                reached = dates_d[start + dur * frac // 100] if flag else d
                aftercare = yes if flag < 14 else no
            else:
                reached = d
                aftercare = no if flag < 10 else ""
            tail = f"{outcomes_d[kind]}{reached}{dates_d[start + dur]}{aftercare}"
        else:
            tail = active_tail
            dur = room
        contact = dates_d[start + contact_gap] if 0 <= contact_gap <= dur else d
        append(f"{ident}{head}{referral}{dates_d[start]}{contact}{tail}")
    return lines


def build_context(args):
    dialect = DIALECTS[args.dialect]
    d = dialect["delimiter"]
    heads, head_cum = row_heads(site_table(args.sites), random.Random(f"{args.seed}/sites"), dialect)
    id_width = max(7, len(str(args.rows)))
    return {
        "delimiter": d,
        "newline": dialect["newline"],
        "dates_d": [day + d for day in date_strings(dialect["date"])],
        "heads": heads,
        "head_cum": head_cum,
        "outcomes_d": [quote(o, d) + d for o in dialect["outcomes"]],
        "yes": dialect["yes_no"][0],
        "no": dialect["yes_no"][1],
        "id_format": f"F{{:0{id_width}d}}{d}",
        "header": dialect["bom"] + d.join(quote(h, d) for h in dialect["header"]),
    }


_CTX = {}  # the worker processes' copy of the context, set once by _init_worker


def _init_worker(ctx):
    _CTX.update(ctx)


def batch_text(task):
    """The text of one batch; task = (seed, batch number, row count)."""
    seed, number, rows = task
    rng = random.Random(f"{seed}/{number}")
    count = min(BATCH, rows - number * BATCH)
    nl = _CTX["newline"]
    return nl.join(make_batch(rng, number * BATCH + 1, count, _CTX)) + nl


def write_extract(args, out):
    ctx = build_context(args)
    out.write(ctx["header"] + ctx["newline"])
    tasks = [(args.seed, n, args.rows) for n in range((args.rows + BATCH - 1) // BATCH)]
    if args.jobs <= 1 or len(tasks) <= 1:
        _init_worker(ctx)
        for task in tasks:
            out.write(batch_text(task))
        return
    # imap keeps batch order; writing is faster than building, so few finished batches wait.
    with multiprocessing.Pool(args.jobs, initializer=_init_worker, initargs=(ctx,)) as pool:
        for text in pool.imap(batch_text, tasks, chunksize=1):
            out.write(text)


def main(argv=None):
    args = parse_args(argv)
    if args.rows < 0:
        sys.exit("generate_cases.py: --rows must be 0 or more")
    # newline="" keeps our CRLF/LF as written; a large buffer keeps write() calls few.
    if args.output == "-":
        out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="", buffering=1 << 20,
                   closefd=False)
    else:
        out = open(args.output, "w", encoding="utf-8", newline="", buffering=1 << 20)
    with out:
        write_extract(args, out)


if __name__ == "__main__":
    main()
