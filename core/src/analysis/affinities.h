#pragma once
// t-SNE's input affinities P: Gaussian conditional probabilities p_{j|i} whose perplexity is
// calibrated per point, symmetrised and normalised to sum 1 (scikit-learn 1.2's
// _joint_probabilities and _joint_probabilities_nn).
#include <cstddef>
#include <vector>

#include "analysis/point_distances.h"

namespace mdd::analysis {

// scikit-learn's _binary_search_perplexity for one point: bisects the Gaussian precision
// beta (from 1, doubling or halving until bracketed, at most 100 steps) until the entropy
// of p_{j|i} = exp(-beta d_j) / sum is within 1e-5 nats of log(perplexity). Writes `count`
// probabilities.
void calibrateConditionalRow(const double* squaredDistances, std::size_t count, double perplexity,
                             double* probabilities);

// Every pair: n x n, zero diagonal, p_ij = (p_{j|i} + p_{i|j}) / sum, off-diagonal entries
// floored at DBL_EPSILON (as scikit-learn, so that log P stays finite).
struct DenseAffinities {
  std::size_t count = 0;
  std::vector<double> p;  // count * count, row-major, symmetric
};
DenseAffinities exactAffinities(const PointDistances& distances, double perplexity);

// Only each point's k = min(n - 1, floor(3 perplexity + 1)) nearest neighbours, then
// symmetrised: a compressed-row matrix, columns ascending, summing to 1.
struct SparseAffinities {
  std::size_t count = 0;
  std::vector<std::size_t> rowStart;  // count + 1
  std::vector<std::size_t> column;
  std::vector<double> value;
};
std::size_t neighborCountFor(std::size_t pointCount, double perplexity);
SparseAffinities neighborAffinities(const PointDistances& distances, double perplexity);

}  // namespace mdd::analysis
