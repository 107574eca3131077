#!/usr/bin/env bash
# Makes the large inputs of the bad-input corpus at test time, so that they
# need not be kept in git: generate.sh NAME OUTPUT
set -euo pipefail
name=$1 out=$2
here=$(dirname "$0")
ten_mb() { head -c 10485760 /dev/zero | tr '\0' 'x'; }
case $name in
big-note.yaml)
    # A 10 MB note on item 3 (line 8).
    { sed -n 2,8p "$here/../reviews/ips25-all-4.yaml"
      printf '  3: { score: 4, note: "'; ten_mb; printf '" }\n'
      sed -n '10,$p' "$here/../reviews/ips25-all-4.yaml"; } >"$out" ;;
big-note.csv)
    # A 10 MB note on item 3 (line 4).
    { printf 'item,score,note\n1,4,\n2,4,\n3,4,'; ten_mb; printf '\n'
      for i in $(seq 4 25); do printf '%d,4,\n' "$i"; done; } >"$out" ;;
no-line-breaks.csv)
    # 10 MB without a line break.
    { printf 'item,score,note'; ten_mb; } >"$out" ;;
bad-cases-big-field.csv)
    # A 10 MB site name on line 3.
    { printf 'case_id;site;start_date\nA1;Hjørring;01-02-2020\nA2;'; ten_mb; printf ';01-02-2020\n'; } >"$out" ;;
bad-cases-no-line-breaks.csv)
    { printf 'case_id;site;start_date'; ten_mb; } >"$out" ;;
deep-nesting.yaml | bad-scale-deep-nesting.yaml)
    # 100,000 opening brackets: the reader's depth limit must stop the parser.
    { printf 'scale: '; head -c 100000 /dev/zero | tr '\0' '['; printf '\n'; } >"$out" ;;
bad-ratings-note-with-cpr.csv)
    # A synthetic CPR-shaped value in the notes of items 3 (line 4), 13 and 23,
    # put together here so that no such literal sits in the tree.
    fake_cpr="010190""1234"
    { printf 'item,score,note\n'
      for i in $(seq 1 25); do
          if [ "$i" = 3 ] || [ "$i" = 13 ] || [ "$i" = 23 ]; then printf '%d,4,cpr %s in the note\n' "$i" "$fake_cpr"
          else printf '%d,4,\n' "$i"; fi
      done; } >"$out" ;;
bad-cases-site-looks-like-cpr.csv)
    # The same synthetic value as a site name on line 3.
    fake_cpr="010190""1234"
    { printf 'case_id;site;start_date;first_employer_contact;outcome;outcome_date;end_date;aftercare\n'
      printf 'A1;Hjørring;01-02-2020;15-02-2020;job;01-06-2020;30-06-2020;ja\n'
      printf 'A2;%s;01-02-2020;;;;;\n' "$fake_cpr"; } >"$out" ;;
note-with-cpr.yaml)
    # A synthetic CPR-shaped value in item 3's note (line 8, column 24).
    sed "s/@FAKE_CPR@/010190-""1234/" "$here/reviews/note-with-cpr.yaml.in" >"$out" ;;
*) echo "generate.sh: unknown generated file $name" >&2; exit 2 ;;
esac
