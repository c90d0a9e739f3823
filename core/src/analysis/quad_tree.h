#pragma once
// The Barnes-Hut quadtree over a 2-D embedding, built and walked as scikit-learn's
// _QuadTree: one point per leaf (points within 1e-6 per axis share a leaf as duplicates),
// each cell keeping its barycenter, point count and squared width.
#include <array>
#include <cstddef>
#include <vector>

namespace mdd::analysis {

// A group of points seen from a query point: `count` points whose barycenter is `offset`
// away (query minus barycenter), at squared distance `squaredDistance`.
struct QuadTreeSummary {
  double offset[2];
  double squaredDistance;
  double count;
};

class QuadTree {
 public:
  // `xy` holds pointCount (x, y) pairs. Points are inserted in index order, so the tree
  // (and every sum over it) is the same for the same embedding.
  QuadTree(const double* xy, std::size_t pointCount);

  // Calls visit(summary) for the groups that make up every point but the query point and
  // its duplicates: a cell is taken whole when it is a leaf or when
  // width^2 / distance^2 < theta^2, else its children are visited, in child order.
  template <class Visit>
  void summarize(const double query[2], double squaredTheta, const Visit& visit) const {
    summarizeCell(0, query, squaredTheta, visit);
  }

 private:
  struct Cell {
    double minBound[2], maxBound[2], center[2];
    double squaredWidth = 0.0;  // the larger side, squared
    double barycenter[2] = {0.0, 0.0};
    std::size_t count = 0;  // points in the subtree (duplicates included)
    bool leaf = true;
    std::array<int, 4> children{-1, -1, -1, -1};
  };

  void insert(const double point[2]);
  int childSlot(const Cell& cell, const double point[2]) const;
  int addChild(int parent, const double point[2], std::size_t count);

  template <class Visit>
  void summarizeCell(int id, const double query[2], double squaredTheta, const Visit& visit) const {
    const Cell& cell = cells_[id];
    QuadTreeSummary summary;
    summary.offset[0] = query[0] - cell.barycenter[0];
    summary.offset[1] = query[1] - cell.barycenter[1];
    summary.squaredDistance =
        summary.offset[0] * summary.offset[0] + summary.offset[1] * summary.offset[1];
    if (cell.leaf && isDuplicateOffset(summary.offset)) return;  // no self-interaction
    if (cell.leaf || cell.squaredWidth / summary.squaredDistance < squaredTheta) {
      summary.count = static_cast<double>(cell.count);
      visit(summary);
      return;
    }
    for (int child : cell.children) {
      if (child >= 0) summarizeCell(child, query, squaredTheta, visit);
    }
  }

  static bool isDuplicateOffset(const double offset[2]);

  std::vector<Cell> cells_;
};

}  // namespace mdd::analysis
