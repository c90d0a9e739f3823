#!/usr/bin/env bash
# One test subset per defect type of an MVTec-layout class, made of symbolic links (no
# copies), so that bench_map_ablation and bench_patch_baseline can score each type against
# the good images alone (docs/RESULTS.md, "Where the P-AUROC gap is"):
#
#   bench/defect_type_subsets.sh CLASS_DIR OUT
#
# writes OUT/<type>/<class>/ (train, test/good, test/<type>, ground_truth/<type>) for each
# defect type, and OUT/all_but_<type>/<class>/ with every other type.
set -euo pipefail
if [[ $# -ne 2 || ! -d "$1/test/good" || ! -d "$1/train" ]]; then
  echo "usage: $0 CLASS_DIR OUT   (CLASS_DIR holds train/ and test/good/ in the MVTec layout)" >&2
  exit 2
fi
src=$(cd "$1" && pwd)
class=$(basename "$src")
out=$2
mapfile -t types < <(cd "$src/test" && for t in */; do t=${t%/}; [[ $t != good ]] && echo "$t"; done)
if [[ ${#types[@]} -eq 0 ]]; then
  echo "$0: $src/test has no defect folders besides good/" >&2
  exit 1
fi
link_subset() {  # link_subset NAME TYPE...
  local dir="$out/$1/$class"
  shift
  mkdir -p "$dir/test" "$dir/ground_truth"
  ln -sfn "$src/train" "$dir/train"
  ln -sfn "$src/test/good" "$dir/test/good"
  for t in "$@"; do
    ln -sfn "$src/test/$t" "$dir/test/$t"
    [[ -d "$src/ground_truth/$t" ]] && ln -sfn "$src/ground_truth/$t" "$dir/ground_truth/$t"
  done
}
for t in "${types[@]}"; do
  link_subset "$t" "$t"
  others=()
  for u in "${types[@]}"; do [[ $u != "$t" ]] && others+=("$u"); done
  [[ ${#others[@]} -gt 0 ]] && link_subset "all_but_$t" "${others[@]}"
done
echo "subsets of $class in $out: ${types[*]} (and all_but_<type>)"
