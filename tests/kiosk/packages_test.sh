#!/usr/bin/env bash
# Every program the tests and the scripts call, and the few files they load
# (libfaketime, Xorg's dummy driver), comes from a package that atelier.sh
# installs: a tool this machine happens to have cannot hide a missing install
# step again (x11-apps and xwd, issue 19).
#
# "Always on Debian": a package with Essential: yes or Priority: required is
# on every Debian system (debootstrap --variant=minbase installs them:
# coreutils, util-linux, bash, dash, sed, grep, findutils, diffutils, mawk,
# mount, libc-bin...). dpkg says so itself; this test asks it rather than
# keeping a list of its own.
#   packages_test.sh SOURCE_DIR
set -uo pipefail
src=${1:?usage: packages_test.sh SOURCE_DIR}

mapfile -t listed < <("$src/atelier.sh" packages)
[ ${#listed[@]} -gt 10 ] || { echo "atelier.sh packages listed nothing" >&2; exit 1; }
declare -A on_list=()
for p in "${listed[@]}"; do on_list[$p]=1; done

# What the tests and the scripts run, by name. Found by reading them; the scan
# below adds whatever a test starts through run(), run_code(), popen() or a
# CTest COMMAND, so that a new tool shows up here without anyone adding it.
programs=(
  xvfb-run Xvfb xauth xdotool xwd xprop xdpyinfo xrandr setxkbmap Xorg
  pdftotext pdfinfo setpriv desktop-file-validate appstreamcli systemd-analyze man
  pactl parec pulseaudio dbus-daemon sox rsvg-convert git clang++ cmake ctest cpack make g++
  dpkg-shlibdeps file debootstrap chroot mount timeout cmp ldd grep sed awk xargs seq sort readlink sh bash env
)
files=(
  /usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1  # clock_test, crash_test (LD_PRELOAD)
  /usr/lib/xorg/modules/drivers/dummy_drv.so              # with-xorg-dummy.sh (two monitors, layouts)
)

scanned=$(
  {
    grep -rhoE '\b(run|run_code|run_with_status|output_of|spawn|popen|system)\("[A-Za-z][A-Za-z0-9_.+-]*' \
      "$src/tests" --include='*.cpp' --include='*.hpp' | sed -E 's/.*\("//'
    grep -rhoE '^\s*(add_test\(NAME .*)?COMMAND +[A-Za-z][A-Za-z0-9_.+-]*' \
      "$src/tests" "$src/CMakeLists.txt" "$src/app" "$src/cmake" --include='CMakeLists.txt' --include='*.cmake' |
      sed -E 's/.*COMMAND +//'
  } | sort -u
)
for word in $scanned; do
  case "$word" in
    exec|command|true|false|test|cd|echo|printf) ;;  # the shell's own
    atelier*) ;;                                      # this project's own programs (CMake targets)
    *) programs+=("$word") ;;
  esac
done

# The packages that own a path, one a line; usrmerge means dpkg may know it
# under /bin or /sbin, and a link (an alternative) under where it points.
owners() {
  local path=$1 real out=""
  real=$(readlink -f "$path")
  for candidate in "$path" "${path/#\/usr\/bin//bin}" "${path/#\/usr\/sbin//sbin}" "$real" \
                   "${real/#\/usr\/bin//bin}" "${real/#\/usr\/sbin//sbin}"; do
    # "pkg1, pkg2:amd64: /path"; diversions ("diversion by dash from: /bin/sh") say nothing of the owner.
    out=$(dpkg -S "$candidate" 2>/dev/null | grep -v '^diversion by ' | sed -E 's/: \/.*//; s/, /\n/g' | sed -E 's/:[a-z0-9]+$//')
    [ -n "$out" ] && break
  done
  printf '%s\n' "$out"
}

always_on_debian() {
  local info
  info=$(dpkg-query -W -f='${Essential} ${Priority}' "$1" 2>/dev/null) || return 1
  [[ "$info" == yes* || "$info" == *required ]]
}

status=0
check() {
  local what=$1 path=$2 pkg found=""
  while read -r pkg; do
    [ -z "$pkg" ] && continue
    if [ -n "${on_list[$pkg]:-}" ]; then found="$pkg (atelier.sh)"; break; fi
    if always_on_debian "$pkg"; then found="$pkg (always on Debian)"; break; fi
    found="!$pkg"
  done < <(owners "$path")
  case "$found" in
    "") echo "FAIL $what: $path belongs to no package (dpkg -S)"; status=1 ;;
    !*) echo "FAIL $what: $path comes from ${found#!}, which atelier.sh does not install"; status=1 ;;
    *) echo "ok   $what: $found" ;;
  esac
}

for p in $(printf '%s\n' "${programs[@]}" | sort -u); do
  path=$(command -v "$p" 2>/dev/null)
  if [ -z "$path" ] || [ "${path#/}" = "$path" ]; then
    echo "FAIL $p: not installed (its package is missing from atelier.sh, or atelier.sh was not run)"
    status=1
    continue
  fi
  check "$p" "$path"
done
for f in "${files[@]}"; do
  if [ ! -e "$f" ]; then
    echo "FAIL $f: missing"
    status=1
    continue
  fi
  check "$(basename "$f")" "$f"
done
exit $status
