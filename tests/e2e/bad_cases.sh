# Case extracts (cases.csv for 'ipskit outcomes') from the bad-input corpus
# (tests/data/bad/cases.tsv, rows under cases/): every rule of formats.md
# broken once, and files that are no CSV at all. Each is refused with its
# exit status and a message naming the file and line, without a crash and
# without writing any output; a header-only extract gives an empty table.
source "$(dirname "$0")/lib.sh"
run_bad_corpus cases
