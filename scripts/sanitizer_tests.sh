#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (issue 12):
# configures the `asan` preset of CMakePresets.json into build-asan/, builds it, gives it the
# teacher weights and runs ctest with the preset's sanitizer options. Any sanitizer report
# stops the process with an error, so the test that hit it fails.
#
#   scripts/sanitizer_tests.sh [ctest arguments...]     e.g. -R test_tensor_archive
#
# Needs what ./scripts/setup.sh installs. Instrumented code runs about 2 to 4 times slower,
# and the test time limits are 4 times the usual ones. Environment: MDD_JOBS (default nproc).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JOBS="${MDD_JOBS:-$(nproc)}"
BUILD="$ROOT/build-asan"

export CCACHE_BASEDIR="$ROOT"
export CCACHE_SLOPPINESS="pch_defines,time_macros,include_file_mtime,include_file_ctime"

[ -f "$BUILD/CMakeCache.txt" ] || cmake --preset asan
cmake --build --preset asan -j "$JOBS"

# The teachers' converted weights: a copy of the release build's when it has them, else
# fetched and converted like ./scripts/setup.sh does.
if [ ! -f "$BUILD/teachers/teachers.stamp" ] && [ -f "$ROOT/build/teachers/teachers.stamp" ]; then
  mkdir -p "$BUILD/teachers"
  cp -a "$ROOT/build/teachers/." "$BUILD/teachers/"
fi
"$ROOT/scripts/teachers/fetch_teachers.sh" "$BUILD/teachers"

ctest --preset asan -j "$JOBS" "$@"
