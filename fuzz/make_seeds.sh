#!/usr/bin/env bash
# Regenerates the seed corpora in fuzz/corpus/ (they are committed; run this after a file
# format changes). Needs python3 and the built make_seeds helper (fuzz/run_fuzzers.sh builds
# build-fuzz/; or: cmake --build build-fuzz --target make_seeds).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${MDD_FUZZ_BUILD:-build-fuzz}"
python3 fuzz/make_seeds.py fuzz/corpus
mkdir -p fuzz/corpus/image fuzz/corpus/project_store
if [ -x "$BUILD/bin/make_seeds" ]; then
  ASAN_OPTIONS=detect_leaks=0 "$BUILD/bin/make_seeds" fuzz/corpus
else
  echo "make_seeds.sh: $BUILD/bin/make_seeds is not built: image and project seeds left as they are" >&2
fi
du -sh fuzz/corpus/*
