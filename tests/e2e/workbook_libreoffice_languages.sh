# A template written in Danish, filled in (openpyxl: 'ja', 'nej', numbers as
# text), saved again by LibreOffice, read under English messages; and one
# written in English read under Danish. LibreOffice rewrites every part of
# the file in its own way (its own shared strings and styles), so this is the
# workbook a reviewer hands back. Expected, by hand: 22 items x 4 = 88, item
# 1 measured 23 -> 4, item 5 with 4 of 5 elements -> 4, item 9 no fit -> 1: 97, fair.
source "$(dirname "$0")/lib.sh"
need /usr/bin/python3 python3
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || need openpyxl-module python3-openpyxl
need soffice libreoffice-calc-nogui
FILL="$IPSKIT_SOURCE_DIR/tests/e2e/workbook_fill.py"

resave() {  # resave IN OUT: IN saved again as .xlsx by LibreOffice
    mkdir -p "$SCRATCH/lo" && cp "$1" "$SCRATCH/lo/in.xlsx"
    HOME="$SCRATCH" timeout 100 soffice --headless --norestore --convert-to 'xlsx:Calc MS Excel 2007 XML' \
        --outdir "$SCRATCH/lo/out" "$SCRATCH/lo/in.xlsx" >/dev/null 2>&1 || fail "LibreOffice could not save $1"
    mv "$SCRATCH/lo/out/in.xlsx" "$2"
}

for lang in da en; do
    # The kind of review as each drop-down shows it.
    yes=yes no=no kind="guided self-assessment"
    [ $lang = da ] && yes=ja no=nej kind="guidet selvvurdering"
    run_ipskit template ips-25 --xlsx "template-$lang.xlsx" --lang $lang --site "Ærø Kommune" --reviewer "Søren" \
        --date 2026-03-04
    expect_status 0
    /usr/bin/python3 "$FILL" "template-$lang.xlsx" "filled-$lang.xlsx" all=4 1:value=23 1:score=text:4 9:no_fit=$yes \
        9:score= 5:score= 5:tick=weekly_team_meetings 5:tick=shared_decisions 5:tick=shared_records \
        5:untick=shares_offices 5:tick=raises_work_for_others "3:note=Godt: alle sager set; 20,5 %" \
        "review_type=$kind" period_from=2025-09-01 period_to=2026-02-28 "visit_dates=2026-03-04, 2026-03-03"
    resave "filled-$lang.xlsx" "resaved-$lang.xlsx"
done

# Danish workbook, English messages and report.
run_ipskit score resaved-da.xlsx --lang en -o da.md
expect_status 0
grep -qF "Total 97 of 125 (25–125 possible): Fair fidelity (74–99)." da.md || fail "da: $(grep Total da.md)"
grep -qF "Godt: alle sager set; 20,5 %" da.md || fail "da: the note is lost"
# English workbook, Danish messages and report.
run_ipskit score resaved-en.xlsx --lang da -o en.md
expect_status 0
grep -qF "Samlet score" en.md || fail "en: the report is not Danish"
grep -qF "97" en.md || fail "en: total"

# After LibreOffice the workbook converts to the same YAML as before it.
"$IPSKIT" convert filled-da.xlsx before.yaml
"$IPSKIT" convert resaved-da.xlsx after.yaml
diff before.yaml after.yaml >&2 || fail "LibreOffice's copy reads differently"
grep -qx 'visit_dates: \["2026-03-03", "2026-03-04"\]' after.yaml || fail "visit dates: $(grep visit after.yaml)"
grep -qx 'review_period: { from: "2025-09-01", to: "2026-02-28" }' after.yaml || fail "period lost"
grep -qx 'review_type: guided_self_assessment' after.yaml || fail "kind of review: $(grep review_type after.yaml)"
"$IPSKIT" convert resaved-en.xlsx after-en.yaml
grep -qx 'review_type: guided_self_assessment' after-en.yaml || fail "en: $(grep review_type after-en.yaml)"

# A Danish error for a Danish reviewer: a word that is no yes or no.
/usr/bin/python3 "$FILL" resaved-da.xlsx bad.xlsx 9:no_fit=måske
run_ipskit score bad.xlsx --lang da -o never.md
expect_status 1
expect_err_contains "bad.xlsx:Bedømmerskema!H"
expect_err_contains "no_fit skal være ja eller nej, ikke 'måske' — vælg ja eller nej på cellens liste"
expect_no_file never.md
