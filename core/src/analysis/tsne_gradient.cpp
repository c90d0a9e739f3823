// KL divergence and gradient of t-SNE, exact and Barnes-Hut. Every row writes its own
// partial sums; they are reduced in row order afterwards (determinism, see parallel_rows.h).
#include "analysis/tsne_gradient.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

#include "analysis/parallel_rows.h"
#include "analysis/quad_tree.h"

namespace mdd::analysis {
namespace {

constexpr double kGradientScale = 4.0;  // 2 (dof + 1) / dof with dof = 1

double sumInOrder(const std::vector<double>& values) {
  double sum = 0.0;
  for (double v : values) sum += v;
  return sum;
}

double studentKernel(const double* a, const double* b, double offset[2]) {
  offset[0] = a[0] - b[0];
  offset[1] = a[1] - b[1];
  return 1.0 / (1.0 + offset[0] * offset[0] + offset[1] * offset[1]);
}

void storePair(std::vector<double>& out, std::size_t at, const double pair[2]) {
  out[at] = pair[0];
  out[at + 1] = pair[1];
}

// gradient = scale * (attraction - repulsion / Z), Z the sum of all kernels; returns Z.
double combine(std::vector<double>& gradient, const std::vector<double>& repulsion,
               const std::vector<double>& kernelSum) {
  const double z = sumInOrder(kernelSum);
  for (std::size_t k = 0; k < 2 * kernelSum.size(); ++k)
    gradient[k] = kGradientScale * (gradient[k] - repulsion[k] / z);
  return z;
}

}  // namespace

double exactGradient(const DenseAffinities& p, double exaggeration,
                     const std::vector<double>& embedding, std::vector<double>& gradient,
                     bool computeError) {
  const std::size_t n = p.count;
  const double* y = embedding.data();
  std::vector<double> kernelSum(n), repulsion(2 * n);
  gradient.assign(2 * n, 0.0);
  forEachRowBlock(n, 16, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      const double* row = p.p.data() + i * n;
      double attract[2] = {0.0, 0.0}, repulse[2] = {0.0, 0.0}, sum = 0.0, offset[2];
      for (std::size_t j = 0; j < n; ++j) {
        if (j == i) continue;
        const double kernel = studentKernel(y + 2 * i, y + 2 * j, offset);
        sum += kernel;
        const double pull = exaggeration * row[j] * kernel, push = kernel * kernel;
        attract[0] += pull * offset[0];
        attract[1] += pull * offset[1];
        repulse[0] += push * offset[0];
        repulse[1] += push * offset[1];
      }
      kernelSum[i] = sum;
      storePair(gradient, 2 * i, attract);
      storePair(repulsion, 2 * i, repulse);
    }
  });
  const double z = combine(gradient, repulsion, kernelSum);
  if (!computeError) return std::numeric_limits<double>::quiet_NaN();

  std::vector<double> rowError(n);
  forEachRowBlock(n, 16, [&](std::size_t begin, std::size_t end) {
    double offset[2];
    for (std::size_t i = begin; i < end; ++i) {
      double error = 0.0;
      for (std::size_t j = 0; j < n; ++j) {
        if (j == i) continue;
        const double pij = exaggeration * p.p[i * n + j];
        const double qij = std::max(studentKernel(y + 2 * i, y + 2 * j, offset) / z, DBL_EPSILON);
        error += pij * std::log(std::max(pij, DBL_EPSILON) / qij);
      }
      rowError[i] = error;
    }
  });
  return sumInOrder(rowError);
}

double barnesHutGradient(const SparseAffinities& p, double exaggeration, double theta,
                         const std::vector<double>& embedding, std::vector<double>& gradient,
                         bool computeError) {
  const std::size_t n = p.count;
  const double* y = embedding.data();
  const QuadTree tree(y, n);
  const double squaredTheta = theta * theta;
  std::vector<double> kernelSum(n), repulsion(2 * n);
  gradient.assign(2 * n, 0.0);
  forEachRowBlock(n, 32, [&](std::size_t begin, std::size_t end) {
    double offset[2];
    for (std::size_t i = begin; i < end; ++i) {
      double sum = 0.0, repulse[2] = {0.0, 0.0};
      tree.summarize(y + 2 * i, squaredTheta, [&](const QuadTreeSummary& group) {
        const double kernel = 1.0 / (1.0 + group.squaredDistance);
        sum += group.count * kernel;
        const double push = group.count * kernel * kernel;
        repulse[0] += push * group.offset[0];
        repulse[1] += push * group.offset[1];
      });
      double attract[2] = {0.0, 0.0};
      for (std::size_t e = p.rowStart[i]; e < p.rowStart[i + 1]; ++e) {
        const double kernel = studentKernel(y + 2 * i, y + 2 * p.column[e], offset);
        const double pull = exaggeration * p.value[e] * kernel;
        attract[0] += pull * offset[0];
        attract[1] += pull * offset[1];
      }
      kernelSum[i] = sum;
      storePair(gradient, 2 * i, attract);
      storePair(repulsion, 2 * i, repulse);
    }
  });
  const double z = combine(gradient, repulsion, kernelSum);
  if (!computeError) return std::numeric_limits<double>::quiet_NaN();

  std::vector<double> rowError(n);
  forEachRowBlock(n, 64, [&](std::size_t begin, std::size_t end) {
    double offset[2];
    for (std::size_t i = begin; i < end; ++i) {
      double error = 0.0;
      for (std::size_t e = p.rowStart[i]; e < p.rowStart[i + 1]; ++e) {
        const double pij = exaggeration * p.value[e];
        const double qij = studentKernel(y + 2 * i, y + 2 * p.column[e], offset) / z;
        error += pij * std::log(std::max(pij, static_cast<double>(FLT_MIN)) /
                                std::max(qij, static_cast<double>(FLT_MIN)));
      }
      rowError[i] = error;
    }
  });
  return sumInOrder(rowError);
}

}  // namespace mdd::analysis
