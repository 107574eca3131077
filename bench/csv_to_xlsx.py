#!/usr/bin/env python3
"""Write a generated cases.csv extract as a workbook (.xlsx), as Excel would save it.

    csv_to_xlsx.py IN.csv OUT.xlsx

The benchmark reads the same extract from CSV and from a workbook. The workbook
holds what Excel makes of the extract: text in the shared-strings table (every
case id is one of them), dates as date cells (serial numbers with a date
style, in the 1900 system), and one sheet, "Forløb". It is written as a stream
with the standard library only (zipfile), so a million rows take about a
minute and little memory; openpyxl would take several minutes.
"""

import csv
import datetime
import sys
import zipfile
from xml.sax.saxutils import escape

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
EPOCH = datetime.date(1899, 12, 30)  # serials from 61 on count from here
DATE_HEADERS = {"henvisningsdato", "startdato", "første arbejdsgiverkontakt", "resultatdato", "slutdato",
                "referral_date", "start_date", "first_employer_contact", "outcome_date", "end_date"}


def column_letters(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def serial(text):
    """The 1900-system serial of a DD-MM-YYYY or YYYY-MM-DD date."""
    if text[2] == "-":
        day, month, year = int(text[:2]), int(text[3:5]), int(text[6:])
    else:
        year, month, day = int(text[:4]), int(text[5:7]), int(text[8:])
    return (datetime.date(year, month, day) - EPOCH).days


def write_sheet(rows, out, strings):
    out.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData>'.encode())
    date_columns = set()
    for number, row in enumerate(rows, 1):
        if number == 1:
            date_columns = {i for i, name in enumerate(row) if name.strip().lower() in DATE_HEADERS}
        cells = []
        for i, value in enumerate(row):
            if value == "":
                continue
            ref = f"{column_letters(i)}{number}"
            if number > 1 and i in date_columns:
                cells.append(f'<c r="{ref}" s="1"><v>{serial(value)}</v></c>')
            else:
                index = strings.setdefault(value, len(strings))
                cells.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
        out.write(f'<row r="{number}">{"".join(cells)}</row>'.encode())
    out.write(b"</sheetData></worksheet>")


def main(source, target):
    with open(source, encoding="utf-8-sig", newline="") as f:
        delimiter = ";" if f.readline().count(";") > 0 else ","
    strings = {}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        with open(source, encoding="utf-8-sig", newline="") as f, \
                z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            write_sheet(csv.reader(f, delimiter=delimiter), out, strings)
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            out.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<sst {NS} uniqueCount="{len(strings)}">'.encode())
            for text in strings:  # dicts keep the order of their keys, which is the index
                out.write(f"<si><t>{escape(text)}</t></si>".encode())
            out.write(b"</sst>")
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types '
                   'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.worksheet+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.sharedStrings+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.styles+xml"/></Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
                   "</Relationships>")
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS} xmlns:r="{REL}">'
                   '<sheets><sheet name="Forløb" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
                   f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                   f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                   f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/></Relationships>')
        z.writestr("xl/styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {NS}>'
                   '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                   '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                   '<borders count="1"><border/></borders>'
                   '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                   '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                   '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                   '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
                   '</styleSheet>')


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2].strip())
    main(sys.argv[1], sys.argv[2])
