#!/usr/bin/env bash
# Benchmarks `ipskit derive` on national-scale records (see bench/README.md):
# COURSES courses, 2 x COURSES jobs and 5 x COURSES contacts over 2,000
# consultants, generated once by bench/generate_site_records.py and cached.
#
#   bench/derive.sh [--courses N] [--ipskit build/ipskit] [--runs N]
#
# Prints the best wall time and its CPU time of --runs runs (5 by default) and
# the peak resident memory (GNU time -v), for the courses alone and for all
# four files: memory that does not grow when 7 million jobs and contacts are
# added is the "flat memory" of the target. Timings never fail the run.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
courses=1000000
ipskit=$root/build/ipskit
runs=5
cache_dir=${IPSKIT_BENCH_DIR:-${TMPDIR:-/tmp}/ipskit-bench-derive}

while [ $# -gt 0 ]; do
    case $1 in
        --courses) courses=$2; shift 2 ;;
        --ipskit) ipskit=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        *) sed -n "7p" "$0" | sed "s/^# \{0,1\}//"; exit 2 ;;
    esac
done

dir=$cache_dir/$courses
[ -s "$dir/employer_contacts.csv" ] || python3 "$here/generate_site_records.py" "$dir" "$courses"
cat "$dir"/*.csv >/dev/null  # into the page cache: the figures are CPU and memory, not disk

measure() {  # label, then ipskit's arguments
    local label=$1 best="" line
    shift
    for _ in $(seq "$runs"); do
        line=$(/usr/bin/time -f "%e %U %S %M" "$ipskit" derive --scale ips-25 "$@" --as-of 2024-06-30 \
            -o "$dir/out.json" -q 2>&1 >/dev/null | tail -1)
        if [ -z "$best" ] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then best=$line; fi
    done
    read -r wall user sys rss <<<"$best"
    printf '%-34s wall %5.2f s  cpu %5.2f s  peak RSS %4d MB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" \
        "$((rss / 1024))"
}

echo "ipskit derive, $courses courses, $((2 * courses)) jobs, $((5 * courses)) contacts ($(nproc) processors, load $(cut -d' ' -f1 /proc/loadavg))"
measure "cases + staff" --cases "$dir/cases.csv" --staff "$dir/staff.yaml"
measure "cases + jobs + contacts + staff" --cases "$dir/cases.csv" --jobs "$dir/jobs.csv" \
    --contacts "$dir/employer_contacts.csv" --staff "$dir/staff.yaml"
echo "target: all four files within 2 s wall, peak RSS the same with and without jobs and contacts"
