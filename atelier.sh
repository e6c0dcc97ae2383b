#!/usr/bin/env bash
# Set up, build, and run or test Atelier on Debian 12. Idempotent: packages
# already installed are not fetched again, and the build is incremental.
#   ./atelier.sh run [atelier options]   start the wall (sample workshop on first start)
#   ./atelier.sh test                    run the whole test suite
#   ./atelier.sh packages                the Debian packages `test` installs, one a line
# This file holds the one list of packages (in two parts: the wall's, and
# what the tests add): the tests check that every
# program they call comes from it (tests/kiosk/packages_test.sh), and no other
# script keeps a list of its own.
set -euo pipefail
cd "$(dirname "$0")"

# What building and running the wall needs (`run` installs these only, so
# that a newcomer sees the wall without waiting for the test tools)...
WALL_PACKAGES=(
  cmake make g++ pkg-config
  libimgui-dev libstb-dev libglfw3-dev libfreetype-dev libfontconfig-dev libcereal-dev libcli11-dev doctest-dev
  fonts-dejavu-core libgl1-mesa-dri tzdata
  # Names in other scripts: CJK glyphs for what DejaVu lacks (DejaVu itself has
  # Hebrew and Arabic's joined forms), right-to-left order and Arabic joining.
  fonts-droid-fallback libfribidi-dev
  # The languages: gettext catalogs compiled and checked at build time
  # (msgfmt), read by Boost.Locale (no generated system locales needed).
  gettext libboost-locale-dev
  # The remote service: HTTP (cpp-httplib), the phone's address as a QR code, OSC (liblo).
  libcpp-httplib-dev libqrencode-dev liblo-dev
  # No DISPLAY: the wall on a virtual screen (xvfb-run fails without xauth).
  xvfb xauth
  # The record as PDF (cairo, pango).
  libcairo2-dev libpango1.0-dev
  # The room's computer (kiosk): screensaver, D-Bus, chimes.
  libxss-dev libxrandr-dev libsystemd-dev libcanberra-dev libcanberra-pulse sound-theme-freedesktop
)
# ...and what the tests add (`test` installs both lists).
TEST_PACKAGES=(
  mesa-utils xdotool
  # The fuzz targets (libFuzzer, clang 14).
  clang libclang-rt-14-dev
  # Reading the record's PDF back.
  poppler-utils
  # Two monitors and keyboard layouts: Xorg with the dummy driver.
  xserver-xorg-core xserver-xorg-video-dummy x11-xkb-utils x11-xserver-utils
  # The tools that check the shipped files, the install and the .deb; the
  # kiosk session; D-Bus and a sound server for the screensaver and chimes tests.
  desktop-file-utils appstream librsvg2-bin man-db systemd cage xwayland dpkg-dev file
  x11-utils x11-apps dbus dbus-daemon pulseaudio pulseaudio-utils sox
  # Time jumps (a sleep, a clock step) in the end-to-end tests: the library they preload.
  faketime libfaketime
  # The check that the suite writes nothing into the source tree; a fresh
  # Debian 12 in a chroot (scripts/verify-deb.sh, scripts/fresh-machine.sh).
  git debootstrap
  # The catalogs' check (scripts/po-check.sh).
  python3
  # The remote service's real clients in the tests: curl, liblo's oscsend/oscdump,
  # and the phone and viewer pages in a real browser (tests/e2e/remote_browser.py).
  liblo-tools curl chromium chromium-driver python3-selenium
)

install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "atelier.sh: installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
}

case "${1:-}" in
  run)
    shift
    install_missing "${WALL_PACKAGES[@]}"
    configure
    # The wall only: not the tests, the fuzzers or the benchmarks. The same
    # build folder as `test`, which then builds only what is left.
    cmake --build build -j"$(nproc)" --target atelier
    if [ -z "${DISPLAY:-}" ]; then
      echo "atelier.sh: no DISPLAY; starting Atelier on a virtual screen (xvfb-run)" >&2
      exec xvfb-run -a -s "-screen 0 1920x1080x24" ./build/app/atelier "$@"
    fi
    exec ./build/app/atelier "$@"
    ;;
  test)
    install_missing "${WALL_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure
    cmake --build build -j"$(nproc)"
    # Tests that open windows start their own X server (xvfb-run) from CTest.
    cd build
    exec ctest --output-on-failure -j"$(nproc)"
    ;;
  packages)
    printf '%s\n' "${WALL_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    ;;
  *)
    echo "usage: $0 run [atelier options] | test | packages" >&2
    exit 2
    ;;
esac
