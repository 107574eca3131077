#!/usr/bin/env python3
"""The closed-course outcome table, as an analyst would build it with pandas + openpyxl.

This is the baseline `ipskit outcomes` is measured against (bench/run.sh). It
reads a cases.csv extract in either dialect of docs/formats.md, checks the same
rules ipskit checks (so the two do the same work), and for the courses closed
in the period writes, per municipality (or cluster): the count and share of
each outcome, the job-or-education share, and the mean and median days from
start to the job or education start.

Outputs: --xlsx (openpyxl), --md (Markdown) and --json, the same figures in a
neutral form that bench/compare_tables.py compares with ipskit's JSON.

It is written the way a competent analyst would write it (vectorised pandas,
no row loops) but not tuned beyond that: the point is a fair, typical baseline.
"""

import argparse
import json
import re
import sys

import pandas as pd

REQUIRED = ["case_id", "start_date"]
DATE_COLUMNS = ["referral_date", "start_date", "first_employer_contact", "outcome_date", "end_date"]
# docs/formats.md: canonical name -> accepted aliases (already normalised, see normalise_header).
ALIASES = {
    "case_id": ["forloeb_id", "sags_id", "id"],
    "site": ["kommune", "jobcenter", "team"],
    "cluster": ["klynge"],
    "consultant": ["konsulent", "ips_konsulent"],
    "target_group": ["maalgruppe"],
    "referral_date": ["henvisningsdato"],
    "start_date": ["startdato"],
    "first_employer_contact": ["foerste_arbejdsgiverkontakt"],
    "outcome": ["resultat", "udfald"],
    "outcome_date": ["resultatdato"],
    "end_date": ["slutdato", "afslutningsdato"],
    "aftercare": ["efterv\u00e6rn", "eftervaern"],
}
OUTCOME_LABELS = {
    "job": "job", "ordinært job": "job", "ordinaert job": "job",
    "flexjob": "flexjob", "fleksjob": "flexjob",
    "education": "education", "uddannelse": "education",
    "other": "other", "andet": "other",
}
KINDS = ["job", "flexjob", "education", "other"]
# The outcomes that count as "job or education": ordinary job, flexjob and
# education, as in Hjørring's evaluation (37 + 2 + 30 of 124 = 56 %).
JOB_OR_EDUCATION = ["job", "flexjob", "education"]
YES_NO = {"yes", "no", "ja", "nej", "y", "n", "j", "true", "false", "1", "0"}
DATE_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y"]
MAX_ERRORS = 20

LABELS = {
    "en": {"site": "Site", "cluster": "Cluster", "job": "Job", "flexjob": "Flexjob",
           "education": "Education", "other": "Other", "total": "Closed courses",
           "share": "share", "job_or_education": "Job or education",
           "days_n": "With start date", "days_mean": "Mean days to job/education",
           "days_median": "Median days to job/education", "total_row": "Total",
           "not_given": "(not given)", "title": "Closed courses by outcome"},
    "da": {"site": "Kommune", "cluster": "Klynge", "job": "Ordinært job", "flexjob": "Fleksjob",
           "education": "Uddannelse", "other": "Andet", "total": "Afsluttede forløb",
           "share": "andel", "job_or_education": "Job eller uddannelse",
           "days_n": "Med startdato", "days_mean": "Gns. dage til job/uddannelse",
           "days_median": "Median dage til job/uddannelse", "total_row": "I alt",
           "not_given": "(ikke angivet)", "title": "Afsluttede forløb efter resultat"},
}


class ExtractError(Exception):
    """One or more problems in the extract, each 'FILE:LINE:COLUMN: error: ...'."""


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", help="cases.csv extract, or the same as a workbook (.xlsx)")
    period = parser.add_mutually_exclusive_group()
    period.add_argument("--year", type=int, help="courses closed in this calendar year")
    period.add_argument("--from", dest="date_from", help="first end date (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", help="last end date (YYYY-MM-DD)")
    parser.add_argument("--by", choices=["site", "cluster"], default="site")
    parser.add_argument("--lang", choices=sorted(LABELS), default="en")
    parser.add_argument("--xlsx", help="write the table to this workbook")
    parser.add_argument("--md", help="write the table as Markdown")
    parser.add_argument("--json", help="write the figures as neutral JSON (for compare_tables.py)")
    return parser.parse_args(argv)


def period_of(args):
    """(first, last) end date of the period, as Timestamps; None means open."""
    if args.year is not None:
        return pd.Timestamp(args.year, 1, 1), pd.Timestamp(args.year, 12, 31)
    first = pd.Timestamp(args.date_from) if args.date_from else None
    last = pd.Timestamp(args.date_to) if args.date_to else None
    return first, last


# ---------------------------------------------------------------- reading

def normalise_header(name):
    """formats.md: case-insensitive, spaces ignored, ' ', '-', '_' alike, æøå = ae oe aa."""
    name = name.strip().lower()
    name = name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return re.sub(r"[ _-]+", "_", name)


