#!/usr/bin/env bash
# Installs Atelier's .deb into a clean Debian 12 and runs it there: what a
# room's computer would do. Not part of the test suite (it downloads a base
# system once, then takes about a minute). Run as root, after
#   cmake --build build && (cd build && cpack -G DEB)
#   scripts/verify-deb.sh [build/atelier_VERSION_amd64.deb]
# NO_RECOMMENDS=1 installs the Depends only (apt-get --no-install-recommends).
# Leaves build-chroot/wall.png (the wall as rendered inside) and the logs.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls build/atelier_*_amd64.deb | sort -V | tail -n 1)}
out=$PWD/build-chroot
root=$out/run             # a fresh copy of a minimal Debian 12 for each run
mkdir -p "$out"

. scripts/fresh-root.sh
fresh_root verify-deb "$root"
cp "$deb" "$root/tmp/"

# Only /proc is mounted; debootstrap made the few device nodes needed
# (null, zero, urandom, tty, ptmx), so the host's /dev is never bound in.
mount -t proc proc "$root/proc"
cleanup() {
  kill_inside "$root"
  umount "$root/proc" 2>/dev/null || umount --lazy "$root/proc"
}
trap cleanup EXIT
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

recommends=()
[ -n "${NO_RECOMMENDS:-}" ] && recommends=(--no-install-recommends)
echo "== apt-get install ${recommends[*]} ./$(basename "$deb") xvfb xauth"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${recommends[@]}" "/tmp/$(basename "$deb")" xvfb xauth \
  > "$out/install.log" 2>&1
# Maintainer scripts complain that no init system runs in a chroot: expected.
grep -E '^(Setting up atelier|[0-9]+ upgraded)' "$out/install.log"
echo "== atelier --version"
in_root atelier --version
echo "== files"
in_root dpkg -L atelier | grep -E 'bin/atelier|applications|scalable|256x256|metainfo|man1|share/atelier/config/settings'
echo "== atelier --doctor (no display: must exit 1)"
set +e
in_root atelier --doctor; echo "exit=$?"
echo "== xvfb-run atelier --doctor"
in_root xvfb-run -a -s "-screen 0 1920x1080x24" atelier --doctor; echo "exit=$?"
set -e
echo "== xvfb-run -a atelier --screenshot /tmp/x.png --windowed 1280x720"
in_root xvfb-run -a atelier --screenshot /tmp/x.png --windowed 1280x720
cp "$root/tmp/x.png" "$out/wall.png"
file "$out/wall.png"
echo "verify-deb: done; look at $out/wall.png"
