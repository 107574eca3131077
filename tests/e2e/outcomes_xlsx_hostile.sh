# Workbooks that are broken or hostile, made with Python's zipfile: each is
# refused with a clear error naming the file (and the sheet and cell where one
# is at fault), exit 1, no crash, and no report written.
source "$(dirname "$0")/lib.sh"
need python3 python3

/usr/bin/python3 - <<'PY'
import zipfile

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

def book(path, sheet_xml, shared=("forloeb_id", "startdato"), sheets=("Forløb",), workbook_xml=None,
         extra=()):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", workbook_xml or
                   f'<workbook {NS} xmlns:r="{REL}"><sheets>' +
                   "".join(f'<sheet name="{n}" sheetId="{i}" r:id="r{i}"/>' for i, n in enumerate(sheets, 1)) +
                   "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="r1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                   f'<Relationship Id="r2" Type="{REL}/worksheet" Target="worksheets/sheet2.xml"/>'
                   f'<Relationship Id="s" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/sharedStrings.xml",
                   f"<sst {NS}>" + "".join(f"<si><t>{s}</t></si>" for s in shared) + "</sst>")
        if sheet_xml is not None:
            z.writestr("xl/worksheets/sheet1.xml", f"<worksheet {NS}><sheetData>{sheet_xml}</sheetData></worksheet>")
        for name, data in extra:
            z.writestr(name, data)

header = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
book("shared.xlsx", header + '<row r="17"><c r="A17" t="inlineStr"><is><t>K1</t></is></c>'
     '<c r="B17" t="s"><v>99</v></c></row>')
book("sheets.xlsx", header, sheets=("Forløb", "Noter"))
book("missing-part.xlsx", None)
book("entities.xlsx", header, workbook_xml='<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
     '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
     f'<workbook {NS}><sheets><sheet name="&b;"/></sheets></workbook>')
# A sheet that inflates a thousandfold: 200 MB of blanks between two rows.
book("bomb.xlsx", None)
with zipfile.ZipFile("bomb.xlsx", "a", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
        f.write(f"<worksheet {NS}><sheetData>{header}".encode())
        blanks = b" " * (1 << 20)
        for _ in range(200):
            f.write(blanks)
        f.write(b"</sheetData></worksheet>")
with open("encrypted.xlsx", "wb") as f:
    f.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504))
with open("truncated.xlsx", "wb") as f:
    f.write(open("shared.xlsx", "rb").read()[:300])
PY

refused() {
    local file=$1 message=$2
    shift 2
    run_ipskit outcomes "$file" "$@" -o out.md
    expect_status 1
    expect_err_contains "$message"
    expect_no_file out.md
    ! grep -qiE 'terminate|abort|segmentation|std::' "$SCRATCH/.stderr" || fail "$file: $err"
}

refused shared.xlsx "shared.xlsx:Forløb!B17: error: the cell refers to shared string 99, but the workbook has 2"
refused sheets.xlsx 'sheets.xlsx: error: the workbook has no sheet "Opgørelse" — give --sheet one of "Forløb", "Noter", or its number from 1 to 2' --sheet Opgørelse
refused sheets.xlsx 'sheets.xlsx: error: the workbook has no sheet "3"' --sheet 3
refused missing-part.xlsx "missing-part.xlsx:Forløb: error: the workbook lists this sheet but does not hold it"
refused entities.xlsx "entities.xlsx: error: the workbook's XML declares a DOCTYPE or entities"
refused bomb.xlsx "bomb.xlsx: error: the part \"xl/worksheets/sheet1.xml\" of the workbook inflates to more than 500 times its packed size (a zip bomb?)"
refused encrypted.xlsx "encrypted.xlsx: error: the file is an encrypted (password-protected) workbook or an Excel 97-2003 workbook (.xls)"
refused truncated.xlsx "truncated.xlsx: error: the workbook's zip container is damaged"

# In Danish, as the user asked.
run_ipskit outcomes shared.xlsx --lang da -o out.md
expect_status 1
expect_err_contains "shared.xlsx:Forløb!B17: fejl: cellen henviser til delt tekst nr. 99, men projektmappen har 2"
