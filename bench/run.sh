#!/usr/bin/env bash
# Benchmarks `ipskit outcomes` against the pandas + openpyxl script an analyst
# would write, on synthetic extracts of several sizes (see bench/README.md).
#
#   bench/run.sh [--sizes 100000,1000000,10000000] [--ipskit build/ipskit] [--tiny]
#                [--dialect danish|international] [--seed N] [--year YYYY] [--runs N] [--xlsx]
#
# --xlsx reads each extract as a workbook (bench/csv_to_xlsx.py, cached beside
# it): ipskit reads the .xlsx, pandas uses read_excel with openpyxl, and the
# targets are those of a workbook.
#
# For each size: generate the extract (cached), warm the page cache, time
# `cat FILE > /dev/null` (the floor), ipskit (best wall of --runs runs, 5 by
# default: on a shared virtual machine single runs vary by a third) and pandas
# (1 run), compare their tables, and print one row of the results table.
# Either side is skipped with a message when it is not available, so CI can
# run `--tiny` on any build. Exit status: 0 when everything that ran worked
# and the tables agree; 1 otherwise. Timings never fail the run.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")

sizes=100000,1000000,10000000
ipskit=$root/build/ipskit
dialect=danish
seed=1
year=2020
ipskit_runs=5
xlsx=no
cache_dir=${IPSKIT_BENCH_DIR:-${TMPDIR:-/tmp}/ipskit-bench}
time_command=${IPSKIT_BENCH_TIME:-/usr/bin/time}  # GNU time; "none" tests the fallback

usage() { sed -n "5,6p" "$0" | sed "s/^# \{0,1\}//"; exit "${1:-2}"; }

parse_args() {
    while [ $# -gt 0 ]; do
        case $1 in
            --sizes) sizes=$2; shift 2 ;;
            --ipskit) ipskit=$2; shift 2 ;;
            --dialect) dialect=$2; shift 2 ;;
            --seed) seed=$2; shift 2 ;;
            --year) year=$2; shift 2 ;;
            --runs) ipskit_runs=$2; shift 2 ;;
            --tiny) sizes=1000; shift ;;
            --xlsx) xlsx=yes; shift ;;
            -h | --help) usage 0 ;;
            *) echo "run.sh: unknown option $1" >&2; usage >&2 ;;
        esac
    done
    if ! [[ $ipskit_runs =~ ^[1-9][0-9]*$ ]]; then
        echo "run.sh: --runs needs a whole number of runs, 1 or more" >&2
        exit 2
    fi
}

# ---------------------------------------------------------------- tools

# The Python that has pandas and openpyxl: Debian's python3-pandas lives in
# /usr/bin/python3, which need not be the python3 first on PATH (pyenv, venvs).
find_pandas_python() {
    local python
    for python in ${PANDAS_PYTHON:-} python3 /usr/bin/python3; do
        if command -v "$python" >/dev/null && "$python" -c 'import pandas, openpyxl' 2>/dev/null; then
            echo "$python"
            return
        fi
    done
}

ipskit_has_outcomes() {
    [ -x "$ipskit" ] && "$ipskit" outcomes --help >/dev/null 2>&1
}

# measure RESULT_FILE CMD... : runs CMD, writes "wall_s cpu_s max_rss_kb" to
# RESULT_FILE and returns CMD's exit status. Peak memory comes from
# /usr/bin/time -v; where that is missing (a bare CI machine) from the same
# wait4() figures read by Python.
measure() {
    local result=$1 status=0 start end
    shift
    if [ -x "$time_command" ]; then
        start=$(date +%s%N)
        "$time_command" -v -o "$result.time" "$@" || status=$?
        end=$(date +%s%N)
        awk -v wall="$(((end - start) / 1000))" '
            /User time/   { cpu += $NF }
            /System time/ { cpu += $NF }
            /Maximum resident set size/ { rss = $NF }
            END { printf "%.6f %.2f %d\n", wall / 1e6, cpu, rss }' "$result.time" >"$result"
    else
        python3 - "$result" "$@" <<'EOF' || status=$?
import os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
wall = time.perf_counter() - start
with open(sys.argv[1], "w") as out:
    out.write(f"{wall:.6f} {usage.ru_utime + usage.ru_stime:.2f} {usage.ru_maxrss}\n")
sys.exit(os.waitstatus_to_exitcode(status))
EOF
    fi
    return $status
}

