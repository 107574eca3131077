# A date outside the plausible window is refused with its line and column,
# not taken as the as-of date; a latest date that one row alone sets far past
# the rest is warned of, naming the row.
source "$(dirname "$0")/lib.sh"
header='Forløb ID;Kommune;Startdato;Resultat;Resultatdato;Slutdato'
{
    echo "$header"
    echo 'F1;Hjørring;01-02-2020;Ordinært job;01-05-2020;01-06-2020'
    echo 'F2;Hjørring;01-03-2020;Andet;;31-12-2203'
    echo 'F3;Hjørring;01-03-2020;Andet;;01-07-2020'
    echo 'F4;Hjørring;15-03-1989;;;'
} >typo.csv
run_ipskit outcomes typo.csv --year 2020 -o report.md
expect_status 1
expect_err_contains "typo.csv:3:6: error: end_date 31-12-2203 lies outside the plausible dates 1990-01-01 to "
expect_err_contains "or widen the window with --earliest-date or --latest-date"
expect_err_contains "typo.csv:5:3: error: start_date 15-03-1989 lies outside the plausible dates"
expect_no_file report.md

# The window can be widened, in any date form; a bad window date is a usage error.
run_ipskit outcomes typo.csv --year 2020 -o report.md --earliest-date 01-01-1980 --latest-date 2300-01-01
expect_status 0
run_ipskit outcomes typo.csv --latest-date 31-02-2300
expect_status 2
expect_err_contains "--latest-date: 31-02-2300 is not a date"

# Within the window, one row a year past the rest decides the as-of date: a warning.
{
    echo "$header"
    echo 'F1;Hjørring;01-02-2020;Ordinært job;01-05-2020;01-06-2020'
    echo 'F2;Hjørring;01-03-2020;Andet;;31-12-2021'
    echo 'F3;Hjørring;01-03-2020;;;'
} >outlier.csv
run_ipskit outcomes outlier.csv --year 2020 -o report.md
expect_status 0
expect_err_contains "outlier.csv:3: warning: the as-of date 2021-12-31 rests on this row alone; no other row has a date after 2020-06-01"
# ... not when --as-of is given, nor when other rows come close.
run_ipskit outcomes outlier.csv --year 2020 -o report.md --as-of 2020-12-31
expect_status 0
! grep -q "rests on this row alone" "$SCRATCH/.stderr" || fail "warned although --as-of was given"
echo 'F4;Hjørring;01-03-2021;;;' >>outlier.csv
echo 'F5;Hjørring;01-10-2021;;;' >>outlier.csv
run_ipskit outcomes outlier.csv --year 2020 -o report.md
expect_status 0
! grep -q "rests on this row alone" "$SCRATCH/.stderr" || fail "warned although other rows come close"
