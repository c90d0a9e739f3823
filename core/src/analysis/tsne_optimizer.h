#pragma once
// scikit-learn's t-SNE gradient descent (_gradient_descent): momentum, per-parameter gains
// (delta-bar-delta: +0.2 while the step keeps its direction, x0.8 when it turns, never
// below 0.01), and a stop when the KL divergence has not improved for a while or the
// gradient vanishes. One call runs one phase; momentum and gains restart with each phase,
// as in scikit-learn.
#include <functional>
#include <vector>

namespace mdd::analysis {

// Fills the gradient for an embedding; returns the KL divergence when asked, else NaN.
using TsneObjective = std::function<double(const std::vector<double>& embedding,
                                           std::vector<double>& gradient, bool computeError)>;

struct DescentPhase {
  int firstIteration = 0;  // global iteration numbers: checks fall on (i + 1) % 50 == 0
  int endIteration = 0;    // exclusive
  double momentum = 0.5;
  double learningRate = 200.0;
  int iterationsWithoutProgress = 300;
  double minGradientNorm = 1e-7;
};

struct DescentOutcome {
  int nextIteration = 0;      // one past the last iteration run (firstIteration if none)
  double klDivergence = 0.0;  // from the last iteration that computed it (NaN if none)
  bool stopped = false;       // `afterIteration` asked to stop
};

// Runs the phase on `embedding` in place. `afterIteration(iterationsDone)` runs after every
// iteration; returning false stops the descent (cancel).
DescentOutcome runDescentPhase(const TsneObjective& objective, const DescentPhase& phase,
                               std::vector<double>& embedding,
                               const std::function<bool(int)>& afterIteration);

}  // namespace mdd::analysis