def detect_delimiter(path):
    """The delimiter among , ; TAB that occurs most in the header line; a tie is refused."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        header = f.readline()
    counts = {d: header.count(d) for d in [",", ";", "\t"]}
    best = max(counts, key=counts.get)
    if counts[best] == 0 or list(counts.values()).count(counts[best]) > 1:
        raise ExtractError(f"{path}:1:1: error: cannot tell the delimiter from the header line")
    return best


def read_frame(path):
    """The extract's cells as strings: read_csv, or read_excel through openpyxl for a workbook,
    whose date cells come as "2020-01-02 00:00:00" and are cut to the ISO date."""
    if path.endswith(".xlsx"):
        frame = pd.read_excel(path, sheet_name=0, engine="openpyxl", dtype=str,
                              keep_default_na=False, na_values=[""])
        return frame.apply(lambda column: column.str.replace(r"^(\d{4}-\d\d-\d\d) 00:00:00$", r"\1",
                                                                regex=True))
    return pd.read_csv(path, sep=detect_delimiter(path), encoding="utf-8-sig", dtype=str,
                       keep_default_na=False, na_values=[""])


def read_extract(path):
    """The extract as a DataFrame of strings with canonical column names; empty cells are NaN."""
    frame = read_frame(path)
    lookup = {normalise_header(alias): canonical
              for canonical, aliases in ALIASES.items() for alias in [canonical] + aliases}
    renamed = {column: lookup[normalise_header(column)]
               for column in frame.columns if normalise_header(column) in lookup}
    missing = [c for c in REQUIRED if c not in renamed.values()]
    if missing:
        raise ExtractError(f"{path}:1:1: error: required column {missing[0]} is missing; "
                           f"found: {', '.join(frame.columns)}")
    frame = frame[list(renamed)].rename(columns=renamed)
    for column in ALIASES:  # optional columns absent from the file are simply empty
        if column not in frame:
            frame[column] = pd.Series(pd.NA, index=frame.index, dtype=object)
    return frame


# ---------------------------------------------------------------- validation

def parse_dates(text):
    """Parses a column of date strings; returns (dates, mask of cells given but invalid).

    Each distinct string is parsed once and mapped back: pandas' own cache is skipped
    when the first 500 values are mostly distinct, as start dates are, and parsing
    a million strings one by one is what makes such scripts slow. The accepted
    formats are tried in turn on the strings the previous ones left unparsed.
    """
    distinct = pd.Series(text.dropna().unique())
    parsed = pd.Series(pd.NaT, index=distinct.index, dtype="datetime64[ns]")
    todo = pd.Series(True, index=distinct.index)
    for fmt in DATE_FORMATS:
        if not todo.any():
            break
        parsed[todo] = pd.to_datetime(distinct[todo], format=fmt, errors="coerce")
        todo &= parsed.isna()
    dates = text.map(pd.Series(parsed.values, index=distinct.values))
    return dates, text.notna() & dates.isna()


class Problems:
    """Gathers row errors so the user can fix the extract in one pass."""

    def __init__(self, path):
        self.path, self.lines, self.count = path, [], 0

    def add(self, rows, column, what):
        """rows: a boolean mask over the frame; line = row + 2 (header is line 1)."""
        for row in rows[rows].index:
            self.count += 1
            if len(self.lines) < MAX_ERRORS:
                self.lines.append(f"{self.path}:{row + 2}: error: {column}: {what(row)}")

    def raise_if_any(self):
        if self.count:
            extra = self.count - len(self.lines)
            tail = [f"... and {extra} more errors"] if extra > 0 else []
            raise ExtractError("\n".join(self.lines + tail))


def validate(frame, path):
    """Checks every rule of formats.md; returns the columns the table needs, parsed.

    The parsed columns go into a new frame rather than back into `frame`:
    replacing a column of a different dtype in place makes pandas 1.5 copy the
    whole block of string columns each time, which costs more than the parsing.
    """
    problems = Problems(path)
    ids = frame["case_id"]
    problems.add(ids.isna(), "case_id", lambda r: "empty case id")
    later = ids.duplicated(keep="first") & ids.notna()
    if later.any():
        first_line = {case: row + 2 for row, case in ids[~later].dropna().items()}
        problems.add(later, "case_id",
                     lambda r: f"duplicate case id {ids[r]}, first on line {first_line[ids[r]]}")
    parsed = {"site": frame["site"], "cluster": frame["cluster"]}
    for column in DATE_COLUMNS:
        parsed[column], bad = parse_dates(frame[column])
        problems.add(bad, column, lambda r, t=frame[column]: f"not a valid date: {t[r]!r}")
    problems.add(frame["start_date"].isna(), "start_date", lambda r: "start date is required")

    text = frame["outcome"]
    parsed["outcome"] = text.str.strip().str.lower().map(OUTCOME_LABELS)
    problems.add(text.notna() & parsed["outcome"].isna(), "outcome",
                 lambda r: f"unknown outcome {text[r]!r}")
    problems.add(parsed["end_date"].notna() & text.isna(), "outcome",
                 lambda r: "a closed course (end date set) needs an outcome")
    aftercare = frame["aftercare"].str.strip().str.lower()
    problems.add(aftercare.notna() & ~aftercare.isin(YES_NO), "aftercare",
                 lambda r: f"not yes/no: {frame.at[r, 'aftercare']!r}")
    for column in ["first_employer_contact", "outcome_date", "end_date"]:
        problems.add(parsed[column] < parsed["start_date"], column,
                     lambda r: "before the start date")
    problems.raise_if_any()
    return pd.DataFrame(parsed)


# ---------------------------------------------------------------- computation

def outcome_table(frame, period, by, labels):
    """One row per group plus a total row: counts, shares and days to job/education."""
    first, last = period
    closed = frame[frame["end_date"].notna()]
    if first is not None:
        closed = closed[closed["end_date"] >= first]
    if last is not None:
        closed = closed[closed["end_date"] <= last]
    closed = closed.assign(group=closed[by].fillna(labels["not_given"]))

    counts = pd.crosstab(closed["group"], closed["outcome"]).reindex(columns=KINDS, fill_value=0)
    reached = closed[closed["outcome"].isin(["job", "flexjob", "education"])
                     & closed["outcome_date"].notna()]
    days = (reached["outcome_date"] - reached["start_date"]).dt.days

    table = counts.copy()
    table.loc[labels["total_row"]] = counts.sum()
    table["total"] = table[KINDS].sum(axis=1)
    for kind in KINDS:
        table[f"{kind}_share"] = table[kind] / table["total"]
    table["job_or_education"] = table[JOB_OR_EDUCATION].sum(axis=1)
    table["job_or_education_share"] = table["job_or_education"] / table["total"]
    by_group = days.groupby(reached["group"]).agg(["count", "mean", "median"])
    by_group.loc[labels["total_row"]] = [days.count(), days.mean(), days.median()]
    table["days_n"] = by_group["count"].reindex(table.index).fillna(0).astype(int)
    table["days_mean"] = by_group["mean"].reindex(table.index)
    table["days_median"] = by_group["median"].reindex(table.index)
    return table


# ---------------------------------------------------------------- output

COLUMNS = (["job", "job_share", "flexjob", "flexjob_share", "education", "education_share",
            "other", "other_share", "total", "job_or_education", "job_or_education_share",
            "days_n", "days_mean", "days_median"])


def column_label(key, labels):
    if key.endswith("_share"):
        return f"{labels[key[:-len('_share')]]}, {labels['share']}"
    return labels[key]


def write_json(table, path, period, by):
    def record(name, row):
        out = {"group": name}
        for key in COLUMNS:
            value = row[key]
            out[key] = None if pd.isna(value) else (int(value) if key in INT_COLUMNS else float(value))
        return out

    rows = [record(name, row) for name, row in table.iloc[:-1].iterrows()]
    first, last = period
    iso = lambda day: None if day is None else day.date().isoformat()  # noqa: E731
    document = {"by": by, "period": {"from": iso(first), "to": iso(last)},
                "rows": rows, "total": record(table.index[-1], table.iloc[-1])}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)


INT_COLUMNS = {"job", "flexjob", "education", "other", "total", "job_or_education", "days_n"}


def write_markdown(table, path, by, labels):
    def cell(key, value):
        if pd.isna(value):
            return ""
        if key.endswith("_share"):
            return f"{100 * value:.1f} %"
        if key in INT_COLUMNS:
            return str(int(value))
        return f"{value:.1f}"

    head = [labels[by]] + [column_label(k, labels) for k in COLUMNS]
    lines = [f"## {labels['title']}", "", "| " + " | ".join(head) + " |",
             "|---" + "|---:" * len(COLUMNS) + "|"]
    for name, row in table.iterrows():
        lines.append("| " + " | ".join([str(name)] + [cell(k, row[k]) for k in COLUMNS]) + " |")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_xlsx(table, path, by, labels):
    sheet = table[COLUMNS].rename(columns={k: column_label(k, labels) for k in COLUMNS})
    sheet.index.name = labels[by]
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        sheet.to_excel(writer, sheet_name="outcomes")
        cells = writer.sheets["outcomes"]
        for i, key in enumerate(COLUMNS, start=2):  # column A holds the group names
            if key.endswith("_share"):
                for row in cells.iter_rows(min_row=2, min_col=i, max_col=i):
                    row[0].number_format = "0.0%"


def main(argv=None):
    args = parse_args(argv)
    labels = LABELS[args.lang]
    try:
        frame = validate(read_extract(args.cases), args.cases)
    except ExtractError as error:
        print(error, file=sys.stderr)
        return 1
    table = outcome_table(frame, period_of(args), args.by, labels)
    if args.xlsx:
        write_xlsx(table, args.xlsx, args.by, labels)
    if args.md:
        write_markdown(table, args.md, args.by, labels)
    if args.json:
        write_json(table, args.json, period_of(args), args.by)
    return 0


if __name__ == "__main__":
    sys.exit(main())
