#pragma once
// Anomaly-detection metrics exactly as docs/EVALUATION.md defines them (the multi-class
// UAD protocol): I-AUROC, I-AP, I-F1max, P-AUROC, P-AP, P-F1max, AU-PRO and their mean
// mAD, per class and averaged over classes. Torch-free.
//
// Conventions (a later reader must know these):
// - Values are fractions in [0, 1]; the UI and the CLI multiply by 100 for display.
// - Scores must be finite floats (NaN/Inf throw std::runtime_error). Labels are 0 (normal)
//   or 1 (defect). Ground-truth masks are binarised at >= 0.5 of full scale: CV_8U
//   pixels >= 128, CV_32F pixels >= 0.5 (a 0/1 CV_8U mask therefore reads as all normal).
// - Curves follow scikit-learn: one point per distinct score, "score >= threshold" is
//   called positive, ties are never split. AP is average_precision_score (step-wise,
//   no interpolation). F1max is the maximum of 2PR/(P+R) over the PR points.
// - Every metric is computed exactly: no binning, no threshold grid. AU-PRO sweeps every
//   distinct pixel score, so its only error is floating-point rounding (< 1e-9).
// - Degenerate inputs give NaN ("undefined"), never an exception and never a made-up
//   0.5: AUROC needs both classes; AP and F1max need a positive (all-positive input gives
//   1.0, as scikit-learn); AU-PRO needs a defect region and a normal pixel. Empty input
//   makes everything NaN. A class's mAD is NaN unless all seven are defined, and
//   meanOverClasses() averages each metric over the classes where it is defined.
// - Decisions (confusionAt and thresholds.h) use the strict rule "score > threshold is a
//   defect", so a fitted threshold is itself a good score (see thresholds.h).
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace mdd {

inline constexpr double kUndefinedMetric = std::numeric_limits<double>::quiet_NaN();
inline bool isDefined(double metric) { return !std::isnan(metric); }

// AUROC, AP and F1max of one score/label set, from one pass over its sorted scores.
struct BinaryCurveMetrics {
  double auroc = kUndefinedMetric;
  double ap = kUndefinedMetric;
  double f1max = kUndefinedMetric;
  // The PR point where F1 peaks (the highest such score on ties): scores >= it are
  // positive there.
  double f1Threshold = kUndefinedMetric;
  // A value strictly between f1Threshold and the next lower distinct score, so that
  // "score > f1DecisionThreshold" makes the same calls as "score >= f1Threshold".
  double f1DecisionThreshold = kUndefinedMetric;
  std::int64_t positives = 0;
  std::int64_t negatives = 0;
};

// scikit-learn's roc_curve(drop_intermediate=False): point 0 is (0, 0) at threshold
// +infinity (scikit-learn >= 1.3; 1.2 writes max + 1), then one point per distinct score,
// descending. fpr (tpr) is NaN throughout when there are no negatives (positives).
struct RocCurve {
  std::vector<double> fpr, tpr, thresholds;
};

// The points of scikit-learn's precision_recall_curve, in descending-threshold order
// (recall rising) and without its appended (recall 0, precision 1) end point. recall is
// NaN without positives (scikit-learn 1.2 writes 1 there).
struct PrCurve {
  std::vector<double> precision, recall, thresholds;
};

// Counts at one decision threshold: "score > threshold" is predicted defect. A NaN
// threshold throws.
struct ConfusionMatrix {
  std::int64_t truePositives = 0, falsePositives = 0, trueNegatives = 0, falseNegatives = 0;
  double precision() const;          // NaN when nothing is predicted defect
  double recall() const;             // NaN without positives
  double falsePositiveRate() const;  // NaN without negatives
};

BinaryCurveMetrics imageMetrics(const std::vector<float>& scores, const std::vector<int>& labels);
RocCurve rocCurve(const std::vector<float>& scores, const std::vector<int>& labels);
PrCurve precisionRecallCurve(const std::vector<float>& scores, const std::vector<int>& labels);
ConfusionMatrix confusionAt(const std::vector<float>& scores, const std::vector<int>& labels,
                            double threshold);

struct PixelMetrics {
  BinaryCurveMetrics curve;  // P-AUROC, P-AP, P-F1max
  double auPro = kUndefinedMetric;
};

// ROC and PR curves thinned to about maxPoints points for plotting; every kept point is
// an exact point of the full curve, and the first and last points are always kept.
struct CurvePair {
  RocCurve roc;
  PrCurve pr;
};

// Collects the pixels of a class's test images, one image at a time, and computes the
// pixel metrics from one sort of the scores. Memory: 4 bytes per normal pixel, 8 per
// defect pixel (score + region id), 4 per defect region; the sort works in place.
class PixelMetricAccumulator {
 public:
  // AU-PRO integrates FPR over [0, maxFpr] and divides by maxFpr (0.3 by the protocol).
  explicit PixelMetricAccumulator(double auProMaxFpr = 0.3);

  // Avoids re-allocating (and briefly doubling) the storage when the sizes are known.
  void reserve(std::int64_t normalPixels, std::int64_t defectPixels);
  // scoreMap: CV_32FC1. groundTruth: CV_8UC1 or CV_32FC1 of the same size, or empty for
  // an image without defects. Regions are the 8-connected components of each mask.
  void add(const cv::Mat& scoreMap, const cv::Mat& groundTruth);

  std::int64_t imageCount() const { return images_; }
  std::int64_t normalPixelCount() const { return static_cast<std::int64_t>(normalKeys_.size()); }
  std::int64_t defectPixelCount() const { return static_cast<std::int64_t>(defectEntries_.size()); }
  std::int64_t regionCount() const { return static_cast<std::int64_t>(regionSizes_.size()); }
  float minScore() const { return minScore_; }  // +inf while empty
  float maxScore() const { return maxScore_; }  // -inf while empty

  // The queries below sort the stored scores on first use (once, until the next add).
  PixelMetrics compute();
  CurvePair curves(std::size_t maxPoints);
  ConfusionMatrix confusionAt(double threshold);
  // The k-th highest normal pixel score (k = 0: the highest); for threshold fitting.
  float kthHighestNormalScore(std::int64_t k);

 private:
  void ensureSorted();

  double auProMaxFpr_;
  std::vector<std::uint32_t> normalKeys_;     // score keys of normal pixels
  std::vector<std::uint64_t> defectEntries_;  // score key << 32 | global region id
  std::vector<std::uint32_t> regionSizes_;    // pixels per region, by global region id
  std::int64_t images_ = 0;
  float minScore_ = std::numeric_limits<float>::infinity();
  float maxScore_ = -std::numeric_limits<float>::infinity();
  bool sorted_ = true;
};

// All seven metrics of one class; NaN marks an undefined metric (see the top of the file).
struct ClassMetrics {
  std::string className;
  double iAuroc = kUndefinedMetric, iAp = kUndefinedMetric, iF1max = kUndefinedMetric;
  double pAuroc = kUndefinedMetric, pAp = kUndefinedMetric, pF1max = kUndefinedMetric;
  double auPro = kUndefinedMetric;
  double mAD = kUndefinedMetric;  // mean of the seven
  std::int64_t images = 0, defectImages = 0, pixels = 0, defectPixels = 0, regions = 0;

  bool complete() const { return isDefined(mAD); }
};

// How an image's label is decided: from its mask (any defect pixel), or given (its folder).
enum class ImageLabel { FromMask, Normal, Defect };

// One class's test set, image by image; compute() gives its ClassMetrics.
class ClassEvaluator {
 public:
  explicit ClassEvaluator(std::string className, double auProMaxFpr = 0.3);

  void add(float imageScore, const cv::Mat& scoreMap, const cv::Mat& groundTruth,
           ImageLabel label = ImageLabel::FromMask);
  // An image whose pixels' truth is unknown (a defect image without a mask): it counts
  // for the image metrics only, so its defect pixels never pass as normal ones.
  void addImageOnly(float imageScore, bool defect);
  ClassMetrics compute();

  const std::string& className() const { return className_; }
  const std::vector<float>& imageScores() const { return imageScores_; }
  const std::vector<int>& imageLabels() const { return imageLabels_; }
  PixelMetricAccumulator& pixels() { return pixels_; }

 private:
  std::string className_;
  std::vector<float> imageScores_;
  std::vector<int> imageLabels_;
  PixelMetricAccumulator pixels_;
};

// The "mean" row: each metric averaged over the classes where it is defined (NaN if none);
// its mAD is the mean of those seven means; counts are summed.
ClassMetrics meanOverClasses(const std::vector<ClassMetrics>& classes);

// A fixed-width text table (values x100, "-" for undefined), one row per class + mean.
std::string formatMetricsTable(const std::vector<ClassMetrics>& classes);

}  // namespace mdd
