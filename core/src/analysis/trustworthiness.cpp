// sklearn.manifold.trustworthiness: how many of each point's nearest neighbours in the
// embedding are intruders, i.e. far down its neighbour ranking in the input space.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>
#include <utility>

#include "analysis/input_checks.h"
#include "analysis/parallel_rows.h"
#include "analysis/point_distances.h"
#include "mdd/analysis.h"

namespace mdd {

double trustworthiness(const FloatMatrix& points, const FloatMatrix& embedding, int neighbors,
                       DistanceMetric metric) {
  analysis::requireFinite(points, "trustworthiness (points)");
  analysis::requireFinite(embedding, "trustworthiness (embedding)");
  if (points.rows != embedding.rows) {
    throw std::invalid_argument("trustworthiness: " + std::to_string(points.rows) + " points but " +
                                std::to_string(embedding.rows) +
                                " embedded points; pass the embedding of these points");
  }
  if (neighbors < 1) {
    throw std::invalid_argument("trustworthiness: neighbors must be >= 1, got " +
                                std::to_string(neighbors));
  }
  const std::size_t n = points.rows;
  const auto k = static_cast<std::size_t>(neighbors);
  // Beyond n / 2 the normalisation no longer bounds the score to [0, 1].
  if (2 * k >= n) return std::numeric_limits<double>::quiet_NaN();

  const analysis::PointDistances input(points, metric);
  const analysis::NeighborLists embedded =
      analysis::nearestNeighbors(analysis::PointDistances(embedding, DistanceMetric::Euclidean), k);
  std::vector<std::int64_t> rowPenalty(n, 0);
  analysis::forEachRowBlock(n, 8, [&](std::size_t begin, std::size_t end) {
    std::vector<std::pair<double, std::size_t>> order(n - 1);
    std::vector<std::size_t> rank(n);
    for (std::size_t i = begin; i < end; ++i) {
      for (std::size_t j = 0, c = 0; j < n; ++j) {
        if (j != i) order[c++] = {input.squared(i, j), j};
      }
      std::sort(order.begin(), order.end());  // by distance, then index
      for (std::size_t r = 0; r < n - 1; ++r) rank[order[r].second] = r + 1;
      std::int64_t penalty = 0;
      for (std::size_t m = 0; m < k; ++m) {
        const std::size_t r = rank[embedded.index[i * k + m]];
        if (r > k) penalty += static_cast<std::int64_t>(r - k);
      }
      rowPenalty[i] = penalty;
    }
  });
  const double penalty =
      static_cast<double>(std::accumulate(rowPenalty.begin(), rowPenalty.end(), std::int64_t{0}));
  const double nd = static_cast<double>(n), kd = static_cast<double>(k);
  return 1.0 - penalty * (2.0 / (nd * kd * (2.0 * nd - 3.0 * kd - 1.0)));
}

}  // namespace mdd
