#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine: installs the missing Debian packages,
# configures and builds (Release, ccache), prepares the teacher weights, then runs
# the requested job.
#
#   scripts/setup.sh run [args...]   build, then start the Inspector on the demo project
#                                    (extra args go to it; mddnet-inspector --help lists them)
#   scripts/setup.sh test [args...]  build, then run the whole ctest suite (args go to ctest)
#                                    and, as root, the Debian package check (as `package`)
#   scripts/setup.sh build           build only
#   scripts/setup.sh package         build, then make the Debian package and the tarball and
#                                    check them (installer/test_package.sh: lintian, install,
#                                    run, remove; as root or through sudo)
#
# Environment: MDD_BUILD_DIR (default: <repo>/build), CMAKE_PREFIX_PATH (an official
# LibTorch, e.g. a CUDA build), MDD_JOBS (parallel build jobs, default: all cores).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${MDD_BUILD_DIR:-$ROOT/build}"
JOBS="${MDD_JOBS:-$(nproc)}"
MODE="${1:-build}"
[ $# -gt 0 ] && shift

die() { echo "setup: $*" >&2; exit 1; }

case "$MODE" in run|test|build|package) ;; *) die "unknown mode '$MODE' (use run, test, build or package)";; esac

# Debian packages the build, the tests and the demo need. Keep in sync with README.md.
PACKAGES=(
  build-essential cmake ccache git pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  libqcustomplot-dev libopencv-dev libtorch-dev libopenblas0-pthread libtcmalloc-minimal4 nlohmann-json3-dev
  libgloo-dev libgl-dev xvfb xauth nodejs npm gimp-data libqt6svg6
)
# Showing the Inspector to a person: glyphs for Chinese and Japanese, Qt's own dialogs in
# the chosen language.
if [ "$MODE" = run ]; then
  PACKAGES+=(fonts-noto-cjk qt6-translations-l10n)
fi
# The test suite's short fuzzing runs (fuzz/run_fuzzers.sh): clang 14 with libFuzzer and
# the sanitizer runtimes.
if [ "$MODE" = test ]; then
  PACKAGES+=(clang libclang-rt-14-dev)
fi
# What the package check (installer/test_package.sh) needs besides: the package checkers,
# dpkg-shlibdeps, xwininfo. `test` runs it only as root (it installs a package).
if [ "$MODE" = package ] || { [ "$MODE" = test ] && [ "$(id -u)" -eq 0 ]; }; then
  PACKAGES+=(lintian desktop-file-utils appstream dpkg-dev x11-utils)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm may come from outside Debian (nodesource, nvm): any working npm will do.
if [[ " ${missing[*]} " == *" npm "* ]] && command -v npm >/dev/null; then
  missing=("${missing[@]/npm}")
  missing=("${missing[@]/nodejs}")
  read -r -a missing <<<"${missing[*]}"
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "run as root or install sudo: missing packages ${missing[*]}"
    SUDO="sudo"
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# ccache: share hits between checkouts in different folders, and accept CMake's PCH.
export CCACHE_BASEDIR="$ROOT"
export CCACHE_SLOPPINESS="pch_defines,time_macros,include_file_mtime,include_file_ctime"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release ${CMAKE_PREFIX_PATH:+-DCMAKE_PREFIX_PATH="$CMAKE_PREFIX_PATH"}
fi
cmake --build "$BUILD" -j "$JOBS"

# The default teachers' ImageNet weights (npm nsfwjs@4.3.0, pinned sha256), converted
# once into build/teachers; a no-op when they are already there.
"$ROOT/scripts/teachers/fetch_teachers.sh" "$BUILD/teachers"

case "$MODE" in
  build) ;;
  run)
    # The Inspector on the demo project: generated dataset, a quickly trained model (a few
    # minutes on a CPU the first time, cached in the user's data folder) and its results.
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      # No display: prepare the demo under a virtual one, save a screenshot of each view
      # and quit, so the main job still runs end to end.
      echo "setup.sh: no display; running the demo under xvfb-run, screenshots in $BUILD/screenshots"
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD/app/mddnet-inspector" --demo \
        --screenshots "$BUILD/screenshots" --quit-when-ready "$@"
    fi
    exec "$BUILD/app/mddnet-inspector" --demo "$@"
    ;;
  test)
    cd "$BUILD"
    ctest --output-on-failure -j "$JOBS" "$@"
    if [ $# -eq 0 ]; then
      # A minute of fuzzing per file reader (fuzz/README.md), one target per core: builds
      # the instrumented readers into build-fuzz/, then fuzzes (8 minutes in all, cold).
      env MDD_MAIN_BUILD="$BUILD" MDD_FUZZ_BUILD="$BUILD-fuzz" MDD_FUZZ_JOBS="$JOBS" MDD_FUZZ_PARALLEL="$JOBS" \
        "$ROOT/fuzz/run_fuzzers.sh" 60
    fi
    # Then, for the whole suite, the Debian package: build, lintian, install, run, remove
    # (about 2 minutes).
    if [ $# -eq 0 ] && [ "$(id -u)" -eq 0 ]; then
      exec env MDD_JOBS="$JOBS" "$ROOT/installer/test_package.sh" "$BUILD"
    fi
    [ $# -gt 0 ] || echo "setup: skipped the Debian package check, which installs a package" \
      "and needs root: run 'sudo scripts/setup.sh package'"
    ;;
  package)
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    exec $SUDO env MDD_JOBS="$JOBS" "$ROOT/installer/test_package.sh" "$BUILD"
    ;;
esac
