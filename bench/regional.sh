#!/usr/bin/env bash
# Times the regional report over several periods: `ipskit outcomes` on a
# synthetic extract of the 98 Danish municipalities (bench/generate_cases.py
# --sites national), by municipality and by year for 4 years (--years
# 2018..2021), against the same extract for one year, at two sizes to show
# that memory does not grow with the rows (bench/README.md, "Regional").
#
#   bench/regional.sh [--sizes 1000000,10000000] [--ipskit build/ipskit] [--runs N] [--tiny]
#
# For each size: generate the extract (cached as bench/run.sh caches it),
# warm the page cache, then the best wall time of --runs runs (3 by
# default), its CPU time and the highest peak memory, for one year and for
# four. The target is 10M rows by year for 4 years in under 3 s with flat
# memory. Timings never fail the run; a failed ipskit run does.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
sizes=1000000,10000000
ipskit=$root/build/ipskit
runs=3
cache_dir=${IPSKIT_BENCH_DIR:-${TMPDIR:-/tmp}/ipskit-bench}

while [ $# -gt 0 ]; do
    case $1 in
        --sizes) sizes=$2; shift 2 ;;
        --ipskit) ipskit=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --tiny) sizes=1000; runs=1; shift ;;
        -h | --help) sed -n "8p" "$0" | sed "s/^# \{0,1\}//"; exit 0 ;;
        *) echo "regional.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

# The same file name as bench/run.sh gives it, so either script reuses the other's.
extract() {
    local rows=$1 version file
    version=$(cksum <"$here/generate_cases.py" | cut -d' ' -f1)
    file=$cache_dir/cases-danish-$rows-seed1-g$version.csv
    if [ ! -s "$file" ]; then
        mkdir -p "$cache_dir"
        python3 "$here/generate_cases.py" --rows "$rows" --dialect danish --seed 1 --sites national \
            -o "$file.tmp" && mv "$file.tmp" "$file"
    fi
    echo "$file"
}

# Prints "wall cpu rss_mb": the best wall of $runs runs, its CPU, the highest RSS.
measure() {
    local best="" cpu="" rss=0 i line
    for ((i = 0; i < runs; i++)); do
        line=$(/usr/bin/time -f "%e %U %S %M" "$ipskit" outcomes "$@" --by site -q --format json \
            -o "$scratch/out.json" 2>&1 >/dev/null | tail -1)
        read -r wall user sys kb <<<"$line"
        if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then
            best=$wall
            cpu=$(awk "BEGIN{printf \"%.2f\", $user + $sys}")
        fi
        [ "$kb" -gt "$rss" ] && rss=$kb
    done
    echo "$best $cpu $((rss / 1024))"
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
printf '| rows | periods | wall s | cpu s | RSS MB |\n|---:|---|---:|---:|---:|\n'
IFS=, read -ra list <<<"$sizes"
for rows in "${list[@]}"; do
    file=$(extract "$rows")
    cat "$file" >/dev/null  # warm the page cache
    for periods in "--year 2020" "--years 2018..2021"; do
        # shellcheck disable=SC2086  # the period is two words
        read -r wall cpu rss <<<"$(measure "$file" $periods)"
        printf '| %s | %s | %s | %s | %s |\n' "$rows" "$periods" "$wall" "$cpu" "$rss"
    done
done
