#pragma once
// Per-class decision thresholds, score normalisation and verdicts, following anomalib as
// docs/EVALUATION.md asks. Plain data (serialisable through thresholdsToJson), torch-free.
//
// Conventions:
// - A raw score x is a defect when x > threshold (strictly): every fitting method returns
//   a threshold that is itself a good score, e.g. "max normal score" accepts all normal
//   validation images.
// - Operator score: norm(x) = clamp((x - t) / (max - min) + 0.5, 0, 1), so t sits at 0.5;
//   decision: norm(x) > 1 - sensitivity (sensitivity in [0, 1], default 0.5). When
//   max == min (validation scores without spread) norm is the limit of that formula: 0
//   below t, 0.5 at t, 1 above.
// - The uncertain band [T1, T2] (image level, raw units): x > T2 is Defect, x > T1 is
//   NeedsReview, otherwise Good. The sensitivity moves both edges by (0.5 - s) * (max -
//   min), as it moves t. With a band, the band decides and t only sets the operator score.
// - Bad values (NaN, max < min, T1 > T2, sensitivity outside [0, 1]) throw
//   std::runtime_error naming the field; nothing is silently clamped into range.
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "mdd/metrics.h"

namespace mdd {

enum class ThresholdMethod {
  F1Optimal,       // maximises F1 on validation images; needs anomalous ones
  MaxNormalScore,  // the highest normal validation score (never the lowest)
  TargetFpr,       // at most targetFpr of normal validation scores exceed it
  Manual,          // set by hand
};
enum class Verdict { Good, Defect, NeedsReview };

const char* toString(ThresholdMethod method);  // "f1_optimal", "max_normal_score", ...
const char* toString(Verdict verdict);         // "good", "defect", "needs_review"

struct UncertainBand {
  double lower = 0.0;  // T1
  double upper = 0.0;  // T2, >= T1
};

struct ClassThresholds {
  std::string className;
  ThresholdMethod method = ThresholdMethod::Manual;
  double targetFpr = 0.0;  // the TargetFpr method's parameter, kept to reproduce the fit
  double imageThreshold = kUndefinedMetric;
  double pixelThreshold = kUndefinedMetric;
  double imageMin = kUndefinedMetric, imageMax = kUndefinedMetric;
  double pixelMin = kUndefinedMetric, pixelMax = kUndefinedMetric;
  std::optional<UncertainBand> imageBand;
};

// Throws std::runtime_error naming the first bad field.
void validate(const ClassThresholds& thresholds);

// --- Threshold methods on plain score lists (image level, or any sample of scores) ---
// The highest normal score. Throws on an empty list.
double maxNormalScoreThreshold(const std::vector<float>& normalScores);
// The (k+1)-th highest normal score with k = floor(targetFpr * n), so at most targetFpr of
// the normal scores exceed it (ties stay good); targetFpr = 0 is the max normal score and
// targetFpr = 1 lies just below the lowest score. Not numpy's interpolated percentile.
double targetFprThreshold(const std::vector<float>& normalScores, double targetFpr);
// The p-th percentile of normal scores as targetFprThreshold(scores, 1 - p / 100).
double percentileThreshold(const std::vector<float>& normalScores, double percentile);
// f1DecisionThreshold of imageMetrics(): reproduces the F1-optimal calls under "x > t".
// Throws unless both normal and anomalous scores are present.
double f1OptimalThreshold(const std::vector<float>& scores, const std::vector<int>& labels);
// T2 = targetFprThreshold(normal, defectFpr), T1 = targetFprThreshold(normal, reviewFpr):
// at most defectFpr of normal images are called Defect and at most reviewFpr are not Good.
// Needs only normal images. Requires 0 <= defectFpr <= reviewFpr <= 1.
UncertainBand fitUncertainBand(const std::vector<float>& normalScores, double reviewFpr,
                               double defectFpr);

struct BandOptions {
  double reviewFpr = 0.05;
  double defectFpr = 0.0;
};

struct ThresholdOptions {
  ThresholdMethod method = ThresholdMethod::F1Optimal;
  double targetFpr = 0.01;                         // for TargetFpr (image and pixel level)
  double manualImageThreshold = kUndefinedMetric;  // for Manual
  double manualPixelThreshold = kUndefinedMetric;  // for Manual
  std::optional<BandOptions> imageBand;            // fit a band from the normal images
};

// Fits one class on its validation set (image scores, labels and pixels): thresholds by
// the chosen method at both levels, and min/max over all validation scores of each level.
ClassThresholds fitClassThresholds(ClassEvaluator& validation, const ThresholdOptions& options);

// --- Normalisation and decisions ---
double normalizeScore(double rawScore, double threshold, double min, double max);
double normalizedImageScore(double rawScore, const ClassThresholds& thresholds);
double normalizedPixelScore(double rawScore, const ClassThresholds& thresholds);
// CV_32FC1 raw map -> CV_32FC1 operator map in [0, 1] (the heatmap's input).
cv::Mat normalizedPixelMap(const cv::Mat& rawMap, const ClassThresholds& thresholds);
// norm > 1 - sensitivity.
bool isDefect(double normalizedScore, double sensitivity = 0.5);
Verdict imageVerdict(double rawScore, const ClassThresholds& thresholds, double sensitivity = 0.5);
// CV_8UC1, 255 where the pixel is a defect at this sensitivity (the predicted mask).
cv::Mat predictedDefectMask(const cv::Mat& rawMap, const ClassThresholds& thresholds,
                            double sensitivity = 0.5);

// --- JSON (the model file stores one object per class) ---
std::string thresholdsToJson(const ClassThresholds& thresholds);
// Validates what it reads; throws std::runtime_error naming the missing or bad field.
ClassThresholds thresholdsFromJson(const std::string& json);

}  // namespace mdd
