#pragma once
// Row-parallel loops whose results do not depend on the thread count. Each task writes only
// the outputs of its own rows; callers reduce those per-row outputs afterwards, in row
// order. That keeps every t-SNE run bit-reproducible (no unordered parallel reductions).
#include <algorithm>
#include <cstddef>

#include <opencv2/core/utility.hpp>

namespace mdd::analysis {

// Calls body(begin, end) over [0, rowCount) in blocks of at least `minRowsPerTask` rows,
// on OpenCV's thread pool. `body` must not throw.
template <class Body>
void forEachRowBlock(std::size_t rowCount, std::size_t minRowsPerTask, const Body& body) {
  if (rowCount == 0) return;
  const std::size_t block = std::max<std::size_t>(minRowsPerTask, 1);
  const std::size_t tasks = (rowCount + block - 1) / block;
  if (tasks == 1) {
    body(std::size_t{0}, rowCount);
    return;
  }
  cv::parallel_for_(cv::Range(0, static_cast<int>(tasks)), [&](const cv::Range& range) {
    for (int t = range.start; t < range.end; ++t) {
      const std::size_t begin = static_cast<std::size_t>(t) * block;
      body(begin, std::min(rowCount, begin + block));
    }
  });
}

}  // namespace mdd::analysis
