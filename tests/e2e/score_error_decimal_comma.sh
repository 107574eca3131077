# A reviewer writes a measured figure with a Danish decimal comma inside
# { }, where YAML reads the comma as the end of the value: the error says
# so and how to write it, not only that '5' is an unknown key.
source "$(dirname "$0")/lib.sh"

cat >review.yaml <<'YAML'
scale: ips-25
site: Hjørring
review_date: 2026-11-02
reviewer: A. Jensen
ratings:
  1: { value: 20,5, note: "målt på 4 konsulenter" }
YAML
run_ipskit score review.yaml -o report.md
expect_status 1
expect_err_contains "review.yaml:6:18: error: unknown key '5' in a rating — '20,5' inside { } is read as 20 and a key '5': write 20.5 or '20,5' in quotes, or the map one key per line"
expect_no_file report.md

run_ipskit score review.yaml --lang da -o report.md
expect_status 1
expect_err_contains "review.yaml:6:18: fejl: ukendt nøgle '5' i en score — '20,5' inden for { } læses som 20 og en nøgle '5': skriv 20.5 eller '20,5' i anførselstegn"
