// Quadtree construction (scikit-learn's _QuadTree.build_tree and insert_point).
#include "analysis/quad_tree.h"

#include <algorithm>
#include <cmath>

namespace mdd::analysis {
namespace {

// Points closer than this on every axis are one point to the tree: splitting cells until
// float noise separates them would only deepen it (scikit-learn's EPSILON).
constexpr double kDuplicateTolerance = 1e-6;

}  // namespace

bool QuadTree::isDuplicateOffset(const double offset[2]) {
  return std::abs(offset[0]) <= kDuplicateTolerance && std::abs(offset[1]) <= kDuplicateTolerance;
}

QuadTree::QuadTree(const double* xy, std::size_t pointCount) {
  Cell root;
  for (int axis = 0; axis < 2; ++axis) {
    double low = xy[axis], high = xy[axis];
    for (std::size_t i = 1; i < pointCount; ++i) {
      low = std::min(low, xy[2 * i + axis]);
      high = std::max(high, xy[2 * i + axis]);
    }
    // Strictly above every point, for positive, negative and tiny maxima alike.
    const double sign = high > 0 ? 1.0 : (high < 0 ? -1.0 : 0.0);
    high = std::max(high * (1.0 + 1e-3 * sign), high + 1e-3);
    root.minBound[axis] = low;
    root.maxBound[axis] = high;
    root.center[axis] = (low + high) / 2.0;
    root.squaredWidth = std::max(root.squaredWidth, (high - low) * (high - low));
  }
  cells_.reserve(2 * pointCount + 1);
  cells_.push_back(root);
  for (std::size_t i = 0; i < pointCount; ++i) insert(xy + 2 * i);
}

int QuadTree::childSlot(const Cell& cell, const double point[2]) const {
  return (point[0] >= cell.center[0] ? 2 : 0) + (point[1] >= cell.center[1] ? 1 : 0);
}

int QuadTree::addChild(int parent, const double point[2], std::size_t count) {
  Cell child;
  const int slot = childSlot(cells_[parent], point);
  for (int axis = 0; axis < 2; ++axis) {
    const Cell& p = cells_[parent];
    const bool upper = point[axis] >= p.center[axis];
    child.minBound[axis] = upper ? p.center[axis] : p.minBound[axis];
    child.maxBound[axis] = upper ? p.maxBound[axis] : p.center[axis];
    child.center[axis] = (child.minBound[axis] + child.maxBound[axis]) / 2.0;
    const double width = child.maxBound[axis] - child.minBound[axis];
    child.squaredWidth = std::max(child.squaredWidth, width * width);
    child.barycenter[axis] = point[axis];
  }
  child.count = count;
  cells_.push_back(child);  // may move cells_: index, never hold references across it
  const int id = static_cast<int>(cells_.size()) - 1;
  cells_[parent].leaf = false;
  cells_[parent].children[slot] = id;
  return id;
}

void QuadTree::insert(const double point[2]) {
  int id = 0;
  for (;;) {
    Cell& cell = cells_[id];
    if (cell.count == 0) {  // an empty leaf (only the root of an empty tree)
      cell.count = 1;
      cell.barycenter[0] = point[0];
      cell.barycenter[1] = point[1];
      return;
    }
    if (!cell.leaf) {
      const double n = static_cast<double>(cell.count);
      for (int axis = 0; axis < 2; ++axis) {
        cell.barycenter[axis] = (n * cell.barycenter[axis] + point[axis]) / (n + 1.0);
      }
      cell.count += 1;
      const int child = cell.children[childSlot(cell, point)];
      if (child < 0) {
        addChild(id, point, 1);
        return;
      }
      id = child;
      continue;
    }
    const double offset[2] = {point[0] - cell.barycenter[0], point[1] - cell.barycenter[1]};
    if (isDuplicateOffset(offset)) {
      cell.count += 1;
      return;
    }
    // A leaf holding another point: push that point (with its duplicates) down into a
    // child, then retry here, now an inner cell.
    const double resident[2] = {cell.barycenter[0], cell.barycenter[1]};
    addChild(id, resident, cell.count);
  }
}

}  // namespace mdd::analysis
