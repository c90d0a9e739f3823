// t-SNE initial embeddings.
#include "analysis/tsne_init.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace mdd::analysis {
namespace {

constexpr double kInitialScale = 1e-4;
// A second component this much weaker than the first means the points lie on a line.
constexpr double kFlatRatio = 1e-12;
constexpr int kMaxSubspaceSteps = 1000;
constexpr double kSubspaceTolerance = 1e-10;  // sin^2 of the angle: 1e-5 rad
constexpr std::uint64_t kStartSeed = 0x5eed;

double populationStd(const std::vector<double>& xy, int axis) {
  const std::size_t n = xy.size() / 2;
  double mean = 0.0;
  for (std::size_t i = 0; i < n; ++i) mean += xy[2 * i + axis];
  mean /= static_cast<double>(n);
  double variance = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const double d = xy[2 * i + axis] - mean;
    variance += d * d;
  }
  return std::sqrt(variance / static_cast<double>(n));
}

double dot(const double* a, const double* b, std::size_t count) {
  double sum = 0.0;
  for (std::size_t k = 0; k < count; ++k) sum += a[k] * b[k];
  return sum;
}

// Gram-Schmidt on two d-vectors stored one after the other; false when they are
// (numerically) dependent.
bool orthonormalize(std::vector<double>& basis, std::size_t d) {
  double* first = basis.data();
  double* second = basis.data() + d;
  const double firstNorm = std::sqrt(dot(first, first, d));
  if (!(firstNorm > 0.0)) return false;
  for (std::size_t k = 0; k < d; ++k) first[k] /= firstNorm;
  const double along = dot(second, first, d);
  for (std::size_t k = 0; k < d; ++k) second[k] -= along * first[k];
  const double secondNorm = std::sqrt(dot(second, second, d));
  if (!(secondNorm > kFlatRatio * firstNorm)) return false;
  for (std::size_t k = 0; k < d; ++k) second[k] /= secondNorm;
  return true;
}

// scores (n x 2) = centred (n x d) * basis^T, basis being two d-vectors.
std::vector<double> project(const std::vector<double>& centred, std::size_t n, std::size_t d,
                            const std::vector<double>& basis) {
  std::vector<double> scores(2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    scores[2 * i] = dot(centred.data() + i * d, basis.data(), d);
    scores[2 * i + 1] = dot(centred.data() + i * d, basis.data() + d, d);
  }
  return scores;
}

