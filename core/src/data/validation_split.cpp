#include "data/validation_split.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "data/seeded_random.h"

namespace mdd::data {

void carveValidationSplit(std::vector<Sample>& samples, double fraction, std::uint64_t seed) {
  if (fraction <= 0) return;
  std::map<std::string, std::vector<std::size_t>> trainByClass;
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const Sample& s = samples[i];
    if (s.split == Split::Train && !s.isAnomalous) trainByClass[s.className].push_back(i);
  }
  for (auto& [className, indices] : trainByClass) {
    // Sorting by path first makes the pick independent of the order files were listed in.
    std::sort(indices.begin(), indices.end(),
              [&](std::size_t a, std::size_t b) { return samples[a].path < samples[b].path; });
    const std::size_t n = indices.size();
    std::size_t take = std::size_t(std::llround(std::min(fraction, 1.0) * double(n)));
    if (n >= 2)
      take = std::clamp<std::size_t>(take, 1, n - 1);
    else
      take = 0;
    std::mt19937 rng = seededEngine(combineSeeds(seed, stableHash("validation:" + className)));
    shuffleInPlace(indices, rng);
    for (std::size_t k = 0; k < take; ++k) samples[indices[k]].split = Split::Validation;
  }
}

}  // namespace mdd::data
