# Text from an extract reaches the Markdown report as text: a site name full
# of Markdown and HTML cannot add a heading, a tag, a link, emphasis or a
# table column. The report is checked line by line.
source "$(dirname "$0")/lib.sh"

site='# <script>x</script> | *bold* [link](http://x)'
# In a table cell '#' means nothing (cells hold inline text only), so it stays.
safe='# \<script\>x\</script\> \| \*bold\* \[link\](http://x)'
cat >cases.csv <<CSV
case_id;site;consultant;target_group;start_date;outcome;outcome_date;end_date
A1;$site;- <b>Anna</b>;1. _Youth_;01-02-2020;job;01-06-2020;30-06-2020
A2;$site;- <b>Anna</b>;1. _Youth_;01-03-2020;education;01-05-2020;31-05-2020
A3;Hjørring;Bo;> quote;01-03-2020;other;01-07-2020;01-07-2020
A4;Hjørring;- <b>Anna</b>;> quote;01-03-2020;;;
CSV
run_ipskit outcomes cases.csv --year 2020 --by site target_group -o report.md
expect_status 0

# One heading of level 1, the title; every other line that starts like a
# block is one the report itself makes (a heading, a fact, a table, a note).
[ "$(grep -c '^# ' report.md)" = 1 ] || fail "more than one level-1 heading"
bad=$(grep -nvE '^(#{1,3} [A-Z]|- \*\*|\| |_.*_$|$)' report.md || true)
[ -z "$bad" ] || fail "lines that are not the report's own blocks: $bad"

# No unescaped tag, link, emphasis or quote anywhere.
! grep -nE '(^|[^\\])<(script|/script|b>|/b>)' report.md || fail "an HTML tag is not escaped"
! grep -nE '(^|[^\\])\[link' report.md || fail "a link is not escaped"
! grep -nE '(^|[^\\])\*bold' report.md || fail "emphasis is not escaped"

# The site, the target group and its rows appear escaped, as their own cells.
grep -qF "| $safe | " report.md || fail "the site is not in a cell of its own, escaped"
grep -qF '| 1. \_Youth\_ | ' report.md || fail "the target group is not escaped"
grep -qF '| \> quote | ' report.md || fail "the second target group is not escaped"

# Every row of a table has as many unescaped '|' as its header.
awk '
    /^\| / { n = gsub(/(^|[^\\])\|/, "&"); if (!in_table) { want = n; in_table = 1 }
             else if (n != want) { print FILENAME ":" NR ": " n " cells, header has " want; bad = 1 } ; next }
    { in_table = 0 }
    END { exit bad }' report.md || fail "a table row has a different number of cells"

# The caseload table shows the consultant of the active course.
grep -qF -- '| - \<b\>Anna\</b\> | ' report.md || fail "the consultant is not escaped in the caseload table"
