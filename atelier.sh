#!/usr/bin/env bash
# Set up, build, and run or test Atelier on Debian 12. Idempotent: packages
# already installed are not fetched again, and the build is incremental.
#   ./atelier.sh run [atelier options]   start the wall (sample workshop on first start)
#   ./atelier.sh test                    run the whole test suite
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
  cmake make g++ pkg-config
  libimgui-dev libstb-dev libglfw3-dev libfreetype-dev libfontconfig-dev libcereal-dev libcli11-dev doctest-dev
  fonts-dejavu-core libgl1-mesa-dri mesa-utils tzdata
  # Names in other scripts: CJK glyphs for what DejaVu lacks (DejaVu itself has
  # Hebrew and Arabic's joined forms), right-to-left order and Arabic joining.
  fonts-droid-fallback libfribidi-dev
  xvfb xauth xdotool
  clang libclang-rt-14-dev
  # The record as PDF (cairo, pango) and reading it back in the tests.
  libcairo2-dev libpango1.0-dev poppler-utils
  # Two monitors and keyboard layouts in the tests: Xorg with the dummy driver.
  xserver-xorg-core xserver-xorg-video-dummy x11-xkb-utils x11-xserver-utils
  # The room's computer (kiosk): screensaver, D-Bus, chimes, and the tools
  # that check the shipped files, the install and the .deb.
  libxss-dev libxrandr-dev libsystemd-dev libcanberra-dev libcanberra-pulse sound-theme-freedesktop
  desktop-file-utils appstream librsvg2-bin man-db systemd cage xwayland dpkg-dev file
  x11-utils x11-apps dbus pulseaudio pulseaudio-utils sox
  # Time jumps (a sleep, a clock step) in the end-to-end tests.
  faketime
  # The remote service: HTTP (cpp-httplib), the phone's address as a QR code,
  # OSC (liblo); curl and liblo's oscsend/oscdump are its real clients in the tests.
  libcpp-httplib-dev libqrencode-dev liblo-dev liblo-tools curl
  # The phone and viewer pages in a real browser (tests/e2e/remote_browser.py).
  chromium chromium-driver python3-selenium
)

install_missing() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "atelier.sh: installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build -j"$(nproc)"
}

case "${1:-}" in
  run)
    shift
    install_missing
    build
    if [ -z "${DISPLAY:-}" ]; then
      echo "atelier.sh: no DISPLAY; starting Atelier on a virtual screen (xvfb-run)" >&2
      exec xvfb-run -a -s "-screen 0 1920x1080x24" ./build/app/atelier "$@"
    fi
    exec ./build/app/atelier "$@"
    ;;
  test)
    install_missing
    build
    # Tests that open windows start their own X server (xvfb-run) from CTest.
    cd build
    exec ctest --output-on-failure -j"$(nproc)"
    ;;
  *)
    echo "usage: $0 run [atelier options] | test" >&2
    exit 2
    ;;
esac
