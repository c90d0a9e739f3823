#include "eval/curve_summary.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace mdd::eval {

CurveSummary::CurveSummary(std::int64_t positives, std::int64_t negatives)
    : positives_(positives), negatives_(negatives) {
  // With n = P + N <= 2^31, the exact integer sums below stay under 2^63 (2PN <= n^2 / 2,
  // tp * (tp + fp + P) <= n * 2n).
  if (positives < 0 || negatives < 0 || positives + negatives > kMaxSweepScores) {
    throw std::runtime_error("metrics: " + std::to_string(positives + negatives) +
                             " scores exceed the exact-arithmetic limit of 2^31; evaluate "
                             "fewer pixels per class (e.g. subsample the test images)");
  }
}

void CurveSummary::add(const SweepPoint& point) {
  if (awaitingScoreBelowBest_) {
    scoreBelowBestF1_ = point.threshold;
    haveScoreBelowBest_ = true;
    awaitingScoreBelowBest_ = false;
  }
  const auto newFp = static_cast<std::uint64_t>(point.falsePositives - previous_.falsePositives);
  twiceAreaCounts_ +=
      newFp * static_cast<std::uint64_t>(point.truePositives + previous_.truePositives);

  const std::int64_t newTp = point.truePositives - previous_.truePositives;
  if (newTp > 0) {
    const double precision = static_cast<double>(point.truePositives) /
                             static_cast<double>(point.truePositives + point.falsePositives);
    precisionTimesRecallSteps_ += precision * static_cast<double>(newTp);
    // Compare F1 = 2tp / (tp + fp + P) as exact fractions, so that equal F1 values tie
    // deterministically and the highest threshold wins. F1 only peaks where tp grows.
    const std::int64_t denominator = point.truePositives + point.falsePositives + positives_;
    const auto u = [](std::int64_t v) { return static_cast<std::uint64_t>(v); };
    if (!haveBestF1_ ||
        u(point.truePositives) * u(bestF1Denominator_) > u(bestF1Tp_) * u(denominator)) {
      bestF1Tp_ = point.truePositives;
      bestF1Denominator_ = denominator;
      bestF1Threshold_ = point.threshold;
      haveBestF1_ = true;
      awaitingScoreBelowBest_ = true;
      haveScoreBelowBest_ = false;
    }
  }
  previous_ = point;
}

BinaryCurveMetrics CurveSummary::result() const {
  BinaryCurveMetrics m;
  m.positives = positives_;
  m.negatives = negatives_;
  if (positives_ > 0 && negatives_ > 0) {
    m.auroc = static_cast<double>(twiceAreaCounts_) /
              (2.0 * static_cast<double>(positives_) * static_cast<double>(negatives_));
  }
  if (positives_ > 0) {
    m.ap = precisionTimesRecallSteps_ / static_cast<double>(positives_);
    m.f1max = 2.0 * static_cast<double>(bestF1Tp_) / static_cast<double>(bestF1Denominator_);
    m.f1Threshold = bestF1Threshold_;
    // The midpoint of two distinct floats, computed in double, lies strictly between them.
    m.f1DecisionThreshold =
        haveScoreBelowBest_
            ? 0.5 * (static_cast<double>(bestF1Threshold_) + static_cast<double>(scoreBelowBestF1_))
            : std::nextafter(static_cast<double>(bestF1Threshold_),
                             -std::numeric_limits<double>::infinity());
  }
  return m;
}

void requireAuProMaxFpr(double maxFpr) {
  if (!(maxFpr > 0.0 && maxFpr <= 1.0)) {
    throw std::runtime_error("metrics: AU-PRO FPR limit " + std::to_string(maxFpr) +
                             " is outside (0, 1]; the protocol uses 0.3");
  }
}

ProCurveIntegrator::ProCurveIntegrator(std::int64_t normalPixels, std::int64_t regions,
                                       double maxFpr)
    : normalPixels_(static_cast<double>(normalPixels)),
      regions_(static_cast<double>(regions)),
      maxFpr_(maxFpr) {
  requireAuProMaxFpr(maxFpr);
}

void ProCurveIntegrator::add(const SweepPoint& point) {
  if (done_ || normalPixels_ == 0.0 || regions_ == 0.0) return;
  const double fpr = static_cast<double>(point.falsePositives) / normalPixels_;
  const double pro = point.proSum / regions_;
  if (fpr <= maxFpr_) {
    area_ += (fpr - previousFpr_) * (pro + previousPro_) * 0.5;
    previousFpr_ = fpr;
    previousPro_ = pro;
    return;
  }
  const double proAtLimit =
      previousPro_ + (pro - previousPro_) * (maxFpr_ - previousFpr_) / (fpr - previousFpr_);
  area_ += (maxFpr_ - previousFpr_) * (proAtLimit + previousPro_) * 0.5;
  done_ = true;
}

double ProCurveIntegrator::result() const {
  if (normalPixels_ == 0.0 || regions_ == 0.0) return kUndefinedMetric;
  return area_ / maxFpr_;
}

}  // namespace mdd::eval
