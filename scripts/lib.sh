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
  fonts-dejavu-core fonts-wqy-microhei zlib1g-dev libzstd-dev
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

# ./scripts/test --asan: the same suite in build-asan/ with AddressSanitizer (and LeakSanitizer)
# and UndefinedBehaviorSanitizer. Debug, so that Qt's Q_ASSERTs (QList::at's bounds and the like,
# inlined into our code) are on, but -O1 as the sanitizers' documentation advises: with -O0 the
# store tests took ten times as long as in the normal build. (The later -D wins over rd_build's
# RelWithDebInfo.)
rd_use_sanitizer_build() {
  RD_BUILD="$RD_ROOT/build-asan"
  RD_CMAKE_EXTRA+=(-DRD_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1")
  # Every report goes to a file of its own (report.<pid>) rather than to stderr, so that one from
  # a child process (the CLI, the simulator or the app that a test starts) counts even when its
  # test only looks at the exit code; scripts/test fails when any file is there. The children
  # inherit these variables. LeakSanitizer's suppressions are leaks of the system's libraries,
  # each with its reason, in tests/sanitizers/lsan.supp.
  RD_SANITIZER_REPORTS="$RD_BUILD/sanitizer-reports"
  rm -rf "$RD_SANITIZER_REPORTS" && mkdir -p "$RD_SANITIZER_REPORTS"
  export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1:log_path=$RD_SANITIZER_REPORTS/report"
  export LSAN_OPTIONS="suppressions=$RD_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$RD_SANITIZER_REPORTS/report"
  # Tests that wait for a whole piece of work (tests/support/simhelpers.h) wait this many times
  # longer, as CTest's timeouts are in this build.
  export RD_TIME_SCALE=4
}