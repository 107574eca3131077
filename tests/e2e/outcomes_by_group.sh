# Breakdowns nest in the order given, each group followed by its total and
# the overall total last; the figures of the region example are a golden file.
source "$(dirname "$0")/lib.sh"
CASES="$EXAMPLES/cases-region.csv"

run_ipskit outcomes "$CASES" --year 2021 --by cluster site --format md -o report.md
expect_status 0
expect_golden report.md outcomes/region-2021-by-cluster-site.md
grep -qF '| **Nord** | **Total** |' report.md || fail "cluster subtotal"
grep -qF '| **Total** |' report.md || fail "overall total"
# The overall total of the breakdown is the closed-course table's total.
total=$(grep -m1 -oE '^\| \*\*Total\*\* \| \*\*[0-9]+\*\*' report.md | grep -oE '[0-9]+')
grep -qE "^\| \*\*Total\*\* \|  \| .*\| \*\*$total\*\* \|" report.md || fail "breakdown total differs from $total"

# The same report in every format and language works.
for format in table csv json; do
    run_ipskit outcomes "$CASES" --year 2021 --by year consultant --lang da --format "$format"
    expect_status 0
    ! grep -q 'RS-0' "$SCRATCH/.stdout" || fail "a case id reached the $format report"
done

# Grouped by consultant, the caseload table names each consultant once: the
# key column already does, so no second "Consultant" column follows it.
run_ipskit outcomes "$CASES" --year 2021 --by site consultant --format md -o caseloads.md
expect_status 0
grep -qxF '| Site | Consultant | Active courses | Above maximum |' caseloads.md ||
    fail "the caseload table by site and consultant has other columns"
run_ipskit outcomes "$CASES" --year 2021 --by consultant --lang da --format md -o belastning.md
expect_status 0
grep -qxF '| Konsulent | Aktive forløb | Over maksimum |' belastning.md ||
    fail "the caseload table by consultant repeats the consultant"
