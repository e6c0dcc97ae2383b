# Sourced by fresh-machine.sh and verify-deb.sh: a fresh copy of a minimal
# Debian 12 to run something in as a new machine would, and what stops it.

# fresh_root WHO ROOT: ROOT becomes a copy of bookworm-base beside it (made
# once by debootstrap --variant=minbase, never changed), with this machine's
# apt sources and resolver, and the /etc/hosts that Debian's installer writes
# and debootstrap does not (without it "localhost" does not resolve: oscsend
# localhost, chromedriver's own port check). WHO names the messages.
fresh_root() {
  local who=$1 root=$2
  local base
  base=$(dirname "$root")/bookworm-base
  if [ ! -x "$base/usr/bin/apt-get" ]; then
    # debootstrap is on atelier.sh's list, the one list of packages.
    command -v debootstrap >/dev/null || { echo "$who: debootstrap is missing (./atelier.sh test installs it)" >&2; return 1; }
    debootstrap --variant=minbase bookworm "$base" http://deb.debian.org/debian
  fi
  # Never delete through a mount: a leftover bind would reach the host's files.
  if grep -q " $root/" /proc/mounts; then
    echo "$who: something is still mounted under $root; unmount it first" >&2
    return 1
  fi
  rm -rf --one-file-system "$root"
  cp -a "$base" "$root"
  rm -f "$root/etc/apt/sources.list"
  cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' "$(basename "$root")" >"$root/etc/hosts"
}

# kill_inside ROOT [SIGNAL]: every process running inside ROOT (the wall, its
# X server, a daemon a maintainer script started), which would keep its
# mounts busy.
kill_inside() {
  local root=$1 p
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill "-${2:-TERM}" "${p#/proc/}" 2>/dev/null
  done
  return 0
}
