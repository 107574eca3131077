#!/usr/bin/env bash
# CI's package step: builds the Debian package, has lintian check it (no
# errors allowed), installs it as a user would, runs the installed ipskit
# from /usr/bin with the installed scales and manual page on the quick
# start's examples, and removes it again. Needs root or sudo, and the
# packages dpkg-dev, lintian and man-db (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

cmake --preset package -DIPSKIT_WERROR=ON >/dev/null
cmake --build --preset package -j"$(nproc)"
rm -f build-package/ipskit_*.deb
cpack --preset package >/dev/null
debs=(build-package/ipskit_*_amd64.deb)
deb=${debs[0]}
[ -f "$deb" ] || { echo "no package was built" >&2; exit 1; }
echo "== $deb =="
dpkg-deb --field "$deb"
dpkg-deb --contents "$deb" | awk '{ print $1, $6 }'

echo "== lintian =="
# Errors fail the step; the warnings and notes left are explained in the README.
lintian --fail-on error --info "$deb"

echo "== install =="
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "./$deb" >/dev/null
[ "$(command -v ipskit)" = /usr/bin/ipskit ] || { echo "ipskit is not /usr/bin/ipskit" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r "$source_dir/examples" "$scratch/"
cd "$scratch"
run() {
    echo "\$ $*" >&2
    "$@"
}
run /usr/bin/ipskit --version
# The scales come from /usr/share/ipskit/scales: the package's binary knows no other place.
run /usr/bin/ipskit scales
run /usr/bin/ipskit score examples/review-hjorring-2020-a.yaml >score.txt
grep -F "Total 105 of 125 (25–125 possible): Good fidelity (100–114)." score.txt
run /usr/bin/ipskit outcomes examples/cases-region.csv --year 2021 --by cluster >outcomes.txt
grep -E '^Job or education +351 +57%$' outcomes.txt
MANPAGER=cat MANWIDTH=80 man ipskit | grep -q "ipskit - score IPS fidelity reviews"
echo "man ipskit: found"
bash -c 'source /usr/share/bash-completion/completions/ipskit && complete -p ipskit'

echo "== remove =="
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -qq ipskit >/dev/null
[ ! -e /usr/bin/ipskit ] || { echo "/usr/bin/ipskit is left after apt-get remove" >&2; exit 1; }
[ ! -e /usr/share/ipskit ] || { echo "/usr/share/ipskit is left after apt-get remove" >&2; exit 1; }
echo "the package installs, runs and removes cleanly"
