# Shared by scripts/test and scripts/demo: install what is missing, configure once, build.
# shellcheck shell=bash

RD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RD_BUILD="$RD_ROOT/build"

# Everything the build, the tests and the demo need on Debian 12 and 13 (docs/testing.md lists
# the traps: the SQLite driver and lupdate come in packages of their own).
RD_PACKAGES=(
  cmake ninja-build g++ ccache dpkg-dev file
  qt6-base-dev libqt6sql6-sqlite libsqlite3-dev qt6-qpa-plugins qt6-websockets-dev qt6-httpserver-dev
  qt6-networkauth-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qtkeychain-qt6-dev libxkbcommon-dev qt6-translations-l10n
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools libnotify-bin dunst imagemagick openssl
  fonts-dejavu-core fonts-wqy-microhei
  appstream desktop-file-utils
)
# Names that differ between releases. Qt's SVG icon and image plugins (without them every SVG icon
# is blank) are in libqt6svg6 on Debian 12; Debian 13 moved them to qt6-svg-plugins, a package
# Debian 12 does not have.
# shellcheck source=/dev/null
case "$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")" in
  bookworm) RD_PACKAGES+=(libqt6svg6) ;;
  *) RD_PACKAGES+=(qt6-svg-plugins) ;;
esac

rd_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

rd_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "error: '$*' needs root and sudo is not installed; run it as root once." >&2
    return 1
  fi
}

rd_install_packages() {
  local missing=() pkg
  for pkg in "${RD_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: missing packages (${missing[*]}) and no apt-get: this script is for Debian 12" \
         "and 13; see README.md for building on other systems." >&2
    return 1
  fi
  rd_say "Installing ${#missing[@]} missing packages: ${missing[*]}"
  rd_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  rd_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

RD_CMAKE_EXTRA=()
rd_build() {
  local werror=OFF
  [ -n "${CI:-}" ] && werror=ON
  if [ ! -f "$RD_BUILD/build.ninja" ]; then
    rd_say "Configuring $RD_BUILD"
    cmake -S "$RD_ROOT" -B "$RD_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRD_WERROR=$werror \
      ${RD_CMAKE_EXTRA[@]+"${RD_CMAKE_EXTRA[@]}"} >/dev/null
  elif [ "$werror" = ON ]; then
    cmake -DRD_WERROR=ON "$RD_BUILD" >/dev/null
  fi
  rd_say "Building"
  cmake --build "$RD_BUILD" --parallel "$(nproc 2>/dev/null || echo 2)"
}

# ./scripts/test --asan: the same suite in a separate build folder with the sanitizers on.
rd_use_sanitizer_build() {
  RD_BUILD="$RD_ROOT/build-asan"
  RD_CMAKE_EXTRA+=(-DRD_SANITIZE=ON)
}
