# ipskit derive refuses records that do not fit together, naming both files:
# a course or contact whose consultant staff.yaml does not list, a job whose
# case is not in cases.csv; and a scale whose rule names a figure ipskit
# cannot compute. Each is exit 1 with file:line:column and no output written.
source "$(dirname "$0")/lib.sh"
cat >cases.csv <<'CSV'
case_id;consultant;start_date
K1;AH;01-02-2024
K2;BB;01-03-2024
CSV
cat >staff.yaml <<'YAML'
site: Testby
consultants:
  - id: AH
    fte: 1
YAML
cat >contacts.csv <<'CSV'
konsulent;dato;ansigt til ansigt
AH;05-03-2024;ja
CC;06-03-2024;nej
CSV
cat >jobs.csv <<'CSV'
forloeb_id;startdato;art
K1;01-04-2024;ordinært job
K9;01-05-2024;fleksjob
CSV

run_ipskit derive --scale ips-25 --cases cases.csv --staff staff.yaml -o out.md
expect_status 1
expect_err_equals "cases.csv:3: error: consultant BB is not in staff.yaml (its list from line 3 has AH) — add BB to staff.yaml with their FTE, or correct the name"
expect_no_file out.md

sed -i 's/BB/AH/' cases.csv
run_ipskit derive --scale ips-25 --cases cases.csv --staff staff.yaml --contacts contacts.csv -o out.md
expect_status 1
expect_err_equals "contacts.csv:3:1: error: consultant CC is not in staff.yaml (its list from line 3 has AH) — add CC to staff.yaml with their FTE, or correct the name"
expect_no_file out.md

run_ipskit derive --scale ips-25 --cases cases.csv --jobs jobs.csv -o out.md --lang da
expect_status 1
expect_err_equals "jobs.csv:3:1: fejl: case_id K9 findes ikke i cases.csv — tilføj forløbet i cases.csv, eller ret id'et"
expect_no_file out.md

mkdir scales
sed 's/figure: competitive_job_share/figure: competitive_share/' "$IPSKIT_SOURCE_DIR/scales/ips-25.yaml" | sed 's/^id: ips-25/id: own-25/' >scales/own-25.yaml
run_ipskit derive --scale own-25 --scales-dir scales --cases cases.csv
expect_status 1
line=$(grep -n 'figure: competitive_share' scales/own-25.yaml | cut -d: -f1)
expect_err_contains "scales/own-25.yaml:$line:15: error: item 21's rule names the figure 'competitive_share', which ipskit cannot compute from records — use one of caseload_per_fte, employment_share, days_to_first_employer_contact,"

run_ipskit derive --scale ips-25 --cases cases.csv --period 2024-05-01..2024-01-01
expect_status 2
expect_err_contains "--period: the period ends before it begins"

# A bad cell is placed at its line and column, in the CSV rules' words.
printf 'konsulent;dato;ansigt til ansigt\nAH;31-02-2024;ja\nAH;05-03-2024;måske\n' >contacts.csv
run_ipskit derive --scale ips-25 --cases cases.csv --contacts contacts.csv -o out.md
expect_status 1
expect_err_contains "contacts.csv:2:2: error:"
expect_err_contains "contacts.csv:3:3: error:"
expect_no_file out.md
