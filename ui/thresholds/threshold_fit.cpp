#include "thresholds/threshold_fit.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace mddui {
namespace {

bool sameNumber(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

}  // namespace

QString methodUnavailableReason(mdd::ThresholdMethod method, const ClassScores& scores) {
  switch (method) {
    case mdd::ThresholdMethod::F1Optimal:
      if (!scores.hasBothLabels())
        return QCoreApplication::translate(
            "mddui::ThresholdFit",
            "F1-optimal needs both normal and anomalous images with ground truth in these "
            "results; use max normal score or target FPR instead");
      return {};
    case mdd::ThresholdMethod::MaxNormalScore:
    case mdd::ThresholdMethod::TargetFpr:
      if (scores.normal.empty())
        return QCoreApplication::translate(
            "mddui::ThresholdFit", "Needs normal images with ground truth in these results");
      return {};
    case mdd::ThresholdMethod::Manual:
      return {};
  }
  return {};
}

double fitThreshold(mdd::ThresholdMethod method, const ClassScores& scores, double targetFpr) {
  switch (method) {
    case mdd::ThresholdMethod::F1Optimal:
      return mdd::f1OptimalThreshold(scores.scores, scores.labels);
    case mdd::ThresholdMethod::MaxNormalScore:
      return mdd::maxNormalScoreThreshold(scores.normal);
    case mdd::ThresholdMethod::TargetFpr:
      return mdd::targetFprThreshold(scores.normal, targetFpr);
    case mdd::ThresholdMethod::Manual:
      break;
  }
  throw std::runtime_error("a manual threshold is set, not fitted");
}

mdd::UncertainBand initialBand(const mdd::ClassThresholds& t, const ClassScores& scores) {
  if (!scores.normal.empty()) {
    const mdd::UncertainBand fitted = mdd::fitUncertainBand(scores.normal, 0.05, 0.0);
    if (fitted.upper > fitted.lower) return fitted;
  }
  double span = t.imageMax - t.imageMin;
  if (!(span > 0)) {
    std::vector<float> all = scores.scores;
    all.insert(all.end(), scores.unlabelled.begin(), scores.unlabelled.end());
    if (!all.empty()) {
      const auto [lo, hi] = std::minmax_element(all.begin(), all.end());
      span = static_cast<double>(*hi) - static_cast<double>(*lo);
    }
  }
  if (!(span > 0)) span = std::max(std::abs(t.imageThreshold), 1.0);
  return {t.imageThreshold - 0.1 * span, t.imageThreshold + 0.1 * span};
}

bool sameThresholds(const mdd::ClassThresholds& a, const mdd::ClassThresholds& b) {
  if (a.imageBand.has_value() != b.imageBand.has_value()) return false;
  if (a.imageBand && (!sameNumber(a.imageBand->lower, b.imageBand->lower) ||
                      !sameNumber(a.imageBand->upper, b.imageBand->upper)))
    return false;
  return a.className == b.className && a.method == b.method &&
         sameNumber(a.targetFpr, b.targetFpr) && sameNumber(a.imageThreshold, b.imageThreshold) &&
         sameNumber(a.pixelThreshold, b.pixelThreshold) && sameNumber(a.imageMin, b.imageMin) &&
         sameNumber(a.imageMax, b.imageMax) && sameNumber(a.pixelMin, b.pixelMin) &&
         sameNumber(a.pixelMax, b.pixelMax);
}

int scoreDecimals(double span) {
  if (!(span > 0) || !std::isfinite(span)) return 6;
  return std::clamp(5 - static_cast<int>(std::floor(std::log10(span))), 3, 12);
}

}  // namespace mddui
