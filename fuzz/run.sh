#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan, UBSan) and runs each for SECONDS
# (default 60), side by side on the processors, starting from seeds copied
# from examples/, scales/ and tests/data/. Fails, printing the reproducer, if
# any target finds a crash. Reproduce one with: BUILD/fuzz/TARGET REPRODUCER
#
#   fuzz/run.sh [SECONDS]                 # builds the 'fuzz' preset (build-fuzz)
#   IPSKIT_FUZZ_BUILD=build-asan fuzz/run.sh 20   # the targets of the asan preset's build
#   IPSKIT_FUZZ_TARGETS=fuzz_cases_reader fuzz/run.sh 60    # one target only
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=${IPSKIT_FUZZ_BUILD:-build-fuzz}
work=${IPSKIT_FUZZ_WORK:-$build/fuzz-work}

targets=${IPSKIT_FUZZ_TARGETS:-fuzz_csv_reader fuzz_cases_reader fuzz_review_reader fuzz_scale_reader fuzz_consensus_round_trip fuzz_xlsx_reader fuzz_plain_xml}
[ -n "${IPSKIT_FUZZ_BUILD:-}" ] || cmake --preset fuzz >/dev/null
# Only the targets: the writers, the commands and the ipskit binary are not
# fuzzed, and compiling them would double the build.
# shellcheck disable=SC2086
cmake --build "$build" -j"$(nproc)" --target $targets

# Seeds are copied at run time, never kept twice in git. Each csv/review seed
# gets the options byte the target reads first (see the targets).
seed() {  # seed TARGET PREFIX-BYTE FILE...
    local dir="$work/$1/seeds" prefix=$2 f
    shift 2
    mkdir -p "$dir"
    for f in "$@"; do
        [ -f "$f" ] || continue
        [ "$(stat -c %s "$f")" -le 65536 ] || continue
        { [ -n "$prefix" ] && printf "$prefix"; cat "$f"; } >"$dir/$(echo "$f" | tr / _)"
    done
}
shopt -s nullglob globstar
rm -rf "$work"/*/seeds
seed fuzz_csv_reader '\000' tests/data/**/*.csv examples/**/*.csv
# The cases reader: extracts as they are, and (options byte 16) a --columns
# map before a NUL byte.
seed fuzz_cases_reader '\000' tests/data/**/*.csv examples/**/*.csv
seed fuzz_cases_reader '\010' tests/data/bad/cases/*.csv
printf '\020case_id: "Nr"\nstart_date: "Begyndt"\noutcome: "Udfald"\nend_date: "Slut"\n\000Nr;Begyndt;Udfald;Slut\n1;01.02.2020;job;30.06.2020\n2;01.02.2020;andet;\n' \
    >"$work/fuzz_cases_reader/seeds/column-map.bin"
seed fuzz_review_reader '\000' examples/*.yaml tests/data/reviews/*.yaml tests/data/bad/reviews/*.yaml
seed fuzz_review_reader '\001' tests/data/**/*.csv
seed fuzz_scale_reader '' scales/*.yaml tests/data/scales/*.yaml tests/data/bad/scales/*.yaml
# The consensus round trip: notes, cut at NUL bytes, with the line breaks
# YAML knows (LF, CR, NEL, U+2028, U+2029) and quotes.
mkdir -p "$work/fuzz_consensus_round_trip/seeds"
printf '\001a note\000"quoted" \\ back\342\200\250  7: 5\000next\342\200\251line\302\205nel\r\n# x\000' \
    >"$work/fuzz_consensus_round_trip/seeds/breaks.bin"
# The workbook reader: sheet XML, shared strings and styles cut at NUL bytes
# (options byte 0); byte 1 takes the bytes as the file itself.
mkdir -p "$work/fuzz_xlsx_reader/seeds"
printf '\000<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>startdato</t></is></c></row><row r="3"><c r="A3" t="str"><f>X</f><v>K1</v></c><c r="B3" s="1"><v>43831</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#N/A</v></c></row><row><c s="2"><v>60</v></c></row></sheetData></worksheet>\000<sst><si><t>forloeb_id</t></si><si><r><t>a</t></r><rPh><t>x</t></rPh></si></sst>\000<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd.mm.yyyy;[Red]&quot;d&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>' \
    >"$work/fuzz_xlsx_reader/seeds/parts.bin"
# The plain-piece parser: a piece of a sheet as the reader wraps it.
mkdir -p "$work/fuzz_plain_xml/seeds"
printf '<worksheet><sheetData><row r="2" spans="1:3"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>43831</v></c><c r="C2" t="inlineStr"><is><t xml:space="preserve"> \303\270 </t></is></c></row>\n<x:row r="3"><x:c r="A3"/></x:row></sheetData></worksheet>' \
    >"$work/fuzz_plain_xml/seeds/piece.xml"
# A CSV seed exists even before any CSV is in the tree.
printf '\000item,score,note\n1,4,"a ""quoted"" note"\n' >"$work/fuzz_csv_reader/seeds/min.csv"

# Each target runs on one core, so the targets run side by side, one per
# processor (IPSKIT_FUZZ_JOBS to change it); each one's result is printed in
# the targets' order once all have finished.
fuzz_one() {  # fuzz_one TARGET SECONDS: 0 when no crash was found
    local target=$1 run_for=$2 corpus="$work/$1/corpus" artifacts="$work/$1/crashes/"
    rm -rf "$artifacts"
    mkdir -p "$corpus" "$artifacts"
    "$build/fuzz/$target" "$corpus" "$work/$target/seeds" -max_total_time="$run_for" \
        -max_len=65536 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$artifacts" \
        -print_final_stats=1 >"$work/$target/log" 2>&1
}
jobs=${IPSKIT_FUZZ_JOBS:-$(nproc)}
for target in $targets; do
    # The workbook target is the slowest per input; two thirds of the time
    # keeps it from being the one every other target waits for.
    run_for=$seconds
    [ "$target" = fuzz_xlsx_reader ] && run_for=$((seconds * 2 / 3))
    echo "== $target: ${run_for} s =="
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
    rm -f "$work/$target/status"
    { if fuzz_one "$target" "$run_for"; then echo 0; else echo 1; fi >"$work/$target/status"; } &
done
wait

failed=0
for target in $targets; do
    artifacts="$work/$target/crashes/"
    if [ "$(cat "$work/$target/status" 2>/dev/null)" != 0 ]; then
        failed=1
        echo "FAIL: $target found a crash; the log is $work/$target/log" >&2
        grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written to)' "$work/$target/log" >&2 || true
        for r in "$artifacts"*; do echo "reproducer: $r (run: $build/fuzz/$target $r)" >&2; done
    else
        echo "$target:"
        grep -E '^stat::number_of_executed_units|^#[0-9]+ *DONE' "$work/$target/log" | tail -2
    fi
done
exit "$failed"
