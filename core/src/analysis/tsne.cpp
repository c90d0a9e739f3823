// t-SNE as scikit-learn 1.2 runs it: calibrated affinities, an exaggerated first phase
// (P x 12, momentum 0.5) and a free second phase (momentum 0.8), exact or Barnes-Hut.
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "analysis/affinities.h"
#include "analysis/distinct_rows.h"
#include "analysis/input_checks.h"
#include "analysis/point_distances.h"
#include "analysis/tsne_gradient.h"
#include "analysis/tsne_init.h"
#include "analysis/tsne_optimizer.h"
#include "mdd/analysis.h"

namespace mdd {
namespace {

constexpr int kProgressEvery = 10;  // iterations between progress reports
constexpr double kMinAutoLearningRate = 50.0;

[[noreturn]] void fail(const std::string& message) {
  throw std::invalid_argument("tsne: " + message);
}

void requireValidOptions(const FloatMatrix& points, const TsneOptions& options) {
  if (points.rows > 0 && points.cols == 0) {
    fail("the points have no coordinates; pass at least one column");
  }
  analysis::requireFinite(points, "tsne");
  if (!(options.perplexity > 0.0) || !std::isfinite(options.perplexity)) {
    fail("perplexity must be a positive number");
  }
  if (!(options.theta >= 0.0) || !std::isfinite(options.theta)) fail("theta must be >= 0");
  if (options.iterations < 0 || options.exaggerationIterations < 0) {
    fail("iteration counts must be >= 0");
  }
  if (!(options.earlyExaggeration > 0.0) || !std::isfinite(options.earlyExaggeration)) {
    fail("earlyExaggeration must be a positive number");
  }
  if (!std::isfinite(options.learningRate)) fail("learningRate must be finite (<= 0: auto)");
  if (!options.initialEmbedding.empty()) {
    if (options.initialEmbedding.rows != points.rows || options.initialEmbedding.cols != 2) {
      fail("initialEmbedding is " + std::to_string(options.initialEmbedding.rows) + " x " +
           std::to_string(options.initialEmbedding.cols) + "; pass " + std::to_string(points.rows) +
           " x 2, or none");
    }
    analysis::requireFinite(options.initialEmbedding, "tsne (initialEmbedding)");
  }
}

std::vector<double> initialEmbedding(const analysis::DistinctRows& distinct,
                                     const TsneOptions& options) {
  if (!options.initialEmbedding.empty()) {
    std::vector<double> given;  // each distinct point starts where its first copy was put
    for (std::size_t first : distinct.firstPoint) {
      given.push_back(options.initialEmbedding.at(first, 0));
      given.push_back(options.initialEmbedding.at(first, 1));
    }
    return given;
  }
  if (options.init == TsneInit::Pca) {
    std::vector<double> pca = analysis::pcaInitialEmbedding(distinct.rows);
    if (!pca.empty()) return pca;
  }
  return analysis::randomInitialEmbedding(distinct.rows.rows, options.seed);
}

// The two phases of scikit-learn's _tsne. `exaggeration` is the objective's multiplier of
// P: set here, read by the objective.
analysis::DescentOutcome descend(const analysis::TsneObjective& objective, double& exaggeration,
                                 const TsneOptions& options, double learningRate,
                                 std::vector<double>& embedding, const ProgressFn& progress,
                                 const CancelToken& cancel) {
  const long total = options.iterations;
  if (progress) progress(0, total);
  const auto afterIteration = [&](int done) {
    if (progress && (done % kProgressEvery == 0 || done == total)) progress(done, total);
    return !cancel.cancelled();
  };
  analysis::DescentPhase phase;
  phase.learningRate = learningRate;
  phase.minGradientNorm = options.minGradientNorm;
  // Exploration: exaggerated attraction lets clusters form and pass through each other.
  exaggeration = options.earlyExaggeration;
  phase.endIteration = std::min(options.exaggerationIterations, options.iterations);
  phase.momentum = 0.5;
  phase.iterationsWithoutProgress = options.exaggerationIterations;
  analysis::DescentOutcome outcome{0, std::numeric_limits<double>::quiet_NaN(), cancel.cancelled()};
  if (!outcome.stopped && phase.endIteration > 0) {
    outcome = analysis::runDescentPhase(objective, phase, embedding, afterIteration);
  }
  if (!outcome.stopped && outcome.nextIteration < options.iterations) {
    exaggeration = 1.0;
    const double exploredKl = outcome.klDivergence;
    phase.firstIteration = outcome.nextIteration;
    phase.endIteration = options.iterations;
    phase.momentum = 0.8;
    phase.iterationsWithoutProgress = options.iterationsWithoutProgress;
    outcome = analysis::runDescentPhase(objective, phase, embedding, afterIteration);
    if (std::isnan(outcome.klDivergence)) outcome.klDivergence = exploredKl;
  }
  if (progress && !outcome.stopped && outcome.nextIteration < total) progress(total, total);
  return outcome;
}

}  // namespace

double suitablePerplexity(std::size_t pointCount, double wanted) {
  const double largest = (static_cast<double>(pointCount) - 1.0) / 3.0;
  return pointCount < 2 ? wanted : std::min(wanted, largest);
}

TsneResult tsne(const FloatMatrix& points, const TsneOptions& options, const ProgressFn& progress,
                const CancelToken& cancel) {
  requireValidOptions(points, options);
  const analysis::DistinctRows distinct = analysis::distinctRows(points);
  const std::size_t n = distinct.rows.rows;  // what t-SNE sees
  TsneResult result;
  result.method = options.method;
  if (result.method == TsneMethod::Auto) {
    result.method = n <= kTsneExactMaxPoints ? TsneMethod::Exact : TsneMethod::BarnesHut;
  }
  result.learningRate = options.learningRate > 0.0
                            ? options.learningRate
                            : std::max(static_cast<double>(n) / options.earlyExaggeration / 4.0,
                                       kMinAutoLearningRate);
  result.embedding = FloatMatrix(points.rows, 2);
  if (n < 2) return result;  // nothing to lay out: every point at the origin
  if (options.perplexity >= static_cast<double>(points.rows)) {
    fail("perplexity " + std::to_string(options.perplexity) + " must be below the point count " +
         std::to_string(points.rows) + "; use suitablePerplexity(" + std::to_string(points.rows) +
         ") = " + std::to_string(suitablePerplexity(points.rows, options.perplexity)));
  }

  const analysis::PointDistances distances(distinct.rows, options.metric);
  analysis::DenseAffinities dense;
  analysis::SparseAffinities sparse;
  if (result.method == TsneMethod::Exact) {
    dense = analysis::exactAffinities(distances, options.perplexity);
  } else {
    sparse = analysis::neighborAffinities(distances, options.perplexity);
  }
  double exaggeration = options.earlyExaggeration;
  const analysis::TsneObjective objective = [&](const std::vector<double>& y,
                                                std::vector<double>& gradient, bool error) {
    return result.method == TsneMethod::Exact
               ? analysis::exactGradient(dense, exaggeration, y, gradient, error)
               : analysis::barnesHutGradient(sparse, exaggeration, options.theta, y, gradient,
                                             error);
  };
  std::vector<double> embedding = initialEmbedding(distinct, options);
  const analysis::DescentOutcome outcome =
      descend(objective, exaggeration, options, result.learningRate, embedding, progress, cancel);
  result.klDivergence = outcome.klDivergence;
  result.iterations = outcome.nextIteration;
  result.cancelled = outcome.stopped;
  for (std::size_t i = 0; i < points.rows; ++i) {
    result.embedding.at(i, 0) = static_cast<float>(embedding[2 * distinct.rowOf[i]]);
    result.embedding.at(i, 1) = static_cast<float>(embedding[2 * distinct.rowOf[i] + 1]);
  }
  return result;
}

}  // namespace mdd
