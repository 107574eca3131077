# Small-count suppression attacked as a reader would: on twelve generated
# extracts of clusters and sites (--by cluster --by site, thresholds 3 to 5),
# tests/suppression_attack.py sets up every relation between the figures the
# JSON report prints (row and column sums, the notes, caseloads, days n at
# most job or education; per group the days to contact, within 30 days,
# active courses, aftercare and courses without a consultant, with their
# subtotals) and proves by an exact integer search that no cell
# shown as <N (other than a 0) can be only one value; it also checks that
# every marker is true (<N is 0 to N-1, x is N or more), that a figure
# computed from hidden counts is hidden, and that Markdown and CSV show
# JSON's markers cell for cell.
source "$(dirname "$0")/lib.sh"
need python3 python3

python3 "$IPSKIT_SOURCE_DIR/tests/suppression_attack.py" "$IPSKIT" 12 >attack.txt 2>&1 ||
    fail "suppression can be undone: $(cat attack.txt)"
[ "$(grep -c 'none pinned' attack.txt)" = 12 ] || fail "not every table was attacked: $(cat attack.txt)"

# The workbook holds the same markers as text cells: "<5" for the small
# flexjob count, "x" for the education count hidden to protect it.
run_ipskit outcomes "$TESTDATA/hjoerring-2020.csv" --encoding windows-1252 --year 2020 --suppress-below 5 \
    --xlsx report.xlsx -o report.md
expect_status 0
python3 - report.xlsx <<'PY' || fail "the workbook lacks the markers"
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    strings = re.findall(r"<t[^>]*>([^<]*)</t>", z.read("xl/sharedStrings.xml").decode())
sys.exit(0 if "&lt;5" in strings and "x" in strings else 1)
PY
