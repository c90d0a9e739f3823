#pragma once
// Exact duplicate points, collapsed before t-SNE. Duplicates get identical affinities, but
// the gradient descent cannot keep them together: the first rounding difference (a
// neighbour list that has room for only one of two tied duplicates) is amplified by the
// stiff attraction between them (lr x 4 x 12 x p_ij > 2 steps overshoot) until they fly
// apart. Embedding each distinct point once and sharing its place keeps duplicates
// together by construction.
#include <cstddef>
#include <vector>

#include "mdd/analysis.h"

namespace mdd::analysis {

struct DistinctRows {
  FloatMatrix rows;                     // each distinct row once, by first occurrence
  std::vector<std::size_t> firstPoint;  // per distinct row: its first input point
  std::vector<std::size_t> rowOf;       // per input point: its distinct row
};

// Rows are equal when every value compares equal (so -0 equals +0). Input without
// duplicates comes back unchanged, in the same order.
DistinctRows distinctRows(const FloatMatrix& points);

}  // namespace mdd::analysis
