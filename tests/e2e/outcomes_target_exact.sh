# A share equal to the target meets it, in the report, in the JSON and for
# --fail-under alike: 55 of 100 closed courses in job or education against
# 55 % is met (exit 0), against 56 % not met (exit 3). Comparing the share
# with the target in floating point once printed "not met" at 55 of 100
# while exiting 0; the same held for each of the targets looped over below.
source "$(dirname "$0")/lib.sh"

# write_cases K: 100 courses closed in 2020, K in a job or education.
write_cases() {
    local i outcome
    echo 'case_id;site;cluster;consultant;target_group;referral_date;start_date;first_employer_contact;outcome;outcome_date;end_date;aftercare' >cases.csv
    for i in $(seq 1 100); do
        if [ "$i" -le "$1" ]; then outcome=job; else outcome=other; fi
        echo "C$i;Nord;Vest;K1;A;;01-02-2020;;$outcome;01-06-2020;30-06-2020;nej" >>cases.csv
    done
}

# json_verdicts: the target table's result, then every target_met of the
# breakdown, from the JSON report on stdout.
json_verdicts() {
    python3 -c '
import json, sys
tables = {t["id"]: t for t in json.load(sys.stdin)["tables"]}
verdict = {True: "met", False: "not met"}
print(verdict[tables["target"]["rows"][0]["result"]])
for row in tables["closed_outcomes_by_group"]["rows"]:
    print(verdict[row["target_met"]])
' <"$SCRATCH/.stdout" | sort -u
}

# check_target K TARGET STATUS VERDICT: K of 100 against TARGET %.
check_target() {
    local k=$1 target=$2 want=$3 verdict=$4
    run_ipskit outcomes cases.csv --target "$target" --fail-under "$target" -o report.md -q
    expect_status "$want"
    if [ "$want" -eq 0 ]; then
        expect_err_equals ""
    else
        expect_err_equals "ipskit: $k of 100 closed courses ended in a job or education, under --fail-under $target%"
    fi
    grep -qF "| Job or education | $k% | $target% | $verdict |" report.md ||
        fail "$k of 100 against $target %: the report does not say $verdict"
    run_ipskit outcomes cases.csv --target "$target" --by site --format json
    expect_status 0
    [ "$(json_verdicts)" = "$verdict" ] || fail "$k of 100 against $target %: the JSON does not say $verdict"
}

write_cases 55
check_target 55 55 0 met
check_target 55 56 3 "not met"

for target in 7 14 17 27 28 34 54 56 68 81; do
    write_cases "$target"
    check_target "$target" "$target" 0 met
    check_target "$target" $((target + 1)) 3 "not met"
done
