#pragma once
// Where t-SNE starts: the first two principal components (scikit-learn's init="pca",
// computed by subspace iteration instead of randomised SVD) or a seeded Gaussian
// (init="random"), both at scikit-learn's scale of 1e-4 so that the early iterations act
// on a compact cloud.
#include <cstdint>
#include <vector>

#include "mdd/analysis.h"

namespace mdd::analysis {

// n (x, y) pairs: the principal-component scores with each component's sign fixed so that
// its largest-magnitude score is positive (scikit-learn's svd_flip), divided by the first
// component's standard deviation and multiplied by 1e-4. Empty when the points have no
// 2-D spread (fewer than 2 columns, all points equal, or all on one line): callers fall
// back to randomInitialEmbedding.
std::vector<double> pcaInitialEmbedding(const FloatMatrix& points);

// n (x, y) pairs of 1e-4 * N(0, 1): std::mt19937_64 and a Box-Muller transform written
// out here, because std::normal_distribution differs between standard libraries and the
// same seed must give the same embedding everywhere.
std::vector<double> randomInitialEmbedding(std::size_t pointCount, std::uint64_t seed);

}  // namespace mdd::analysis
