# 100,000 groups: as many sites, each with its own consultant and two
# courses. Work per group that grew with the number of groups (a linear
# search, a re-sort per group, suppression across groups) would make this
# run quadratic and time out (TIMEOUT and LABELS slow in tests/CMakeLists.txt).
# Every site's total is counted again here, with awk, from the generated file.
# IPSKIT_ADVERSARIAL_GROUPS makes it smaller.
source "$(dirname "$0")/lib.sh"
groups=${IPSKIT_ADVERSARIAL_GROUPS:-100000}

# Site i: one course closed in 2020 (the four outcomes in turn), and a
# second one closed in 2020 too for every third site, else still active.
awk -v groups="$groups" 'BEGIN {
    OFS = ";"
    print "case_id", "site", "consultant", "target_group", "start_date", "outcome", "outcome_date", "end_date"
    split("job flexjob education other", outcome, " ")
    for (i = 1; i <= groups; i++) {
        site = sprintf("Site %06d", i); consultant = sprintf("Consultant %06d", i)
        print "A" i, site, consultant, "Youth", "2019-03-01", outcome[i % 4 + 1], "2020-05-10", "2020-05-10"
        if (i % 3 == 0) print "B" i, site, consultant, "Youth", "2019-04-01", outcome[(i + 1) % 4 + 1], "2020-06-10", "2020-06-10"
        else print "B" i, site, consultant, "Youth", "2019-04-01", "", "", ""
    }
}' >cases.csv

# The expected closed courses per site, and in all.
awk -F';' 'NR > 1 && substr($8, 1, 4) == "2020" { n[$2]++ } END { for (s in n) print s ";" n[s] }' cases.csv |
    sort >expected.txt
total=$(awk -F';' '{ t += $2 } END { print t }' expected.txt)
[ "$(wc -l <expected.txt)" = "$groups" ] || fail "the generator did not make $groups sites"

run_ipskit outcomes cases.csv --year 2020 --by site -o report.md
expect_status 0
grep -qF "| **Total** | **$total** |" report.md || fail "the total is not $total"

# Each site's row of the breakdown: the site and its total (column 11).
awk -F' \\| ' '/^### /{ in_table = ($0 ~ /by outcome and group/) } in_table && /^\| Site [0-9]/ {
    sub(/^\| /, "", $1); print $1 ";" $10 }' report.md | sort >actual.txt
[ "$(wc -l <actual.txt)" = "$groups" ] || fail "the breakdown has $(wc -l <actual.txt) sites, not $groups"
diff expected.txt actual.txt >&2 || fail "a site's total differs from the count of its courses"

# Every consultant is listed once, under their site, with the courses still
# active on 2020-12-31 (all started in 2019): those without an end date.
awk -F';' 'NR > 1 { n[$3] += ($8 == "") } END { for (c in n) print c ";" n[c] }' cases.csv | sort >expected.txt
awk -F' \\| ' '/^\| Site [0-9]+ \| Consultant [0-9]/ { print $2 ";" $3 }' report.md | sort >actual.txt
[ "$(wc -l <actual.txt)" = "$groups" ] || fail "the caseload table has $(wc -l <actual.txt) consultants, not $groups"
diff expected.txt actual.txt >&2 || fail "a consultant's active courses differ from the count of their courses"
