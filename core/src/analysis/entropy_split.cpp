// The class-shared / class-specific split of the memory items (METHOD.md, Fig. 5): the
// items least sure of their class (highest entropy) are the ones the classes share.
#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <stdexcept>
#include <string>

#include "mdd/analysis.h"

namespace mdd {
namespace {

[[noreturn]] void fail(std::size_t item, const std::string& problem) {
  throw std::invalid_argument("splitByEntropy: item " + std::to_string(item) + " " + problem +
                              "; pass one non-negative, finite, not all-zero probability " +
                              "vector per item, all of the same length");
}

// Entropy (nats) and the two most probable classes of one vector, normalised to sum 1.
// Sums run over the values in descending order, so that any permutation of a vector gives
// the same bits (exact ties stay ties).
ItemClassRole roleOf(const std::vector<float>& probabilities, std::size_t item) {
  std::vector<double> sorted(probabilities.begin(), probabilities.end());
  for (double p : sorted) {
    if (!std::isfinite(p) || p < 0.0) fail(item, "has a negative or non-finite probability");
  }
  std::sort(sorted.begin(), sorted.end(), std::greater<double>());
  const double total = std::accumulate(sorted.begin(), sorted.end(), 0.0);
  if (!(total > 0.0)) fail(item, "has only zero probabilities");
  ItemClassRole role;
  for (double p : sorted) {
    const double normalised = p / total;
    if (normalised > 0.0) role.entropy -= normalised * std::log(normalised);
  }
  // Most probable classes, the lower class index first on ties.
  std::vector<int> order(probabilities.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return probabilities[a] > probabilities[b]; });
  role.mostProbableClass = order[0];
  role.secondProbableClass = order.size() > 1 ? order[1] : -1;
  return role;
}

}  // namespace

EntropySplit splitByEntropy(const std::vector<std::vector<float>>& classProbabilities,
                            double sharedFraction) {
  if (!(sharedFraction >= 0.0 && sharedFraction <= 1.0)) {
    throw std::invalid_argument("splitByEntropy: sharedFraction " + std::to_string(sharedFraction) +
                                " is outside [0, 1]");
  }
  EntropySplit split;
  const std::size_t n = classProbabilities.size();
  if (n == 0) return split;
  const std::size_t classes = classProbabilities.front().size();
  for (std::size_t i = 0; i < n; ++i) {
    if (classes == 0) fail(i, "has no classes");
    if (classProbabilities[i].size() != classes) {
      fail(i, "has " + std::to_string(classProbabilities[i].size()) + " classes, item 0 has " +
                  std::to_string(classes));
    }
    split.items.push_back(roleOf(classProbabilities[i], i));
  }
  if (classes < 2) return split;  // nothing to share with a single class

  // round(fraction * n), halves up: "10% of the items" for any item count.
  const auto sharedCount = static_cast<std::size_t>(std::llround(sharedFraction * n));
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return split.items[a].entropy > split.items[b].entropy;  // ties: lower index first
  });
  split.sharedItems.assign(order.begin(), order.begin() + sharedCount);
  for (std::size_t i : split.sharedItems) split.items[i].classShared = true;
  if (sharedCount > 0) split.entropyThreshold = split.items[order[sharedCount - 1]].entropy;
  return split;
}

}  // namespace mdd
