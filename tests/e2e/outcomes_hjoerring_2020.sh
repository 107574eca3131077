# Rebuilds the published Hjørring 2020 table from a synthetic extract saved as
# a Danish Excel export (Windows-1252, ';', Danish headers, DD-MM-YYYY), made
# by tests/data/make_hjoerring_2020.py. The expected figures are the published
# ones: of 124 courses closed in 2020, 37 ordinary job (30 %), 2 flexjob (2 %),
# 30 education (24 %), 55 other (44 %); job and education 69 = 56 %, target
# >= 50 % met; mean 308 days (0.8 years) from start to job or education.
source "$(dirname "$0")/lib.sh"
CASES="$TESTDATA/hjoerring-2020.csv"

run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --lang da --format md -o report.md
expect_status 0
grep -qF '| Ordinært job | 37 | 30 % |' report.md || fail "job row"
grep -qF '| Fleksjob | 2 | 2 % |' report.md || fail "flexjob row"
grep -qF '| Uddannelse | 30 | 24 % |' report.md || fail "education row"
grep -qF '| Andet | 55 | 44 % |' report.md || fail "other row"
grep -qF '| **I alt** | **124** | **100 %** |' report.md || fail "total row"
grep -qF '| Job eller uddannelse | 69 | 56 % |' report.md || fail "job or education row"
grep -qF '| Job eller uddannelse | 56 % | 50 % | opfyldt |' report.md || fail "target row"
# Mean days and years: the time table's first row.
grep -qE '^\| Start til job eller uddannelse \| 69 \| 308 \| [0-9]+ \| [0-9]+ \| [0-9]+ \| 0,8 \| ' report.md ||
    fail "time to job or education"
# What was left out, and the period rule.
grep -qF 'Udeladt: stadig aktive (11), afsluttet før perioden (9), afsluttet efter perioden (6).' report.md || fail "left out"
grep -qF 'Forløb med slutdato fra 01-01-2020 til 31-12-2020.' report.md || fail "period rule"
expect_golden report.md outcomes/hjoerring-2020.da.md

# The same figures in English, and the case ids nowhere.
run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020
expect_status 0
expect_out_contains "Ordinary job"
! grep -q 'HJ-0' "$SCRATCH/.stdout" || fail "a case id reached the report"

# JSON: stable keys, unrounded shares, intervals always present.
run_ipskit outcomes "$CASES" --encoding windows-1252 --year 2020 --format json
expect_status 0
expect_out_contains '"id": "closed_outcomes"'
expect_out_contains '"share": 0.5564516129032258'
expect_out_contains '"share_ci_lower"'
! grep -q 'HJ-0' "$SCRATCH/.stdout" || fail "a case id reached the JSON"
