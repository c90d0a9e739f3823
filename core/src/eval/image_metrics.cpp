// Image-level metrics, curves and confusion counts: a few thousand scores at most, so the
// points of the sweep are materialised once and every result is read off them.
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>

#include "eval/curve_summary.h"
#include "eval/score_key.h"
#include "mdd/metrics.h"

namespace mdd {
namespace {

void requireValidInput(const std::vector<float>& scores, const std::vector<int>& labels,
                       const char* where) {
  if (scores.size() != labels.size()) {
    throw std::runtime_error(std::string(where) + ": " + std::to_string(scores.size()) +
                             " scores but " + std::to_string(labels.size()) +
                             " labels; pass one label per score");
  }
  for (std::size_t i = 0; i < scores.size(); ++i) {
    eval::requireFiniteScore(scores[i], where);
    if (labels[i] != 0 && labels[i] != 1) {
      throw std::runtime_error(std::string(where) + ": label " + std::to_string(labels[i]) +
                               " at index " + std::to_string(i) +
                               " is not 0 (normal) or 1 (defect)");
    }
  }
}

struct ImageSweep {
  std::vector<eval::SweepPoint> points;  // descending thresholds, ties merged
  std::int64_t positives = 0, negatives = 0;
};

ImageSweep sweepImages(const std::vector<float>& scores, const std::vector<int>& labels,
                       const char* where) {
  requireValidInput(scores, labels, where);
  std::vector<std::pair<float, int>> ranked(scores.size());
  for (std::size_t i = 0; i < scores.size(); ++i) ranked[i] = {scores[i], labels[i]};
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  ImageSweep sweep;
  eval::SweepPoint point;
  for (std::size_t i = 0; i < ranked.size();) {
    const float score = ranked[i].first;
    for (; i < ranked.size() && ranked[i].first == score; ++i) {
      (ranked[i].second ? point.truePositives : point.falsePositives) += 1;
    }
    point.threshold = score;
    sweep.points.push_back(point);
  }
  sweep.positives = point.truePositives;
  sweep.negatives = point.falsePositives;
  return sweep;
}

double ratioOrNaN(std::int64_t numerator, std::int64_t denominator) {
  return denominator > 0 ? static_cast<double>(numerator) / static_cast<double>(denominator)
                         : kUndefinedMetric;
}

}  // namespace

double ConfusionMatrix::precision() const {
  return ratioOrNaN(truePositives, truePositives + falsePositives);
}
double ConfusionMatrix::recall() const {
  return ratioOrNaN(truePositives, truePositives + falseNegatives);
}
double ConfusionMatrix::falsePositiveRate() const {
  return ratioOrNaN(falsePositives, falsePositives + trueNegatives);
}

BinaryCurveMetrics imageMetrics(const std::vector<float>& scores, const std::vector<int>& labels) {
  const ImageSweep sweep = sweepImages(scores, labels, "imageMetrics");
  eval::CurveSummary summary(sweep.positives, sweep.negatives);
  for (const auto& point : sweep.points) summary.add(point);
  return summary.result();
}

RocCurve rocCurve(const std::vector<float>& scores, const std::vector<int>& labels) {
  const ImageSweep sweep = sweepImages(scores, labels, "rocCurve");
  RocCurve roc;
  roc.fpr.push_back(sweep.negatives > 0 ? 0.0 : kUndefinedMetric);
  roc.tpr.push_back(sweep.positives > 0 ? 0.0 : kUndefinedMetric);
  roc.thresholds.push_back(std::numeric_limits<double>::infinity());
  for (const auto& point : sweep.points) {
    roc.fpr.push_back(ratioOrNaN(point.falsePositives, sweep.negatives));
    roc.tpr.push_back(ratioOrNaN(point.truePositives, sweep.positives));
    roc.thresholds.push_back(point.threshold);
  }
  return roc;
}

PrCurve precisionRecallCurve(const std::vector<float>& scores, const std::vector<int>& labels) {
  const ImageSweep sweep = sweepImages(scores, labels, "precisionRecallCurve");
  PrCurve pr;
  for (const auto& point : sweep.points) {
    pr.precision.push_back(
        ratioOrNaN(point.truePositives, point.truePositives + point.falsePositives));
    pr.recall.push_back(ratioOrNaN(point.truePositives, sweep.positives));
    pr.thresholds.push_back(point.threshold);
  }
  return pr;
}

ConfusionMatrix confusionAt(const std::vector<float>& scores, const std::vector<int>& labels,
                            double threshold) {
  requireValidInput(scores, labels, "confusionAt");
  if (std::isnan(threshold)) throw std::runtime_error("confusionAt: the threshold is NaN");
  ConfusionMatrix counts;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    const bool predictedDefect = static_cast<double>(scores[i]) > threshold;
    if (labels[i]) {
      (predictedDefect ? counts.truePositives : counts.falseNegatives) += 1;
    } else {
      (predictedDefect ? counts.falsePositives : counts.trueNegatives) += 1;
    }
  }
  return counts;
}

}  // namespace mdd