# ---------------------------------------------------------------- steps

# The extract for SIZE rows, generated once per size, seed, dialect and
# generator version (so a changed generator never reuses a stale file).
extract_for() {
    local rows=$1 version file
    version=$(cksum <"$here/generate_cases.py" | cut -d' ' -f1)
    file=$cache_dir/cases-$dialect-$rows-seed$seed-g$version.csv
    if [ ! -s "$file" ]; then
        mkdir -p "$cache_dir"
        echo "generating $rows rows -> $file" >&2
        python3 "$here/generate_cases.py" --rows "$rows" --dialect "$dialect" --seed "$seed" \
            -o "$file.tmp"
        mv "$file.tmp" "$file"
    fi
    if [ "$xlsx" = yes ]; then
        if [ ! -s "${file%.csv}.xlsx" ]; then
            echo "writing it as a workbook -> ${file%.csv}.xlsx" >&2
            python3 "$here/csv_to_xlsx.py" "$file" "${file%.csv}.xlsx.tmp"
            mv "${file%.csv}.xlsx.tmp" "${file%.csv}.xlsx"
        fi
        file=${file%.csv}.xlsx
    fi
    echo "$file"
}

# The best of three `cat` runs: what merely reading the file from the page cache costs.
time_floor() {
    local file=$1 best="" wall i
    cat "$file" >/dev/null  # warm the page cache
    for i in 1 2 3; do
        measure "$work/floor" cat "$file" >/dev/null
        wall=$(cut -d' ' -f1 "$work/floor")
        best=$(awk -v a="$wall" -v b="${best:-$wall}" 'BEGIN { print (a < b ? a : b) }')
    done
    echo "$best"
}

# Best wall time of the ipskit runs (the output ipskit_result holds "wall cpu rss"),
# then one more run for the JSON the comparison reads.
run_ipskit() {
    local file=$1 i
    : >"$work/ipskit.all"
    for ((i = 1; i <= ipskit_runs; i++)); do
        measure "$work/ipskit.one" "$ipskit" outcomes "$file" --year "$year" --by site --lang da \
            --format md -o "$work/ipskit.md" --xlsx "$work/ipskit.xlsx" || return 1
        cat "$work/ipskit.one" >>"$work/ipskit.all"
    done
    # best wall and its cpu; the highest peak memory of all runs
    sort -n "$work/ipskit.all" | awk 'NR == 1 { w = $1; c = $2 } $3 > r { r = $3 } END { print w, c, r }' \
        >"$work/ipskit_result"
    "$ipskit" outcomes "$file" --year "$year" --by site --lang da --format json -o "$work/ipskit.json"
}

run_pandas() {
    local file=$1
    measure "$work/pandas_result" "$pandas_python" "$here/pandas_outcomes.py" "$file" \
        --year "$year" --by site --lang da \
        --xlsx "$work/pandas.xlsx" --md "$work/pandas.md" --json "$work/pandas.json"
}

# ---------------------------------------------------------------- report

header() {
    printf '%10s %7s %7s | %8s %6s %8s %10s %7s | %8s %6s %7s | %7s %6s\n' \
        rows MB "cat s" "ipskit s" "cpu s" "MB/s" "rows/s" "RSS MB" "pandas s" "cpu s" "RSS MB" \
        ratio equal
}

# row ROWS FILE FLOOR: prints the results line from the result files present.
row() {
    local rows=$1 file=$2 floor=$3 mb
    mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", b / 1e6 }')
    awk -v rows="$rows" -v mb="$mb" -v floor="$floor" -v equal="$equal" \
        -v ip="$(cat "$work/ipskit_result" 2>/dev/null)" -v pd="$(cat "$work/pandas_result" 2>/dev/null)" '
        BEGIN {
            split(ip, i, " "); split(pd, p, " ")
            printf "%10d %7.1f %7.3f | ", rows, mb, floor
            if (ip != "") printf "%8.3f %6.2f %8.1f %10.0f %7.1f | ", i[1], i[2], mb / i[1], rows / i[1], i[3] / 1024
            else          printf "%8s %6s %8s %10s %7s | ", "-", "-", "-", "-", "-"
            if (pd != "") printf "%8.2f %6.2f %7.0f | ", p[1], p[2], p[3] / 1024
            else          printf "%8s %6s %7s | ", "-", "-", "-"
            if (ip != "" && pd != "") printf "%7.1f %6s\n", p[1] / i[1], equal
            else                      printf "%7s %6s\n", "-", equal
        }'
}

