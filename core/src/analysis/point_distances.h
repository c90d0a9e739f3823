#pragma once
// Distances between the rows of a FloatMatrix, in double and pair by pair (no
// |x|^2 - 2xy + |y|^2 shortcut), so that duplicate points are exactly 0 apart and the
// order of near neighbours is not blurred by cancellation.
#include <cstddef>
#include <vector>

#include "mdd/analysis.h"

namespace mdd::analysis {

class PointDistances {
 public:
  PointDistances(const FloatMatrix& points, DistanceMetric metric);

  std::size_t count() const { return count_; }

  // The metric's distance squared: squared Euclidean, or cosine distance squared (what
  // scikit-learn's t-SNE feeds its perplexity search for either metric). Also the ranking
  // key for neighbour searches: it orders points as the distance does. 0 for i == j.
  double squared(std::size_t i, std::size_t j) const;

  // The metric's distance: Euclidean, or 1 - cos clipped to [0, 2] (a zero vector is at 1
  // from every other point, as scikit-learn's cosine_distances). 0 for i == j.
  double distance(std::size_t i, std::size_t j) const;

 private:
  double cosineDistance(std::size_t i, std::size_t j) const;

  DistanceMetric metric_;
  std::size_t count_ = 0;
  std::size_t dims_ = 0;
  std::vector<double> rows_;  // the points (Euclidean) or the unit-length points (cosine)
};

// Each point's k nearest other points, nearest first; ties go to the lower index.
struct NeighborLists {
  std::size_t k = 0;
  std::vector<std::size_t> index;  // count * k
  std::vector<double> squared;     // PointDistances::squared to each of them
};

// Brute force (every pair): exact, and fast enough for the few thousand memory items.
NeighborLists nearestNeighbors(const PointDistances& distances, std::size_t k);

}  // namespace mdd::analysis
