# A report's workbook shows text that looks like Excel's _xHHHH_ escape as
# it was written: a municipality named "Kommune _x0041_" in the outcomes
# workbook, a note "kode _x0041_" in the score workbook. Read back three
# ways, none of them ipskit's: openpyxl; the cells decoded as Excel decodes
# them (ECMA-376 ST_Xstring: _xHHHH_ is the character HHHH), by a decoder
# written here from the standard; and LibreOffice's own reading as CSV.
source "$(dirname "$0")/lib.sh"
need python3 python3-openpyxl
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || {
    [ "${CI:-}" = true ] && fail "openpyxl is missing under CI; .ci/run must install python3-openpyxl"
    skip "openpyxl is not installed (apt-get install python3-openpyxl)"
}

{
    echo 'Forløb ID;Kommune;Klynge;IPS-konsulent;Målgruppe;Startdato;Resultat;Resultatdato;Slutdato'
    for i in $(seq 1 12); do
        printf 'A-%02d;Kommune _x0041_;Nord;K1;svær sindslidelse;01-03-2020;Ordinært job;01-09-2020;01-11-2020\n' "$i"
        printf 'B-%02d;Brønderslev;Nord;K2;svær sindslidelse;01-03-2020;Andet;;01-11-2020\n' "$i"
    done
} >cases.csv
run_ipskit outcomes cases.csv --year 2020 --by site -o outcomes.md --xlsx outcomes.xlsx
expect_status 0
grep -qF 'Kommune \_x0041\_' outcomes.md || fail "the Markdown lacks the municipality: $(cat outcomes.md)"

sed 's/note: "Konsulenterne laver kun IPS; ingen sagsbehandling"/note: "kode _x0041_ og _x00e6_"/' \
    "$EXAMPLES/review-hjorring-2020-a.yaml" >review.yaml
grep -qF 'kode _x0041_' review.yaml || fail "the note was not planted"
run_ipskit score review.yaml -o score.md --xlsx score.xlsx
expect_status 0

/usr/bin/python3 - outcomes.xlsx 'Kommune _x0041_' score.xlsx 'kode _x0041_ og _x00e6_' <<'PY' || fail "a workbook shows another text"
import re
import sys
import zipfile
from xml.etree import ElementTree

import openpyxl

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def as_excel_shows(text):
    return re.sub("_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def excel_texts(path):
    with zipfile.ZipFile(path) as book:
        root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
    return {as_excel_shows("".join(t.text or "" for t in si.iter(NS + "t"))) for si in root.iter(NS + "si")}


def openpyxl_texts(path):
    book = openpyxl.load_workbook(path)
    return {c.value for sheet in book for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}


for path, wanted in zip(sys.argv[1::2], sys.argv[2::2]):
    if not any(wanted in t for t in excel_texts(path)):
        sys.exit(f"{path}: Excel does not show {wanted!r}")
    if not any(wanted in t for t in openpyxl_texts(path)):
        sys.exit(f"{path}: openpyxl does not read {wanted!r}")
PY

command -v soffice >/dev/null || {
    [ "${CI:-}" = true ] && fail "soffice is missing under CI; .ci/run must install libreoffice-calc-nogui"
    skip "soffice is not installed (apt-get install libreoffice-calc-nogui)"
}
HOME="$SCRATCH" timeout 100 soffice --headless --norestore \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' \
    --outdir lo outcomes.xlsx >/dev/null 2>&1 || fail "LibreOffice could not read the workbook"
cat lo/*.csv >lo.csv
grep -qF 'Kommune _x0041_' lo.csv || fail "LibreOffice reads: $(grep -i kommune lo.csv | head -3)"
if grep -qF 'Kommune A,' lo.csv; then fail "LibreOffice decoded the municipality's name"; fi
