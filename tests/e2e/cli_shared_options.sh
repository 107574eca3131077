# The options shared by several commands are defined once: every command that
# takes one accepts the same values, and refuses a bad value when the command
# line is parsed (exit 2) with the same words, before any file is read.
source "$(dirname "$0")/lib.sh"

# Inputs every command can read, so that an accepted value runs to the end.
printf 'case_id;start_date;outcome;end_date\n1;01.02.2020;job;30.06.2020\n2;01.02.2020;andet;01.07.2020\n' >cases.csv
{ echo 'item,score'; for i in $(seq 1 25); do echo "$i,4"; done; } >ratings.csv
tr ',' '|' <ratings.csv >ratings-pipe.csv
tr ',' '\t' <ratings.csv >ratings-tab.csv
tr ',' ';' <ratings.csv >ratings-semicolon.csv
head='--scale ips-25 --site S --reviewer R'
review="$EXAMPLES/review-hjorring-2020-a.yaml"
later="$EXAMPLES/region/hjorring-2021.yaml"

# The words after "ipskit: error: " up to the hint, which every command shares.
words() { printf '%s\n' "$err" | sed -n 's/^ipskit: error: \(.*\) — run .*$/\1/p'; }

# refused OPTION VALUE COMMAND...: every command refuses the value with exit 2
# and the same message, which names the option.
refused() {
    local option=$1 value=$2 first="" message
    shift 2
    for command in "$@"; do
        # shellcheck disable=SC2086 # a command line is a list of words
        run_ipskit $command "$option" "$value" -o never.out
        expect_status 2
        expect_no_file never.out
        message=$(words)
        [[ "$message" == *"$option"* ]] || fail "ipskit $command: the message does not name $option"
        [ -n "$first" ] || first=$message
        [ "$message" = "$first" ] || fail "ipskit $command says '$message', another command '$first'"
    done
}

score="score ratings.csv $head"
outcomes="outcomes cases.csv"
refused --encoding bogus "$score" "$outcomes"
expect_err_contains 'unknown encoding "bogus"'
refused --encoding "" "$score" "$outcomes"
refused --delimiter xy "$score" "$outcomes"
expect_err_contains 'unknown delimiter "xy"'
refused --delimiter a "$score" "$outcomes"
refused --lang fr "$score" "$outcomes" "trend $review $later" "compare $review $later" "scales" \
    "scales show ips-25" "template ips-25" "consensus $review $EXAMPLES/review-hjorring-2020-b.yaml"
expect_err_contains '--lang: unknown value "fr"; use en or da'
refused --lang EN "$score" "$outcomes" "template ips-25"
refused --format docx "$score" "$outcomes" "trend $review $later" "compare $review $later" "scales" \
    "scales show ips-25"
expect_err_contains '--format: unknown value "docx"; use table, md, json or csv'
# template writes questionnaires, not reports: other formats, refused in the same form.
run_ipskit template ips-25 --format docx -o never.out
expect_status 2
expect_err_contains '--format: unknown value "docx"; use yaml, csv or xlsx'
expect_no_file never.out
refused --date 31-02-2021 "$score" "template ips-25"
expect_err_contains "31-02-2021 is not a date (February 2021 has 28 days)"
refused --date yesterday "$score" "template ips-25"
for option in --from --to --as-of; do
    refused "$option" 31-02-2021 "$outcomes"
    expect_err_contains "31-02-2021 is not a date (February 2021 has 28 days)"
done
# A date option's words are the same in every command.
run_ipskit template ips-25 --date 31-02-2021
template_words=$(words)
run_ipskit outcomes cases.csv --from 31-02-2021
[ "${template_words#--date}" = "$(words | sed 's/^--from//')" ] || fail "--date and --from refuse a date in other words"

# A period that ends before it starts is a bad combination: exit 2 as well,
# whatever form the dates are written in.
run_ipskit outcomes cases.csv --from 02.01.2021 --to 2020-12-31 -o never.out
expect_status 2
expect_err_contains "--from 2021-01-02 is after --to 2020-12-31"
expect_no_file never.out
run_ipskit outcomes cases.csv --from 2020-01-01 --to 01-01-2020 --format csv
expect_status 0

# Every accepted language and format works.
for lang in en da; do
    run_ipskit score ratings.csv $head --date 2021-05-04 --lang "$lang" --format md
    expect_status 0
done
for format in table md json csv; do
    run_ipskit score ratings.csv $head --date 2021-05-04 --format "$format"
    expect_status 0
done

# Every accepted spelling of an encoding works in both commands.
for encoding in utf-8 UTF-8 utf8 windows-1252 windows1252 cp1252 latin1 latin-1 iso-8859-1; do
    run_ipskit score ratings.csv $head --date 2021-05-04 --encoding "$encoding" --format csv
    expect_status 0
    run_ipskit outcomes cases.csv --encoding "$encoding" --format csv
    expect_status 0
done

# Every accepted delimiter works in both commands.
delimiter_file() {
    case $1 in ,|comma) echo ratings.csv ;; ';'|semicolon) echo ratings-semicolon.csv ;;
    '|') echo ratings-pipe.csv ;; *) echo ratings-tab.csv ;; esac
}
for delimiter in , comma ';' semicolon tab TAB '\t' "$(printf '\t')" '|'; do
    run_ipskit score "$(delimiter_file "$delimiter")" $head --date 2021-05-04 --delimiter "$delimiter" --format csv
    expect_status 0
    expect_out_contains "Total,25,100,125"
    sep=$(case $(delimiter_file "$delimiter") in ratings.csv) echo , ;; ratings-semicolon.csv) echo ';' ;;
        ratings-pipe.csv) echo '|' ;; *) printf '\t' ;; esac)
    tr ';' "$sep" <cases.csv >cases-d.csv
    run_ipskit outcomes cases-d.csv --delimiter "$delimiter" --format csv
    expect_status 0
done

# Dates are accepted in every form the readers know, and stored as YYYY-MM-DD.
for date in 2021-05-04 04-05-2021 04.05.2021 4/5/2021; do
    run_ipskit template ips-25 --date "$date"
    expect_status 0
    expect_out_contains 'review_date: "2021-05-04"'
    run_ipskit score ratings.csv $head --date "$date" --format md
    expect_status 0
    expect_out_contains "**Review date:** 2021-05-04"
    run_ipskit outcomes cases.csv --from "$date" --to 2021-12-31 --as-of "$date" --format csv
    expect_status 0
done
