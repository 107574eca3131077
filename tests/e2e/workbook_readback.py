"""Reads a workbook ipskit wrote back from its XML (zipfile, no spreadsheet
library) and checks that every table of the Markdown report beside it is in
the workbook with the same figures: each number, percentage and date cell,
rounded as the Markdown shows it, gives the Markdown's text. Prints one line
per table found and fails on the first difference.

    workbook_readback.py report.xlsx report.md DECIMAL_MARK MIN_NUMBERS
"""
import datetime
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def column_number(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def date_styles(book):
    """The cell style indexes whose number format is a date."""
    styles = ET.fromstring(book.read("xl/styles.xml"))
    formats = {f.get("numFmtId"): f.get("formatCode") for f in styles.iterfind(".//m:numFmts/m:numFmt", NS)}
    dates = set()
    for i, xf in enumerate(styles.find("m:cellXfs", NS)):
        code = formats.get(xf.get("numFmtId"), "")
        if "yy" in code:
            dates.add(str(i))
    return dates


def read_sheets(path):
    """{sheet name: {row: {column: (kind, value)}}}, kind n, s or d."""
    book = zipfile.ZipFile(path)
    strings = []
    if "xl/sharedStrings.xml" in book.namelist():
        for si in ET.fromstring(book.read("xl/sharedStrings.xml")).iterfind("m:si", NS):
            strings.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(book.read("xl/_rels/workbook.xml.rels")).iter(REL)}
    dates = date_styles(book)
    sheets = {}
    for sheet in ET.fromstring(book.read("xl/workbook.xml")).iterfind(".//m:sheet", NS):
        target = rels[sheet.get("{%s}id" % NS["r"])]
        rows = {}
        for c in ET.fromstring(book.read("xl/" + target)).iterfind(".//m:c", NS):
            v = c.find("m:v", NS)
            if v is None:
                continue
            r = int(re.search(r"\d+", c.get("r")).group(0))
            if c.get("t") == "s":
                cell = ("s", strings[int(v.text)])
            elif c.get("s") in dates:
                cell = ("d", (datetime.date(1899, 12, 30) + datetime.timedelta(days=float(v.text))).isoformat())
            else:
                cell = ("n", float(v.text))
            rows.setdefault(r, {})[column_number(c.get("r"))] = cell
        sheets[sheet.get("name")] = rows
    return book, sheets


def markdown_tables(path):
    """[(header, rows)] of every GFM table, cells unescaped."""
    def cells(line):
        parts = re.split(r"(?<!\\)\|", line.strip())[1:-1]
        # A total row is bold in Markdown, and in the workbook.
        return [re.sub(r"\\(.)", r"\1", re.sub(r"^\*\*(.*)\*\*$", r"\1", p.strip())) for p in parts]
    lines = open(path, encoding="utf-8").read().splitlines()
    tables, i = [], 0
    while i < len(lines):
        if lines[i].startswith("|") and i + 1 < len(lines) and re.match(r"^\|( *:?-+:? *\|)+$", lines[i + 1]):
            header, body, i = cells(lines[i]), [], i + 2
            while i < len(lines) and lines[i].startswith("|"):
                body.append(cells(lines[i]))
                i += 1
            tables.append((header, body))
        else:
            i += 1
    return tables


def same(cell, text, mark):
    """Whether a workbook cell, rounded as `text` is, reads as `text`."""
    if cell is None:
        return text == ""
    kind, value = cell
    if kind == "d":  # ISO 8601, or as a Dane writes it
        y, m, d = value.split("-")
        return text in (value, f"{d}-{m}-{y}")
    if kind != "n":
        return str(value).split() == text.split()
    plain = text.replace("\u00a0", " ").replace(" %", "%")
    percent = plain.endswith("%")
    plain = plain.rstrip("%").replace(mark, ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", plain):
        return False
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    shown = value * 100 if percent else value
    return abs(shown - float(plain)) <= 0.5 * 10 ** -decimals + 1e-9


def find_header(sheets, header, used):
    """The sheet, row and first column of a header row that reads `header`
    (or `header` after a first column naming each row's group)."""
    for name, rows in sheets.items():
        for r in sorted(rows):
            labels = [rows[r][c][1] for c in sorted(rows[r])]
            for offset in (0, 1):
                if labels[offset:] == header and (name, r) not in used:
                    return name, r, offset
    return None


def main():
    book_path, md_path, mark, min_numbers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    book, sheets = read_sheets(book_path)
    numbers, used, rows_read = 0, set(), {}
    for header, body in markdown_tables(md_path):
        found = find_header(sheets, header, used)
        if found is None:
            sys.exit(f"no sheet holds the table headed {header}")
        name, r, offset = found
        rows = sheets[name]
        # A table joined from several (the item tables) goes on where the last one ended.
        row = rows_read.get((name, r), r + 1)
        for md_row in body:
            while row in rows and not same(rows[row].get(offset), md_row[0], mark):
                row += 1
            if row not in rows:
                sys.exit(f"{name}: no row for {md_row} under {header}")
            for c, text in enumerate(md_row):
                cell = rows[row].get(c + offset)
                if not same(cell, text, mark):
                    sys.exit(f"{name} row {row} column {c + offset + 1}: workbook {cell}, Markdown {text!r}")
                numbers += cell is not None and cell[0] in "nd"
            row += 1
        if offset:
            rows_read[(name, r)] = row
        else:
            used.add((name, r))
        print(f"{name}: {header[0]} ... ({len(body)} rows)")
    if numbers < min_numbers:
        sys.exit(f"only {numbers} numbers and dates compared, expected at least {min_numbers}")
    print(f"{numbers} numbers and dates equal the Markdown's")


main()
