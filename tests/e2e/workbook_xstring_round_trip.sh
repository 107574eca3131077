# Text that looks like Excel's _xHHHH_ escape, and a carriage return that
# Excel must write as one, survive YAML -> workbook -> YAML; after
# LibreOffice has saved the workbook again, the look-alikes still read back
# as typed.
source "$(dirname "$0")/lib.sh"
need soffice libreoffice-calc-nogui

"$IPSKIT" template ips-25 -o template.yaml --site "Ærø Kommune" --reviewer Søren
/usr/bin/python3 - <<'PY'
text = open("template.yaml", encoding="utf-8").read()
text = text.replace("\n  1:\n", '\n  1: { score: 4, note: "kode _x0041_ i journalen, _x005F_ og _xZZ_" }\n', 1)
text = text.replace("\n  2:\n", '\n  2: { score: 3, note: "linje 1\\r\\nlinje 2" }\n', 1)
open("review.yaml", "w", encoding="utf-8").write(text)
PY
run_ipskit convert review.yaml review.xlsx
expect_status 0
"$IPSKIT" convert review.xlsx back.yaml
grep -qxF '  1: { score: 4, note: "kode _x0041_ i journalen, _x005F_ og _xZZ_" }' back.yaml ||
    fail "item 1: $(grep '^  1:' back.yaml)"
grep -qxF '  2: { score: 3, note: "linje 1\r\nlinje 2" }' back.yaml || fail "item 2: $(grep '^  2:' back.yaml)"

mkdir lo && cp review.xlsx lo/in.xlsx
HOME="$SCRATCH" timeout 100 soffice --headless --norestore --convert-to 'xlsx:Calc MS Excel 2007 XML' \
    --outdir lo/out lo/in.xlsx >/dev/null 2>&1 || fail "LibreOffice could not save the workbook"
"$IPSKIT" convert lo/out/in.xlsx resaved.yaml
# LibreOffice keeps a cell's line breaks as line feeds alone; all else is as before.
sed 's/linje 1\\r\\nlinje 2/linje 1\\nlinje 2/' back.yaml >expected.yaml
diff expected.yaml resaved.yaml >&2 || fail "LibreOffice's copy reads differently"
