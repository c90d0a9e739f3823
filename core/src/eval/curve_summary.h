#pragma once
// Streaming summaries of a threshold sweep. A sweep visits one point per distinct score,
// from the highest score down; the summaries fold the points in as they come, so that
// tens of millions of pixel points never have to be stored.
#include <cstdint>

#include "mdd/metrics.h"

namespace mdd::eval {

// Everything scored >= threshold is called positive.
struct SweepPoint {
  float threshold = 0.0f;
  std::int64_t truePositives = 0;
  std::int64_t falsePositives = 0;
  // Sum over the true-positive pixels of 1 / (size of their region): PRO = proSum / regions.
  double proSum = 0.0;
};

// The most scores one sweep may hold (see CurveSummary's constructor).
inline constexpr std::int64_t kMaxSweepScores = std::int64_t{1} << 31;

// AUROC (trapezoids), AP (recall steps times precision) and F1max in one pass.
class CurveSummary {
 public:
  CurveSummary(std::int64_t positives, std::int64_t negatives);
  void add(const SweepPoint& point);
  BinaryCurveMetrics result() const;

 private:
  std::int64_t positives_, negatives_;
  SweepPoint previous_;
  // Twice the ROC area in count units: exact in integers.
  std::uint64_t twiceAreaCounts_ = 0;
  double precisionTimesRecallSteps_ = 0.0;             // sum of precision * new true positives
  std::int64_t bestF1Tp_ = 0, bestF1Denominator_ = 1;  // F1 = 2 tp / (tp + fp + positives)
  float bestF1Threshold_ = 0.0f;
  float scoreBelowBestF1_ = 0.0f;
  bool haveBestF1_ = false, awaitingScoreBelowBest_ = false, haveScoreBelowBest_ = false;
};

// Area under the PRO-vs-FPR curve for FPR in [0, maxFpr], divided by maxFpr. The curve
// starts at (0, 0) and is cut at maxFpr by linear interpolation, like the reference
// (sklearn.metrics.auc on the points with FPR <= maxFpr plus the interpolated end point).
// Throws unless 0 < maxFpr <= 1.
void requireAuProMaxFpr(double maxFpr);

class ProCurveIntegrator {
 public:
  ProCurveIntegrator(std::int64_t normalPixels, std::int64_t regions, double maxFpr);
  void add(const SweepPoint& point);
  double result() const;

 private:
  double normalPixels_, regions_, maxFpr_;
  double previousFpr_ = 0.0, previousPro_ = 0.0, area_ = 0.0;
  bool done_ = false;
};

}  // namespace mdd::eval
