# Reviewer questionnaires (YAML) from the bad-input corpus (tests/data/bad/cases.tsv, rows under
# reviews/): each is refused with its exit status and a message naming the file
# and line, without a crash and without writing any output.
source "$(dirname "$0")/lib.sh"
run_bad_corpus reviews
