#!/usr/bin/env bash
# The real-data evaluation recipe (issue 7): trains MDD-Net on Magnetic Tile alone and
# together with the generated demo classes (one model for all), evaluates both on the
# test split with all seven metrics per class and mean, runs the nearest-neighbour patch
# baseline on the same teacher, and records run times and the machine.
#
#   bench/eval_real_data.sh [--data DIR] [--out DIR] [--iterations N] [--batch N]
#                           [--only single|multi|baseline] [-- extra train options]
#
# DIR defaults: ../shared/data/magnetic_tile/magnetic_tile and build/results. Needs a
# built tree (scripts/setup.sh build). Every number lands in OUT as JSON and Markdown;
# OUT/summary.md collects them.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
data="$here/../shared/data/magnetic_tile/magnetic_tile"
out="$here/build/results"
iterations=300
batch=16
only=""
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --iterations) iterations="$2"; shift 2 ;;
    --batch) batch="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "eval_real_data.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done

mddnet="$here/build/app/mddnet"
baseline="$here/build/bench/bench_patch_baseline"
for tool in "$mddnet" "$baseline"; do
  [[ -x "$tool" ]] || { echo "eval_real_data.sh: '$tool' is not built: run scripts/setup.sh build" >&2; exit 1; }
done
[[ -d "$data/train/good" ]] || {
  echo "eval_real_data.sh: '$data' is not a Magnetic Tile folder in the MVTec layout (train/good missing); give --data" >&2
  exit 1
}
mkdir -p "$out"
summary="$out/summary.md"

timed() {  # timed NAME COMMAND...: runs it, appends its wall time to OUT/times.txt
  local name="$1"; shift
  local start end
  start=$(date +%s)
  "$@"
  end=$(date +%s)
  echo "$name $((end - start)) s" | tee -a "$out/times.txt"
}

{
  echo "# Results run $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo '```'
  "$mddnet" info
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
  echo '```'
} > "$summary"

if [[ -z "$only" || "$only" == baseline ]]; then
  timed baseline "$baseline" "$data" --json "$out/baseline.json" | tee "$out/baseline.txt"
  timed baseline_random "$baseline" "$data" --random-weights --json "$out/baseline_random.json" | tee "$out/baseline_random.txt"
fi

train_and_eval() {  # NAME DATASET...: train, then evaluate on every given dataset
  local name="$1"; shift
  timed "train_$name" "$mddnet" train "$@" --out "$out/$name.mdda" --iterations "$iterations" \
    --batch "$batch" --device cpu "${extra[@]}" 2> >(grep -v '^train: ' >&2 || true)
  timed "eval_$name" "$mddnet" eval --model "$out/$name.mdda" "$@" --json --output "$out/$name.json"
  "$mddnet" eval --model "$out/$name.mdda" "$@" --markdown --output "$out/$name.md"
}

if [[ -z "$only" || "$only" == single ]]; then
  train_and_eval single "$data"
fi
if [[ -z "$only" || "$only" == multi ]]; then
  [[ -d "$out/demo" ]] || "$mddnet" make-demo "$out/demo"
  train_and_eval multi "$data" "$out/demo"
fi

{
  for f in baseline single multi; do
    [[ -f "$out/$f.md" ]] && { echo; echo "## $f"; echo; cat "$out/$f.md"; }
    [[ -f "$out/$f.txt" ]] && { echo; echo "## $f"; echo; echo '```'; cat "$out/$f.txt"; echo '```'; }
  done
  echo
  echo "## times"
  echo '```'
  cat "$out/times.txt"
  echo '```'
} >> "$summary"
echo "eval_real_data.sh: results in $summary"
