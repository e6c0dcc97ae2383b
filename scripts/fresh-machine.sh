#!/usr/bin/env bash
# The two README commands on a fresh Debian 12, timed: what a newcomer's
# machine does, which CI (a machine already set up) cannot show. Not part of
# the test suite: it downloads a base system once, then every package the
# project needs, and builds from nothing (about 15 minutes on 2 cores).
#
# A minimal Debian 12 (debootstrap --variant=minbase, made once and never
# changed) is copied afresh; the last commit of this checkout is cloned into
# it; then, as root and without DISPLAY, as a newcomer would:
#   ./atelier.sh run    until the wall answers (`atelier send status`)
#   ./atelier.sh test   to the end; it must pass
# Run as root:  scripts/fresh-machine.sh [run|test|both]   (both: run, then test)
# Leaves build-chroot/fresh-*.log and prints the times.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-both}
src=$PWD
out=$PWD/build-chroot
root=$out/fresh
mkdir -p "$out"

. scripts/fresh-root.sh
fresh_root fresh-machine "$root"
# A fresh clone of what is committed: nothing of this machine's build or edits.
git clone -q --no-hardlinks "$src" "$root/root/atelier"
git -C "$root/root/atelier" log -1 --format='fresh-machine: commit %h %s'

# What a running Debian has and a chroot lacks: its own /proc, /sys, pseudo
# terminals, shared memory, and empty /tmp and /run. The host's /dev is never
# bound in (debootstrap made the few device nodes needed).
mounts=()
mnt() { mount "$@"; mounts=("${@: -1}" "${mounts[@]}"); }
cleanup() {
  kill_inside "$root" KILL
  for m in "${mounts[@]}"; do umount "$m" 2>/dev/null || umount --lazy "$m"; done
}
trap cleanup EXIT
mnt -t proc proc "$root/proc"
mnt -t sysfs -o ro sysfs "$root/sys"
mkdir -p "$root/dev/pts" "$root/dev/shm"
mnt -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$root/dev/pts"
mnt -t tmpfs -o mode=1777 shm "$root/dev/shm"
mnt -t tmpfs -o mode=1777 tmp "$root/tmp"
mnt -t tmpfs -o mode=755 run "$root/run"

in_root() {
  chroot "$root" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    TERM=dumb "$@"
}

run_wall() {
  echo "== ./atelier.sh run (no DISPLAY), until the wall answers"
  local start log=$out/fresh-run.log answered=""
  start=$(date +%s)
  in_root bash -c 'cd /root/atelier && exec ./atelier.sh run --windowed 1280x720' > "$log" 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    if [ -x "$root/root/atelier/build/app/atelier" ] &&
       in_root /root/atelier/build/app/atelier send status >/dev/null 2>&1; then
      answered=$(date +%s)
      break
    fi
    sleep 1  # polling the app's answer, once a second: the resolution of the figure
  done
  if [ -z "$answered" ]; then
    echo "fresh-machine: the wall never answered; see $log" >&2
    tail -n 30 "$log" >&2
    return 1
  fi
  echo "wall on screen after $(( answered - start )) s (apt, configure, build, start)"
  in_root /root/atelier/build/app/atelier send status | sed -n 's/^\(step_name\|timer\|phase\): /  \1: /p'
  kill_inside "$root" TERM
  wait "$pid" 2>/dev/null || true
  grep -E '^atelier.sh: installing' "$log" | cut -c1-200 || true
}

run_tests() {
  echo "== ./atelier.sh test"
  local start end code=0 log=$out/fresh-test.log
  start=$(date +%s)
  in_root bash -c 'cd /root/atelier && exec ./atelier.sh test' > "$log" 2>&1 || code=$?
  end=$(date +%s)
  echo "test command: exit $code after $(( end - start )) s"
  grep -E 'tests passed|tests failed|Total Test time' "$log" || true
  [ "$code" -eq 0 ] || { grep -E '\*\*\*Failed|Not Run|\(Failed\)|Timeout' "$log" | head -20; return 1; }
}

echo "fresh-machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
case "$what" in
  run) run_wall ;;
  test) run_tests ;;
  both) run_wall && run_tests ;;
  *) echo "usage: $0 [run|test|both]" >&2; exit 2 ;;
esac
echo "fresh-machine: load $(cut -d' ' -f1-3 /proc/loadavg) at the end"
