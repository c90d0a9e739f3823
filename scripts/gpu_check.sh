#!/usr/bin/env bash
# The GPU check: builds the engine, the CLI, the engine tests that matter on a GPU and the
# benchmark against a CUDA LibTorch (no GUI), then runs them on the GPU and records the
# figures. Run it whenever a machine with an NVIDIA GPU is at hand:
#
#   scripts/gpu_check.sh [LIBTORCH_PREFIX] [OUT_DIR]
#
# LIBTORCH_PREFIX: an official LibTorch 2.x CUDA archive's folder, or the CMake prefix of
# an installed PyTorch (default: python3 -c 'import torch; print(torch.utils.cmake_prefix_path)').
# OUT_DIR (default build-gpu/results): info.txt, tests.txt and bench-*.txt.
# Needs cmake, a C++17 compiler, OpenCV, nlohmann-json and Qt 6 (Core + Test) for the
# tests; the GUI is not built. Exits non-zero when a test fails or CUDA is not usable.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREFIX="${1:-$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')}"
BUILD="$ROOT/build-gpu"
OUT="${2:-$BUILD/results}"
JOBS="$(nproc)"
mkdir -p "$OUT"

echo "gpu_check: LibTorch from $PREFIX"
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$PREFIX" \
  -DMDD_BUILD_GUI=OFF -DMDD_BUILD_TESTS=ON -DMDD_BUILD_BENCH=ON
TESTS=(test_gpu test_fast_inference test_network_parts test_runtime test_training)
cmake --build "$BUILD" -j "$JOBS" --target mddnet bench_model "${TESTS[@]}"

# Converted teacher weights: reuse the CPU build's, or fetch them (npm) when missing.
TEACHERS="${MDDNET_TEACHER_DIR:-$ROOT/build/teachers}"
if [ ! -f "$TEACHERS/inception_v3.mdda" ]; then
  TEACHERS="$BUILD/teachers"
  "$ROOT/scripts/teachers/fetch_teachers.sh" "$TEACHERS"
fi
export MDDNET_TEACHER_DIR="$TEACHERS"

"$BUILD/app/mddnet" info | tee "$OUT/info.txt"
if ! grep -q "CUDA: *available" "$OUT/info.txt"; then
  echo "gpu_check: this LibTorch sees no CUDA device (see $OUT/info.txt)" >&2
  exit 1
fi

regex="^($(IFS='|'; echo "${TESTS[*]}"))\$"
(cd "$BUILD" && ctest --output-on-failure -R "$regex") 2>&1 | tee "$OUT/tests.txt"
status=${PIPESTATUS[0]}

for backbone in inception_v3 wide_resnet50_2; do
  "$BUILD/bench/bench_model" --device cuda --backbone "$backbone" --batch 8 --seconds 4 \
    2>&1 | tee "$OUT/bench-$backbone-cuda.txt"
done
echo "gpu_check: figures in $OUT"
exit "$status"
