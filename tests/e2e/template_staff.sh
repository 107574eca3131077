# ipskit template --staff writes staff.yaml to fill in, in either language,
# never over an existing file, and refuses the questionnaire's options.
source "$(dirname "$0")/lib.sh"

run_ipskit template --staff --site Hjørring -o staff.yaml
expect_status 0
expect_err_contains "ipskit: wrote staff.yaml"
expect_golden staff.yaml staff/template-staff-en.yaml
run_ipskit template --staff --lang da
expect_status 0
printf '%s\n' "$out" >staff-da.yaml
expect_golden staff-da.yaml staff/template-staff-da.yaml

# A filled-in staff file is not emptied by a repeated command.
sed -i 's/^  - id:$/  - id: MLU/' staff.yaml
cp staff.yaml filled.yaml
run_ipskit template --staff -o staff.yaml
expect_status 1
expect_err_contains "staff.yaml: error: the file exists already, and a staff file written over it is blank"
cmp staff.yaml filled.yaml || fail "template --staff changed the filled-in file"
run_ipskit template --staff -o staff.yaml --force
expect_status 0
grep -qx '  - id:' staff.yaml || fail "--force did not write a blank staff file"

# The questionnaire's options and a scale have no place in staff.yaml: usage errors.
run_ipskit template ips-25 --staff
expect_status 2
expect_err_contains "--staff writes staff.yaml, which belongs to no scale"
run_ipskit template --staff --xlsx staff.xlsx
expect_status 2
expect_err_contains "--staff takes only --site, -o, --lang, --force and -q"
expect_no_file staff.xlsx
run_ipskit template
expect_status 2
expect_err_contains "ipskit template needs a scale id, or --staff"
IPSKIT_LANG=da run_ipskit template --staff --reviewer X
expect_status 2
expect_err_contains "--staff tager kun --site, -o, --lang, --force og -q"

# A CPR number typed into --site never reaches the file.
run_ipskit template --staff --site "010190-""1234" -o cpr.yaml
expect_status 1
expect_no_file cpr.yaml
