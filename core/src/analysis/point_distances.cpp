// Pairwise distances and exact nearest neighbours for the analysis functions.
#include "analysis/point_distances.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "analysis/parallel_rows.h"

namespace mdd::analysis {

PointDistances::PointDistances(const FloatMatrix& points, DistanceMetric metric)
    : metric_(metric),
      count_(points.rows),
      dims_(points.cols),
      rows_(points.values.begin(), points.values.end()) {
  if (metric_ != DistanceMetric::Cosine) return;
  for (std::size_t i = 0; i < count_; ++i) {
    double* row = rows_.data() + i * dims_;
    double norm = 0.0;
    for (std::size_t c = 0; c < dims_; ++c) norm += row[c] * row[c];
    norm = std::sqrt(norm);
    if (norm == 0.0) continue;  // stays zero: cosine similarity 0 to everything
    for (std::size_t c = 0; c < dims_; ++c) row[c] /= norm;
  }
}

double PointDistances::cosineDistance(std::size_t i, std::size_t j) const {
  const double* a = rows_.data() + i * dims_;
  const double* b = rows_.data() + j * dims_;
  double dot = 0.0;
  for (std::size_t c = 0; c < dims_; ++c) dot += a[c] * b[c];
  return std::clamp(1.0 - dot, 0.0, 2.0);
}

double PointDistances::squared(std::size_t i, std::size_t j) const {
  if (i == j) return 0.0;
  if (metric_ == DistanceMetric::Cosine) {
    const double d = cosineDistance(i, j);
    return d * d;
  }
  const double* a = rows_.data() + i * dims_;
  const double* b = rows_.data() + j * dims_;
  double sum = 0.0;
  for (std::size_t c = 0; c < dims_; ++c) {
    const double delta = a[c] - b[c];
    sum += delta * delta;
  }
  return sum;
}

double PointDistances::distance(std::size_t i, std::size_t j) const {
  if (i == j) return 0.0;
  if (metric_ == DistanceMetric::Cosine) return cosineDistance(i, j);
  return std::sqrt(squared(i, j));
}

NeighborLists nearestNeighbors(const PointDistances& distances, std::size_t k) {
  const std::size_t n = distances.count();
  NeighborLists lists;
  lists.k = std::min(k, n == 0 ? 0 : n - 1);
  lists.index.resize(n * lists.k);
  lists.squared.resize(n * lists.k);
  if (lists.k == 0) return lists;
  forEachRowBlock(n, 8, [&](std::size_t begin, std::size_t end) {
    std::vector<std::pair<double, std::size_t>> candidates(n - 1);
    for (std::size_t i = begin; i < end; ++i) {
      std::size_t c = 0;
      for (std::size_t j = 0; j < n; ++j) {
        if (j != i) candidates[c++] = {distances.squared(i, j), j};
      }
      // Pairs compare by distance, then index: the tie rule of the whole module.
      std::partial_sort(candidates.begin(), candidates.begin() + lists.k, candidates.end());
      for (std::size_t m = 0; m < lists.k; ++m) {
        lists.squared[i * lists.k + m] = candidates[m].first;
        lists.index[i * lists.k + m] = candidates[m].second;
      }
    }
  });
  return lists;
}

}  // namespace mdd::analysis
