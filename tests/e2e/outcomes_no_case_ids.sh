# No report format, workbook included, ever holds a case_id: the extract's
# ids are pseudonymous, but they still point at one person's course.
source "$(dirname "$0")/lib.sh"

for format in md json csv table; do
    run_ipskit outcomes "$EXAMPLES/cases-region.csv" --year 2021 --by cluster site consultant --ci --cohort \
        --format "$format" -o "report.$format" --xlsx "report-$format.xlsx"
    expect_status 0
done
# Every case_id in the example starts RS-.
! grep -l 'RS-[0-9]' report.* || fail "a report holds a case_id"
need unzip unzip
mkdir workbook
for book in report-*.xlsx; do
    (cd workbook && rm -rf ./* && unzip -q "../$book")
    ! grep -rl 'RS-[0-9]' workbook || fail "$book holds a case_id"
done
