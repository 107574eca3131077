# 1,000,000 courses in one group (one site, one consultant, one target
# group): work per course that grew with the size of its group would make
# this run quadratic and time out (TIMEOUT and LABELS slow in
# tests/CMakeLists.txt). The figures are counted again here, with awk, from
# the generated file. IPSKIT_ADVERSARIAL_ROWS makes it smaller.
source "$(dirname "$0")/lib.sh"
rows=${IPSKIT_ADVERSARIAL_ROWS:-1000000}

# Starts in 2019; of every ten courses two are active and eight closed, in
# 2019, 2020 or 2021, with the four outcomes in turn.
awk -v rows="$rows" 'BEGIN {
    OFS = ";"
    print "case_id", "site", "consultant", "target_group", "start_date", "first_employer_contact",
          "outcome", "outcome_date", "end_date", "aftercare"
    split("job flexjob education other", outcome, " ")
    for (i = 1; i <= rows; i++) {
        start = sprintf("2019-%02d-01", i % 12 + 1)
        m = i % 10
        if (m == 5 || m == 9) { print "C" i, "Hjørring", "Anna", "Youth", start, "", "", "", "", "nej"; continue }
        end = sprintf("%d-%02d-15", m == 4 ? 2021 : m == 7 ? 2019 : 2020, i % 12 + 1)
        print "C" i, "Hjørring", "Anna", "Youth", start, start, outcome[i % 4 + 1], end, end, "ja"
    }
}' >cases.csv

# The expected figures: closed in 2020 by outcome, and active on 2020-12-31.
read -r job flexjob education other total active < <(awk -F';' 'NR > 1 {
    if (substr($9, 1, 4) == "2020") { n[$7]++; total++ }
    if ($5 <= "2020-12-31" && ($9 == "" || $9 > "2020-12-31")) active++
} END { print n["job"] + 0, n["flexjob"] + 0, n["education"] + 0, n["other"] + 0, total + 0, active + 0 }' cases.csv)
[ "$((job + flexjob + education + other))" = "$total" ] || fail "the expected figures do not add up"

run_ipskit outcomes cases.csv --year 2020 --by site -o report.md
expect_status 0
grep -qF "| Ordinary job | $job |" report.md || fail "ordinary job is not $job"
grep -qF "| Flexjob | $flexjob |" report.md || fail "flexjob is not $flexjob"
grep -qF "| Education | $education |" report.md || fail "education is not $education"
grep -qF "| Other | $other |" report.md || fail "other is not $other"
grep -qF "| **Total** | **$total** |" report.md || fail "the total is not $total"
grep -qF -- "- **Courses kept:** $rows" report.md || fail "the extract does not count $rows courses"
# The one site's row in the breakdown: job, flexjob, education, other and total.
grep -qE "^\| Hjørring \| $job \| [0-9]+% \| $flexjob \| [0-9]+% \| $education \| [0-9]+% \| $other \| [0-9]+% \| $total \|" \
    report.md || fail "the site's row differs"
grep -qE "^\| Hjørring \| Anna \| $active \| yes \|" report.md || fail "the consultant does not have $active active courses"
