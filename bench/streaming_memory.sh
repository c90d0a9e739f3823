#!/usr/bin/env bash
# Streaming inference memory benchmark (issue 12): runs `mddnet predict` with overlays and
# masks over a folder of IMAGES images and samples the process's resident memory as it
# goes, to show that memory stays flat however many images stream through.
#
#   bench/streaming_memory.sh [IMAGES] [BUILD_DIR]      # default: 10000 build
#
# The model is a small MobileNetV2 one trained for a few steps on a generated demo dataset
# (64 px): the network's size does not change what is measured, only how long it takes.
# The inputs are hard links to the demo's test images, cycled, so they take no disk space.
# Prints a table of images done against resident memory, the peak, and the growth from
# 20% of the run to the end; writes the samples to $MDD_BENCH_OUT (default: a temp file).
set -euo pipefail

IMAGES="${1:-10000}"
BUILD="${2:-build}"
MDDNET="$BUILD/app/mddnet"
[ -x "$MDDNET" ] || { echo "streaming_memory.sh: $MDDNET is missing: build first (scripts/setup.sh build)" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
SAMPLES="${MDD_BENCH_OUT:-$WORK/samples.csv}"

echo "== model: demo dataset, MobileNetV2 at 64 px, 30 steps"
"$MDDNET" make-demo "$WORK/demo" --classes 1 --image-size 64 --train 24 --test-good 6 \
  --test-defects 10 >/dev/null 2>&1
"$MDDNET" train "$WORK/demo" --out "$WORK/model.mdda" --backbone mobilenet_v2 --image-size 64 \
  --iterations 30 --batch 8 >/dev/null 2>&1
CLASS="$(basename "$(find "$WORK/demo" -mindepth 1 -maxdepth 1 -type d | head -1)")"

echo "== inputs: $IMAGES images (hard links to the demo's test images)"
mkdir "$WORK/stream"
mapfile -t FILES < <(find "$WORK/demo/$CLASS/test" -name '*.png' | sort)
(
  cd "$WORK/stream"
  for ((i = 0; i < IMAGES; i++)); do
    printf '%s\0%06d.png\0' "${FILES[i % ${#FILES[@]}]}" "$i"
  done | xargs -0 -n 2 -P 1 ln
)

echo "== predict with overlays and masks, sampling VmRSS every 0.25 s"
"$MDDNET" predict --model "$WORK/model.mdda" --class "$CLASS" "$WORK/stream" --out "$WORK/out" \
  --overlays --masks >/dev/null 2>"$WORK/predict.log" &
PID=$!
echo "seconds,images_done,rss_mib" >"$SAMPLES"
START=$(date +%s%N)
PEAK=0
while kill -0 "$PID" 2>/dev/null; do
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$PID/status" 2>/dev/null || true)
  hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$PID/status" 2>/dev/null || true)
  [ -n "$hwm" ] && [ "$hwm" -gt "$PEAK" ] && PEAK=$hwm
  if [ -n "$rss" ]; then
    done_count=$({ find "$WORK/out/masks" -maxdepth 1 -name '*.png' 2>/dev/null || true; } | wc -l)
    now=$(date +%s%N)
    awk -v t="$(( (now - START) / 1000000 ))" -v d="$done_count" -v r="$rss" \
      'BEGIN { printf "%.2f,%d,%.1f\n", t / 1000, d, r / 1024 }' >>"$SAMPLES"
  fi
  sleep 0.25
done
wait "$PID" || { echo "streaming_memory.sh: predict failed:" >&2; tail -5 "$WORK/predict.log" >&2; exit 1; }
written=$(find "$WORK/out/masks" -maxdepth 1 -name '*.png' | wc -l)
[ "$written" -eq "$IMAGES" ] || { echo "streaming_memory.sh: $written masks for $IMAGES images" >&2; exit 1; }

# Resident memory at each tenth of the run (the last sample at or below it), the peak,
# and the growth between the sample nearest 20% and the last one.
awk -F, -v n="$IMAGES" -v peak="$PEAK" '
  NR == 1 { next }
  { t[NR] = $1; d[NR] = $2; r[NR] = $3; last = NR }
  END {
    printf "\n%12s %10s %10s\n", "images done", "seconds", "RSS MiB"
    step = 1
    for (i = 2; i <= last; i++) {
      while (step <= 10 && d[i] >= n * step / 10) {
        printf "%12d %10.1f %10.1f\n", d[i], t[i], r[i]; step++
      }
      if (d[i] >= n * 0.2 && !base) { base = r[i]; based = d[i] }
    }
    printf "peak RSS %.1f MiB; %d images in %.1f s (%.1f img/s)\n", peak / 1024, n, t[last], n / t[last]
    printf "growth from %d images to the end: %+.1f MiB (%+.2f KiB per 1000 images)\n",
           based, r[last] - base, (r[last] - base) * 1024 / ((d[last] - based) / 1000)
  }' "$SAMPLES"
echo "samples: $SAMPLES"
