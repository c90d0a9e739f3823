// Perplexity-calibrated affinities, dense (exact t-SNE) and over nearest neighbours
// (Barnes-Hut t-SNE).
#include "analysis/affinities.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>
#include <utility>

#include "analysis/parallel_rows.h"

namespace mdd::analysis {
namespace {

constexpr int kMaxBisectionSteps = 100;
constexpr double kEntropyTolerance = 1e-5;
// scikit-learn's stand-in for a zero normaliser (every exp underflowed).
constexpr double kZeroSumStandIn = 1e-8;

}  // namespace

void calibrateConditionalRow(const double* squaredDistances, std::size_t count, double perplexity,
                             double* probabilities) {
  const double infinity = std::numeric_limits<double>::infinity();
  const double desiredEntropy = std::log(perplexity);
  double beta = 1.0, betaMin = -infinity, betaMax = infinity;
  for (int step = 0; step < kMaxBisectionSteps; ++step) {
    double sum = 0.0;
    for (std::size_t j = 0; j < count; ++j) {
      probabilities[j] = std::exp(-squaredDistances[j] * beta);
      sum += probabilities[j];
    }
    if (sum == 0.0) sum = kZeroSumStandIn;
    double meanSquaredDistance = 0.0;
    for (std::size_t j = 0; j < count; ++j) {
      probabilities[j] /= sum;
      meanSquaredDistance += squaredDistances[j] * probabilities[j];
    }
    const double entropyExcess = std::log(sum) + beta * meanSquaredDistance - desiredEntropy;
    if (std::abs(entropyExcess) <= kEntropyTolerance) break;
    if (entropyExcess > 0.0) {  // too flat: sharpen
      betaMin = beta;
      beta = betaMax == infinity ? beta * 2.0 : (beta + betaMax) / 2.0;
    } else {
      betaMax = beta;
      beta = betaMin == -infinity ? beta / 2.0 : (beta + betaMin) / 2.0;
    }
  }
}

DenseAffinities exactAffinities(const PointDistances& distances, double perplexity) {
  const std::size_t n = distances.count();
  DenseAffinities affinities;
  affinities.count = n;
  affinities.p.assign(n * n, 0.0);
  std::vector<double>& p = affinities.p;
  forEachRowBlock(n, 8, [&](std::size_t begin, std::size_t end) {
    std::vector<double> squared(n - 1), conditional(n - 1);
    for (std::size_t i = begin; i < end; ++i) {
      for (std::size_t j = 0, c = 0; j < n; ++j) {
        if (j != i) squared[c++] = distances.squared(i, j);
      }
      calibrateConditionalRow(squared.data(), n - 1, perplexity, conditional.data());
      for (std::size_t j = 0, c = 0; j < n; ++j) {
        if (j != i) p[i * n + j] = conditional[c++];
      }
    }
  });
  double sum = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      const double joint = p[i * n + j] + p[j * n + i];
      p[i * n + j] = p[j * n + i] = joint;
      sum += 2.0 * joint;
    }
  }
  sum = std::max(sum, DBL_EPSILON);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (j != i) p[i * n + j] = std::max(p[i * n + j] / sum, DBL_EPSILON);
    }
  }
  return affinities;
}

std::size_t neighborCountFor(std::size_t pointCount, double perplexity) {
  const std::size_t wanted = static_cast<std::size_t>(3.0 * perplexity + 1.0);
  return std::min(pointCount == 0 ? 0 : pointCount - 1, wanted);
}

SparseAffinities neighborAffinities(const PointDistances& distances, double perplexity) {
  const std::size_t n = distances.count();
  const NeighborLists neighbors = nearestNeighbors(distances, neighborCountFor(n, perplexity));
  const std::size_t k = neighbors.k;
  std::vector<double> conditional(n * k);
  forEachRowBlock(n, 16, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      calibrateConditionalRow(neighbors.squared.data() + i * k, k, perplexity,
                              conditional.data() + i * k);
    }
  });

  // Symmetrise: entry (i, j) is p_{j|i} + p_{i|j}, each present when j is among i's
  // neighbours or i among j's. Gather both directions per row, sort by column, merge.
  std::vector<std::vector<std::pair<std::size_t, double>>> rows(n);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t m = 0; m < k; ++m) {
      const std::size_t j = neighbors.index[i * k + m];
      rows[i].push_back({j, conditional[i * k + m]});
      rows[j].push_back({i, conditional[i * k + m]});
    }
  }
  SparseAffinities affinities;
  affinities.count = n;
  affinities.rowStart.assign(1, 0);
  double sum = 0.0;
  for (auto& row : rows) {
    std::sort(row.begin(), row.end());
    for (std::size_t e = 0; e < row.size(); ++e) {
      if (e > 0 && row[e].first == row[e - 1].first) {
        affinities.value.back() += row[e].second;  // two terms: order-free
      } else {
        affinities.column.push_back(row[e].first);
        affinities.value.push_back(row[e].second);
      }
    }
    affinities.rowStart.push_back(affinities.column.size());
  }
  for (double v : affinities.value) sum += v;
  sum = std::max(sum, DBL_EPSILON);
  for (double& v : affinities.value) v /= sum;
  return affinities;
}

}  // namespace mdd::analysis
