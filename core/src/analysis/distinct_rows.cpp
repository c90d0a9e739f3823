// Grouping equal rows: sort the row indices lexicographically by their values, stably, so
// that each group starts with its first occurrence.
#include "analysis/distinct_rows.h"

#include <algorithm>
#include <numeric>

namespace mdd::analysis {

DistinctRows distinctRows(const FloatMatrix& points) {
  const std::size_t n = points.rows, d = points.cols;
  const auto rowLess = [&](std::size_t a, std::size_t b) {
    return std::lexicographical_compare(points.row(a), points.row(a) + d, points.row(b),
                                        points.row(b) + d);
  };
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), rowLess);

  std::vector<std::size_t> representative(n);  // per point: the first point equal to it
  for (std::size_t k = 0; k < n; ++k) {
    const bool startsGroup = k == 0 || rowLess(order[k - 1], order[k]);
    representative[order[k]] = startsGroup ? order[k] : representative[order[k - 1]];
  }
  DistinctRows distinct;
  distinct.rowOf.resize(n);
  std::vector<std::size_t> rowOfFirst(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (representative[i] == i) {
      rowOfFirst[i] = distinct.firstPoint.size();
      distinct.firstPoint.push_back(i);
    }
    distinct.rowOf[i] = rowOfFirst[representative[i]];
  }
  distinct.rows = FloatMatrix(distinct.firstPoint.size(), d);
  for (std::size_t r = 0; r < distinct.firstPoint.size(); ++r) {
    std::copy(points.row(distinct.firstPoint[r]), points.row(distinct.firstPoint[r]) + d,
              distinct.rows.row(r));
  }
  return distinct;
}

}  // namespace mdd::analysis
