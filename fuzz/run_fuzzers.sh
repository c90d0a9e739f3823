#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz/ and runs each one for N seconds.
#
#   fuzz/run_fuzzers.sh [SECONDS] [TARGET...]     # default: 60 s each, every target
#
# The model file and teacher weight targets link the rest of the engine from the main
# build's build/core/libmddcore.a, which this script builds first (cmake --build build
# --target mddcore; the main build must be configured, as ./scripts/setup.sh does).
# Environment: MDD_MAIN_BUILD (the main build folder, default build), MDD_FUZZ_BUILD (build
# folder, default build-fuzz), MDD_FUZZ_NO_BUILD=1 (run
# what is built), MDD_FUZZ_JOBS (compile jobs, default nproc), MDD_FUZZ_NICE (nice level
# for the runs, default 0), MDD_BUILD_LOCK (a flock file that every build step takes),
# MDD_FUZZ_TMPDIR (scratch folder for the inputs, default /dev/shm), MDD_FUZZ_PARALLEL
# (targets run at once, default 1; CI runs two, one per core).
#
# New inputs go to build-fuzz/corpus/<target>/ (the seeds in fuzz/corpus/<target without
# fuzz_>/ stay as they are); a crash, sanitizer report, timeout or out-of-memory leaves its input in
# build-fuzz/artifacts/<target>/. Exit status 1 when any target failed.
set -euo pipefail

cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-60}"
shift || true
ALL_TARGETS=(fuzz_csv fuzz_gimp_pattern fuzz_image fuzz_dataset fuzz_project_store fuzz_model_file
             fuzz_teacher_weights)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL_TARGETS[@]}")
BUILD="${MDD_FUZZ_BUILD:-build-fuzz}"
MAIN_BUILD="$(realpath -m "${MDD_MAIN_BUILD:-build}")"
JOBS="${MDD_FUZZ_JOBS:-$(nproc)}"
LOCK=()
[ -n "${MDD_BUILD_LOCK:-}" ] && LOCK=(flock "$MDD_BUILD_LOCK")

if [ "${MDD_FUZZ_NO_BUILD:-0}" != 1 ]; then
  command -v clang++ >/dev/null ||
    { echo "run_fuzzers.sh: clang++ not found: apt-get install clang libclang-rt-14-dev" >&2; exit 2; }
  if [ ! -f "$MAIN_BUILD/CMakeCache.txt" ]; then
    echo "run_fuzzers.sh: $MAIN_BUILD is not configured: run ./scripts/setup.sh test (or cmake -S . -B build) first" >&2
    exit 2
  fi
  "${LOCK[@]}" cmake --build "$MAIN_BUILD" -j"$JOBS" --target mddcore
  if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ "${LOCK[@]}" cmake -S fuzz -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DMDD_CORE_LIBRARY="$MAIN_BUILD/core/libmddcore.a"
  fi
  "${LOCK[@]}" cmake --build "$BUILD" -j"$JOBS" --target "${TARGETS[@]}"
fi

# Per-target options: input size limit and dictionary.
declare -A MAX_LEN=([fuzz_dataset]=8192 [fuzz_model_file]=16384 [fuzz_teacher_weights]=16384
                    [fuzz_project_store]=65536 [fuzz_image]=16384)
declare -A DICT=([fuzz_model_file]=archive.dict [fuzz_teacher_weights]=archive.dict
                 [fuzz_dataset]=dataset.dict [fuzz_project_store]=sql.dict)
# The targets write each input to $TMPDIR/mdd-fuzz-<pid>/; on tmpfs SQLite's fsyncs are free.
if [ -z "${MDD_FUZZ_TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then MDD_FUZZ_TMPDIR=/dev/shm; fi
[ -n "${MDD_FUZZ_TMPDIR:-}" ] && export TMPDIR="$MDD_FUZZ_TMPDIR"
# LibTorch keeps caches for the process' life that LeakSanitizer would report at exit.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# run_target TARGET: one libFuzzer run; writes its summary line to $BUILD/TARGET.summary and
# returns non-zero when the target failed.
run_target() {
  local t="$1"
  local bin="$BUILD/bin/$t"
  local summary_file="$BUILD/$t.summary"
  if [ ! -x "$bin" ]; then
    echo "run_fuzzers.sh: $bin is missing (build it, see fuzz/README.md)" >&2
    printf '%-22s %s\n' "$t" "MISSING" >"$summary_file"
    return 1
  fi
  local work="$BUILD/corpus/$t" artifacts="$BUILD/artifacts/$t" log="$BUILD/$t.log"
  mkdir -p "$work" "$artifacts"
  local args=(-max_total_time="$SECONDS_EACH" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1
              -artifact_prefix="$artifacts/" -max_len="${MAX_LEN[$t]:-4096}")
  [ -n "${DICT[$t]:-}" ] && args+=(-dict="fuzz/dict/${DICT[$t]}")
  echo "== $t: ${SECONDS_EACH} s"
  local start rc result
  start=$(date +%s)
  set +e
  nice -n "${MDD_FUZZ_NICE:-0}" "$bin" "${args[@]}" "$work" "fuzz/corpus/${t#fuzz_}" >"$log" 2>&1
  rc=$?
  set -e
  local took=$(( $(date +%s) - start ))
  local execs rate cov
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  if [ "$rc" -eq 0 ]; then
    result="ok"
  else
    result="FAILED (exit $rc)"
    grep -E 'ERROR: |SUMMARY: |runtime error|deadly signal|Test unit written|uncaught|terminate' "$log" | head -8 >&2 || true
  fi
  printf '%-22s %-18s %10s execs %7s exec/s  %-11s %4ss\n' "$t" "$result" "${execs:-?}" \
    "${rate:-?}" "${cov:-}" "$took" | tee "$summary_file"
  [ "$rc" -eq 0 ]
}

PARALLEL="${MDD_FUZZ_PARALLEL:-1}"
pids=()
for t in "${TARGETS[@]}"; do
  rm -f "$BUILD/$t.summary"
  if [ "$PARALLEL" -le 1 ]; then
    run_target "$t" || true
  else
    while [ "$(jobs -rp | wc -l)" -ge "$PARALLEL" ]; do wait -n || true; done
    run_target "$t" &
    pids+=($!)
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || true; done

echo
echo "== summary (logs: $BUILD/<target>.log)"
failed=()
for t in "${TARGETS[@]}"; do
  line=$(cat "$BUILD/$t.summary" 2>/dev/null || printf '%-22s %s' "$t" "NO RESULT")
  echo "$line"
  case "$line" in *" ok "*) ;; *) failed+=("$t") ;; esac
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed: ${failed[*]} (inputs in $BUILD/artifacts/; reproduce: $BUILD/bin/<target> <input>)"
  exit 1
fi
