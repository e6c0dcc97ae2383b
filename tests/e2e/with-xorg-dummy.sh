#!/usr/bin/env bash
# Runs a command on a private Xorg server with the dummy driver: one or two
# monitors (Xvfb always shows one) and a real keyboard layout (Xvfb ignores
# setxkbmap). The server is waited for (xdpyinfo answers), never slept for.
#   with-xorg-dummy.sh LAYOUT HEADS COMMAND [ARGS...]     e.g. fr 1, us 2
# Exit 77 (CTest: skipped) when Xorg cannot start here, e.g. not as root.
set -uo pipefail
layout=$1 heads=$2
shift 2
work=$(mktemp -d)
cleanup() {
  [ -n "${xorg_pid:-}" ] && kill "$xorg_pid" 2>/dev/null && wait "$xorg_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
cat > "$work/xorg.conf" <<CONF
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 256000
EndSection
Section "Monitor"
  Identifier "mon"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
  Modeline "1920x1080" 148.50 1920 2008 2052 2200 1080 1084 1089 1125 +hsync +vsync
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "mon"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual 3840 1080
    Modes "1920x1080"
  EndSubSection
EndSection
CONF
display=""
for n in $(seq 70 130); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
  Xorg ":$n" -config "$work/xorg.conf" -noreset -nolisten tcp -logfile "$work/xorg.log" >/dev/null 2>&1 &
  xorg_pid=$!
  for _ in $(seq 1 300); do
    if xdpyinfo -display ":$n" >/dev/null 2>&1; then display=":$n"; break; fi
    kill -0 "$xorg_pid" 2>/dev/null || break
    sleep 0.05
  done
  [ -n "$display" ] && break
  kill "$xorg_pid" 2>/dev/null; wait "$xorg_pid" 2>/dev/null; xorg_pid=""
done
if [ -z "$display" ]; then
  echo "with-xorg-dummy: Xorg with the dummy driver did not start (root needed; see $work/xorg.log)" >&2
  tail -5 "$work/xorg.log" >&2 2>/dev/null
  exit 77
fi
export DISPLAY=$display
if [ "$heads" = 2 ]; then
  xrandr --addmode DUMMY1 1920x1080 && xrandr --output DUMMY1 --mode 1920x1080 --right-of DUMMY0 || exit 1
fi
# A full query makes the server poll its outputs: GLFW reads only the
# "current" resources, which stay stale until someone does.
xrandr >/dev/null
setxkbmap -layout "$layout" || exit 1
"$@"
