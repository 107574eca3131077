# --html writes one self-contained page that a browser shows and prints:
# headless Chromium renders it to a PNG that is not blank and prints it to a
# PDF of at least one page. The page holds the report's tables with headers,
# in the report's language, fetches nothing, and is the same bytes each run.
source "$(dirname "$0")/lib.sh"
need python3 python3
need chromium chromium
CHECK="$IPSKIT_SOURCE_DIR/tests/e2e/html_check.py"

# Chromium keeps a profile and caches under HOME; keep them in the scratch folder.
export HOME="$SCRATCH"
browser() {
    timeout 100 chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
        --user-data-dir="$SCRATCH/profile" "$@" >/dev/null 2>&1
}

run_ipskit outcomes "$TESTDATA/hjoerring-2020.csv" --encoding windows-1252 --year 2020 --lang da \
    --html report.html -o report.md
expect_status 0
python3 "$CHECK" page report.html da >/dev/null || fail "report.html is not a self-contained page"
grep -qF '<td>Ordinært job</td><td class="num">37</td><td class="num">30 %</td>' report.html ||
    fail "report.html lacks the closed-course row of the Markdown report"
grep -qF '| Ordinært job | 37 | 30 % |' report.md || fail "report.md changed with --html"

run_ipskit outcomes "$TESTDATA/hjoerring-2020.csv" --encoding windows-1252 --year 2020 --lang da \
    --html again.html
cmp -s report.html again.html || fail "two runs gave different pages"

browser --screenshot="$SCRATCH/page.png" --window-size=1240,1754 "file://$SCRATCH/report.html" ||
    fail "Chromium could not render report.html"
python3 "$CHECK" png page.png >/dev/null || fail "the screenshot of report.html is blank"
browser --print-to-pdf="$SCRATCH/page.pdf" "file://$SCRATCH/report.html" || fail "Chromium could not print report.html"
python3 "$CHECK" pdf page.pdf >/dev/null || fail "the PDF of report.html has no page"

# The checks themselves tell a blank page from a report.
printf '<!DOCTYPE html>\n<html lang="en"><body></body></html>\n' >blank.html
browser --screenshot="$SCRATCH/blank.png" --window-size=400,300 "file://$SCRATCH/blank.html"
! python3 "$CHECK" png blank.png 2>/dev/null || fail "a blank screenshot passed the check"

# Every command that writes a report takes --html; a review's page is in English by default.
run_ipskit score "$EXAMPLES/review-hjorring-2020-a.yaml" --html score.html
expect_status 0
python3 "$CHECK" page score.html en >/dev/null || fail "score.html is not a self-contained page"

# A page is a file of its own, never standard output or another output's file.
run_ipskit score "$EXAMPLES/review-hjorring-2020-a.yaml" --html -
expect_status 2
expect_err_contains "error: --html: the HTML page cannot be written to standard output"
run_ipskit score "$EXAMPLES/review-hjorring-2020-a.yaml" -o same.out --html same.out
expect_status 2
expect_err_contains "error: --html names the same file as another output"
expect_no_file same.out