// The scores on the two leading principal components, by subspace iteration with a final
// Rayleigh-Ritz rotation: O(n d) per step and plain sequential sums, so it stays fast for
// 1024-dimensional items and reproducible bit for bit (a LAPACK eigensolver on a
// multithreaded BLAS would be neither). Empty when the points have no 2-D spread.
std::vector<double> leadingScores(const std::vector<double>& centred, std::size_t n,
                                  std::size_t d) {
  // Start from the point farthest from the mean (close to the leading direction when the
  // data is clustered) and a fixed pseudo-random direction.
  std::vector<double> basis(2 * d);
  std::size_t farthest = 0;
  for (std::size_t i = 1; i < n; ++i) {
    if (dot(centred.data() + i * d, centred.data() + i * d, d) >
        dot(centred.data() + farthest * d, centred.data() + farthest * d, d)) {
      farthest = i;
    }
  }
  std::copy_n(centred.data() + farthest * d, d, basis.data());
  std::mt19937_64 engine(kStartSeed);
  for (std::size_t k = 0; k < d; ++k) basis[d + k] = static_cast<double>(engine() >> 11) - 0x1p52;
  if (!orthonormalize(basis, d)) return {};

  for (int step = 0; step < kMaxSubspaceSteps; ++step) {
    const std::vector<double> scores = project(centred, n, d, basis);
    std::vector<double> next(2 * d, 0.0);  // centred^T * scores
    for (std::size_t i = 0; i < n; ++i) {
      const double* row = centred.data() + i * d;
      for (std::size_t k = 0; k < d; ++k) {
        next[k] += row[k] * scores[2 * i];
        next[d + k] += row[k] * scores[2 * i + 1];
      }
    }
    if (!orthonormalize(next, d)) return {};
    double worstResidual = 0.0;  // how far each new vector sticks out of the old subspace
    for (int c = 0; c < 2; ++c) {
      const double a = dot(next.data() + c * d, basis.data(), d);
      const double b = dot(next.data() + c * d, basis.data() + d, d);
      worstResidual = std::max(worstResidual, 1.0 - (a * a + b * b));
    }
    basis.swap(next);
    if (worstResidual <= kSubspaceTolerance) break;
  }

  // Rayleigh-Ritz: rotate within the subspace onto the eigenvectors of the 2 x 2 scatter.
  std::vector<double> scores = project(centred, n, d, basis);
  double a = 0.0, b = 0.0, c = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    a += scores[2 * i] * scores[2 * i];
    b += scores[2 * i] * scores[2 * i + 1];
    c += scores[2 * i + 1] * scores[2 * i + 1];
  }
  const double half = (a - c) / 2.0;
  const double larger = (a + c) / 2.0 + std::sqrt(half * half + b * b);
  double ux = 1.0, uy = 0.0;  // the leading eigenvector of [[a, b], [b, c]]
  if (b != 0.0) {
    ux = larger - c;
    uy = b;
    const double length = std::hypot(ux, uy);
    ux /= length;
    uy /= length;
  } else if (c > a) {
    ux = 0.0;
    uy = 1.0;
  }
  for (std::size_t i = 0; i < n; ++i) {
    const double s0 = scores[2 * i], s1 = scores[2 * i + 1];
    scores[2 * i] = ux * s0 + uy * s1;
    scores[2 * i + 1] = -uy * s0 + ux * s1;
  }
  return scores;
}

}  // namespace

std::vector<double> pcaInitialEmbedding(const FloatMatrix& points) {
  const std::size_t n = points.rows, d = points.cols;
  if (d < 2 || n < 2) return {};
  std::vector<double> centred(n * d);
  for (std::size_t c = 0; c < d; ++c) {
    double mean = 0.0;
    for (std::size_t i = 0; i < n; ++i) mean += points.at(i, c);
    mean /= static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i) centred[i * d + c] = points.at(i, c) - mean;
  }
  std::vector<double> scores = leadingScores(centred, n, d);
  if (scores.empty()) return {};
  for (int axis = 0; axis < 2; ++axis) {
    std::size_t largest = 0;  // first index on ties, as numpy's argmax
    for (std::size_t i = 1; i < n; ++i) {
      if (std::abs(scores[2 * i + axis]) > std::abs(scores[2 * largest + axis])) largest = i;
    }
    if (scores[2 * largest + axis] < 0) {
      for (std::size_t i = 0; i < n; ++i) scores[2 * i + axis] = -scores[2 * i + axis];
    }
  }
  const double spread = populationStd(scores, 0);
  if (!(spread > 0.0) || !std::isfinite(spread) ||
      populationStd(scores, 1) <= kFlatRatio * spread) {
    return {};
  }
  for (double& s : scores) s = s / spread * kInitialScale;
  return scores;
}

std::vector<double> randomInitialEmbedding(std::size_t pointCount, std::uint64_t seed) {
  std::mt19937_64 engine(seed);
  constexpr double kTwoPi = 6.283185307179586476925286766559;
  constexpr double kUnit = 1.0 / 9007199254740992.0;  // 2^-53
  std::vector<double> xy(2 * pointCount);
  for (std::size_t i = 0; i < pointCount; ++i) {
    const double u1 = static_cast<double>((engine() >> 11) + 1) * kUnit;  // (0, 1]: log-safe
    const double u2 = static_cast<double>(engine() >> 11) * kUnit;        // [0, 1)
    const double radius = std::sqrt(-2.0 * std::log(u1));
    xy[2 * i] = kInitialScale * radius * std::cos(kTwoPi * u2);
    xy[2 * i + 1] = kInitialScale * radius * std::sin(kTwoPi * u2);
  }
  return xy;
}

}  // namespace mdd::analysis
