// Gradient descent with momentum and gains, line for line scikit-learn's rule.
#include "analysis/tsne_optimizer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mdd::analysis {
namespace {

constexpr int kCheckEvery = 50;  // scikit-learn's _N_ITER_CHECK
constexpr double kGainStep = 0.2;
constexpr double kGainDecay = 0.8;
constexpr double kMinGain = 0.01;

}  // namespace

DescentOutcome runDescentPhase(const TsneObjective& objective, const DescentPhase& phase,
                               std::vector<double>& embedding,
                               const std::function<bool(int)>& afterIteration) {
  std::vector<double> update(embedding.size(), 0.0), gains(embedding.size(), 1.0), gradient;
  DescentOutcome outcome;
  outcome.nextIteration = phase.firstIteration;
  outcome.klDivergence = std::numeric_limits<double>::quiet_NaN();
  double bestError = std::numeric_limits<double>::max();
  int bestIteration = phase.firstIteration;
  for (int i = phase.firstIteration; i < phase.endIteration; ++i) {
    const bool check = (i + 1) % kCheckEvery == 0;
    const double error = objective(embedding, gradient, check || i == phase.endIteration - 1);
    if (!std::isnan(error)) outcome.klDivergence = error;
    double squaredNorm = 0.0;
    for (std::size_t k = 0; k < embedding.size(); ++k) {
      // `update` is the last step: a gradient pointing against it means the descent keeps
      // its direction, so the gain grows; a turn shrinks it.
      gains[k] = update[k] * gradient[k] < 0.0 ? gains[k] + kGainStep : gains[k] * kGainDecay;
      gains[k] = std::max(gains[k], kMinGain);
      const double step = gradient[k] * gains[k];
      squaredNorm += step * step;
      update[k] = phase.momentum * update[k] - phase.learningRate * step;
      embedding[k] += update[k];
    }
    outcome.nextIteration = i + 1;
    if (!afterIteration(i + 1)) {
      outcome.stopped = true;
      return outcome;
    }
    if (!check) continue;
    if (error < bestError) {
      bestError = error;
      bestIteration = i;
    } else if (i - bestIteration > phase.iterationsWithoutProgress) {
      break;
    }
    if (std::sqrt(squaredNorm) <= phase.minGradientNorm) break;
  }
  return outcome;
}

}  // namespace mdd::analysis
