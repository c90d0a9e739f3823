// Threshold methods and the per-class fit. Every method returns a threshold t under the
// rule "x > t is a defect" (see mdd/thresholds.h).
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>

#include "eval/score_key.h"
#include "mdd/thresholds.h"

namespace mdd {
namespace {

void requireFraction(double value, const char* what) {
  if (!(value >= 0.0 && value <= 1.0)) {
    throw std::runtime_error(std::string(what) + " " + std::to_string(value) +
                             " is outside [0, 1]");
  }
}

// The (k+1)-th highest of n normal scores, k = floor(targetFpr * n); kthHighest(k) gives the
// k-th highest (0 = highest). The 1e-9 absorbs products like 0.29 * 100 = 28.999999999999996.
double thresholdAtFpr(std::int64_t n, double targetFpr,
                      const std::function<double(std::int64_t)>& kthHighest) {
  requireFraction(targetFpr, "target false-positive rate");
  if (n == 0) {
    throw std::runtime_error("threshold: no normal scores to fit on; add normal validation images");
  }
  const auto k = static_cast<std::int64_t>(std::floor(targetFpr * static_cast<double>(n) + 1e-9));
  if (k >= n) {  // every normal score may be flagged: go just below the lowest
    return std::nextafter(kthHighest(n - 1), -std::numeric_limits<double>::infinity());
  }
  return kthHighest(k);
}

std::vector<float> normalScoresOf(const ClassEvaluator& validation) {
  std::vector<float> normal;
  for (std::size_t i = 0; i < validation.imageScores().size(); ++i) {
    if (validation.imageLabels()[i] == 0) normal.push_back(validation.imageScores()[i]);
  }
  return normal;
}

double pixelF1Threshold(PixelMetricAccumulator& pixels, const std::string& className) {
  const BinaryCurveMetrics curve = pixels.compute().curve;
  if (curve.positives == 0 || curve.negatives == 0) {
    throw std::runtime_error("F1-optimal pixel threshold of class '" + className +
                             "' needs both defect and normal validation pixels; use "
                             "max_normal_score or target_fpr");
  }
  return curve.f1DecisionThreshold;
}

}  // namespace

const char* toString(ThresholdMethod method) {
  switch (method) {
    case ThresholdMethod::F1Optimal:
      return "f1_optimal";
    case ThresholdMethod::MaxNormalScore:
      return "max_normal_score";
    case ThresholdMethod::TargetFpr:
      return "target_fpr";
    case ThresholdMethod::Manual:
      return "manual";
  }
  return "unknown";
}

const char* toString(Verdict verdict) {
  switch (verdict) {
    case Verdict::Good:
      return "good";
    case Verdict::Defect:
      return "defect";
    case Verdict::NeedsReview:
      return "needs_review";
  }
  return "unknown";
}

double maxNormalScoreThreshold(const std::vector<float>& normalScores) {
  return targetFprThreshold(normalScores, 0.0);
}

double targetFprThreshold(const std::vector<float>& normalScores, double targetFpr) {
  for (float s : normalScores) eval::requireFiniteScore(s, "targetFprThreshold");
  std::vector<float> ranked = normalScores;  // nth_element reorders its input
  return thresholdAtFpr(
      static_cast<std::int64_t>(ranked.size()), targetFpr, [&ranked](std::int64_t k) {
        const auto nth = ranked.begin() + k;
        std::nth_element(ranked.begin(), nth, ranked.end(), std::greater<float>());
        return static_cast<double>(*nth);
      });
}

double percentileThreshold(const std::vector<float>& normalScores, double percentile) {
  if (!(percentile >= 0.0 && percentile <= 100.0)) {
    throw std::runtime_error("percentileThreshold: percentile " + std::to_string(percentile) +
                             " is outside [0, 100]");
  }
  return targetFprThreshold(normalScores, 1.0 - percentile / 100.0);
}

double f1OptimalThreshold(const std::vector<float>& scores, const std::vector<int>& labels) {
  const BinaryCurveMetrics m = imageMetrics(scores, labels);
  if (m.positives == 0 || m.negatives == 0) {
    throw std::runtime_error(
        "f1OptimalThreshold: needs both normal and anomalous validation "
        "scores; without anomalous ones use max_normal_score or target_fpr");
  }
  return m.f1DecisionThreshold;
}

UncertainBand fitUncertainBand(const std::vector<float>& normalScores, double reviewFpr,
                               double defectFpr) {
  requireFraction(reviewFpr, "band review false-positive rate");
  requireFraction(defectFpr, "band defect false-positive rate");
  if (defectFpr > reviewFpr) {
    throw std::runtime_error("fitUncertainBand: defect FPR " + std::to_string(defectFpr) +
                             " exceeds review FPR " + std::to_string(reviewFpr) +
                             "; the review band must catch at least the defects");
  }
  return {targetFprThreshold(normalScores, reviewFpr), targetFprThreshold(normalScores, defectFpr)};
}

ClassThresholds fitClassThresholds(ClassEvaluator& validation, const ThresholdOptions& options) {
  const std::string& name = validation.className();
  const std::vector<float>& scores = validation.imageScores();
  if (scores.empty()) {
    throw std::runtime_error("fitClassThresholds: class '" + name + "' has no validation images");
  }
  PixelMetricAccumulator& pixels = validation.pixels();
  const std::vector<float> normal = normalScoresOf(validation);
  ClassThresholds t;
  t.className = name;
  t.method = options.method;
  t.targetFpr = options.method == ThresholdMethod::TargetFpr ? options.targetFpr : 0.0;
  t.imageMin = *std::min_element(scores.begin(), scores.end());
  t.imageMax = *std::max_element(scores.begin(), scores.end());
  t.pixelMin = pixels.minScore();
  t.pixelMax = pixels.maxScore();
  const auto pixelAtFpr = [&](double fpr) {
    return thresholdAtFpr(pixels.normalPixelCount(), fpr, [&pixels](std::int64_t k) {
      return static_cast<double>(pixels.kthHighestNormalScore(k));
    });
  };
  switch (options.method) {
    case ThresholdMethod::F1Optimal:
      t.imageThreshold = f1OptimalThreshold(scores, validation.imageLabels());
      // Defect images without masks (a dataset labelled per image) leave no defect pixels
      // to balance against: the pixel threshold is then the highest normal pixel score.
      t.pixelThreshold = pixels.defectPixelCount() == 0 && pixels.normalPixelCount() > 0
                             ? pixelAtFpr(0.0)
                             : pixelF1Threshold(pixels, name);
      break;
    case ThresholdMethod::MaxNormalScore:
      t.imageThreshold = maxNormalScoreThreshold(normal);
      t.pixelThreshold = pixelAtFpr(0.0);
      break;
    case ThresholdMethod::TargetFpr:
      t.imageThreshold = targetFprThreshold(normal, options.targetFpr);
      t.pixelThreshold = pixelAtFpr(options.targetFpr);
      break;
    case ThresholdMethod::Manual:
      t.imageThreshold = options.manualImageThreshold;
      t.pixelThreshold = options.manualPixelThreshold;
      break;
  }
  if (options.imageBand) {
    t.imageBand =
        fitUncertainBand(normal, options.imageBand->reviewFpr, options.imageBand->defectFpr);
  }
  validate(t);
  return t;
}

}  // namespace mdd