# Checks the issue's targets on the 1M-row extract and the memory growth
# between the smallest and largest size; prints, never fails.
report_targets() {
    [ -s "$work/summary" ] || return 0
    # A workbook: at most 2 s and 64 MB (issue 20); a CSV file: 0.25 s, 32 MB and 20x pandas.
    local wall=0.25 mb=32 faster=20
    [ "$xlsx" = yes ] && wall=2 mb=64 faster=0
    awk -v max_wall="$wall" -v max_mb="$mb" -v faster="$faster" '
        { rows[NR] = $1; rss[NR] = $3 }
        $1 == 1000000 {
            printf "targets at 1M rows: wall %.3f s (<= %s) %s; RSS %.1f MB (<= %s) %s",
                $2, max_wall, ($2 <= max_wall ? "met" : "MISSED"), $3 / 1024, max_mb,
                ($3 / 1024 <= max_mb ? "met" : "MISSED")
            if (NF >= 4 && faster > 0)
                printf "; %.1fx faster than pandas (>= %d) %s", $4, faster, ($4 >= faster ? "met" : "MISSED")
            else if (NF >= 4)
                printf "; %.1fx faster than pandas", $4
            printf "\n"
        }
        END {
            if (NR > 1)
                printf "peak memory %d rows -> %d rows: %.1f -> %.1f MB\n",
                    rows[1], rows[NR], rss[1] / 1024, rss[NR] / 1024
        }' "$work/summary"
}

# ---------------------------------------------------------------- main

bench_size() {
    local rows=$1 file floor
    file=$(extract_for "$rows")
    floor=$(time_floor "$file")
    rm -f "$work"/ipskit_result "$work"/pandas_result "$work"/*.json
    equal=-
    if [ "$have_ipskit" = yes ] && ! run_ipskit "$file"; then
        echo "ipskit outcomes failed on $file" >&2
        failed=1
        rm -f "$work/ipskit_result"
    fi
    if [ -n "$pandas_python" ] && ! run_pandas "$file"; then
        echo "pandas_outcomes.py failed on $file" >&2
        failed=1
        rm -f "$work/pandas_result"
    fi
    if [ -s "$work/ipskit.json" ] && [ -s "$work/pandas.json" ]; then
        if python3 "$here/compare_tables.py" "$work/ipskit.json" "$work/pandas.json" >"$work/compare" 2>&1; then
            equal=yes
        else
            equal=NO
            failed=1
            head -20 "$work/compare" >&2
        fi
    fi
    row "$rows" "$file" "$floor"
    if [ -s "$work/ipskit_result" ]; then
        read -r wall _ rss <"$work/ipskit_result"
        ratio=""
        [ -s "$work/pandas_result" ] && ratio=$(awk -v w="$wall" '{ print $1 / w }' "$work/pandas_result")
        echo "$rows $wall $rss $ratio" >>"$work/summary"
    fi
}

main() {
    parse_args "$@"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    failed=0

    have_ipskit=no
    if ipskit_has_outcomes; then
        have_ipskit=yes
    else
        echo "ipskit outcomes not available in this build ($ipskit)"
    fi
    pandas_python=$(find_pandas_python)
    [ -n "$pandas_python" ] ||
        echo "pandas/openpyxl not installed (apt-get install python3-pandas python3-openpyxl): skipping pandas"

    echo "extracts: $dialect, seed $seed, closed in $year; $(nproc) cores; cache $cache_dir"
    # Other work on the machine slows every column; the load average says how much to trust a run.
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    header
    IFS=, read -r -a size_list <<<"$sizes"
    for rows in "${size_list[@]}"; do
        bench_size "$rows"
    done
    report_targets
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    return $failed
}

main "$@"
