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
base=$out/bookworm-base   # debootstrap --variant=minbase, made once, never changed
root=$out/run             # a fresh copy of it for each run
mkdir -p "$out"

if [ ! -x "$base/usr/bin/apt-get" ]; then
  # debootstrap is on atelier.sh's list, the one list of packages.
  command -v debootstrap >/dev/null || { echo "verify-deb: debootstrap is missing (./atelier.sh test installs it)" >&2; exit 1; }
  debootstrap --variant=minbase bookworm "$base" http://deb.debian.org/debian
fi
# Never delete through a mount: a leftover bind would reach the host's files.
if grep -q " $root/" /proc/mounts; then
  echo "verify-deb: something is still mounted under $root; unmount it first" >&2
  exit 1
fi
rm -rf --one-file-system "$root"
cp -a "$base" "$root"
# The same apt sources as this machine, and its resolver.
rm -f "$root/etc/apt/sources.list"
cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"

# Only /proc is mounted; debootstrap made the few device nodes needed
# (null, zero, urandom, tty, ptmx), so the host's /dev is never bound in.
mount -t proc proc "$root/proc"
cleanup() {
  # Processes left inside (a daemon a maintainer script started) keep /proc busy.
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill "${p#/proc/}" 2>/dev/null
  done
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
