// Pixel metrics over all pixels of a class: scores are kept as 32-bit sortable keys, sorted
// once in place, then one merged sweep from the highest score down yields P-AUROC, P-AP,
// P-F1max and AU-PRO together.
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include <opencv2/imgproc.hpp>

#include "eval/curve_summary.h"
#include "eval/radix_sort.h"
#include "eval/score_key.h"
#include "mdd/metrics.h"

namespace mdd {
namespace {

std::uint32_t keyOf(std::uint64_t defectEntry) {
  return static_cast<std::uint32_t>(defectEntry >> 32);
}
std::uint32_t regionOf(std::uint64_t defectEntry) {
  return static_cast<std::uint32_t>(defectEntry & 0xFFFFFFFFu);
}

// Visits one SweepPoint per distinct score, descending, merging the two sorted key arrays.
template <class Visit>
void sweepSorted(const std::vector<std::uint32_t>& normalKeys,
                 const std::vector<std::uint64_t>& defectEntries,
                 const std::vector<double>& regionWeights, Visit&& visit) {
  std::size_t normal = normalKeys.size(), defect = defectEntries.size();
  eval::SweepPoint point;
  while (normal > 0 || defect > 0) {
    std::uint32_t key = normal > 0 ? normalKeys[normal - 1] : 0;
    if (defect > 0) key = std::max(key, keyOf(defectEntries[defect - 1]));
    for (; normal > 0 && normalKeys[normal - 1] == key; --normal) ++point.falsePositives;
    for (; defect > 0 && keyOf(defectEntries[defect - 1]) == key; --defect) {
      ++point.truePositives;
      point.proSum += regionWeights[regionOf(defectEntries[defect - 1])];
    }
    point.threshold = eval::scoreFromKey(key);
    visit(point);
  }
}

// CV_8U 255 where the ground truth is a defect (>= 0.5 of full scale), or empty.
cv::Mat binariseGroundTruth(const cv::Mat& groundTruth, const cv::Size& mapSize) {
  cv::Mat defect;
  if (groundTruth.empty()) return defect;
  if (groundTruth.size() != mapSize) {
    throw std::runtime_error("PixelMetricAccumulator::add: mask is " +
                             std::to_string(groundTruth.cols) + "x" +
                             std::to_string(groundTruth.rows) + " but the score map is " +
                             std::to_string(mapSize.width) + "x" + std::to_string(mapSize.height) +
                             "; resize one to the other");
  }
  if (groundTruth.type() == CV_8UC1) {
    cv::compare(groundTruth, 128, defect, cv::CMP_GE);
  } else if (groundTruth.type() == CV_32FC1) {
    cv::compare(groundTruth, 0.5, defect, cv::CMP_GE);
  } else {
    throw std::runtime_error("PixelMetricAccumulator::add: mask type " +
                             std::to_string(groundTruth.type()) +
                             " is not CV_8UC1 or CV_32FC1; convert the mask first");
  }
  return defect;
}

}  // namespace

PixelMetricAccumulator::PixelMetricAccumulator(double auProMaxFpr) : auProMaxFpr_(auProMaxFpr) {
  eval::requireAuProMaxFpr(auProMaxFpr);
}

void PixelMetricAccumulator::reserve(std::int64_t normalPixels, std::int64_t defectPixels) {
  normalKeys_.reserve(static_cast<std::size_t>(std::max<std::int64_t>(normalPixels, 0)));
  defectEntries_.reserve(static_cast<std::size_t>(std::max<std::int64_t>(defectPixels, 0)));
}

void PixelMetricAccumulator::add(const cv::Mat& scoreMap, const cv::Mat& groundTruth) {
  if (scoreMap.empty() || scoreMap.type() != CV_32FC1) {
    throw std::runtime_error(
        "PixelMetricAccumulator::add: the score map must be a non-empty "
        "CV_32FC1 image; convert it with cv::Mat::convertTo");
  }
  if (!cv::checkRange(scoreMap, true)) {
    throw std::runtime_error(
        "PixelMetricAccumulator::add: the score map holds NaN or Inf; "
        "check the anomaly map producer");
  }
  const std::int64_t stored = normalPixelCount() + defectPixelCount();
  if (stored + static_cast<std::int64_t>(scoreMap.total()) > eval::kMaxSweepScores) {
    throw std::runtime_error(
        "PixelMetricAccumulator::add: more than 2^31 pixels in one class; "
        "evaluate fewer or smaller images");
  }
  const cv::Mat defect = binariseGroundTruth(groundTruth, scoreMap.size());
  cv::Mat regionLabels;
  int regionsHere = 0;
  if (!defect.empty() && cv::countNonZero(defect) > 0) {
    regionsHere = cv::connectedComponents(defect, regionLabels, 8, CV_32S) - 1;
  }
  double low = 0.0, high = 0.0;
  cv::minMaxLoc(scoreMap, &low, &high);
  minScore_ = std::min(minScore_, static_cast<float>(low));
  maxScore_ = std::max(maxScore_, static_cast<float>(high));

  const auto firstRegion = static_cast<std::uint32_t>(regionSizes_.size());
  regionSizes_.resize(regionSizes_.size() + static_cast<std::size_t>(regionsHere), 0);
  for (int row = 0; row < scoreMap.rows; ++row) {
    const float* score = scoreMap.ptr<float>(row);
    if (regionsHere == 0) {
      const std::size_t offset = normalKeys_.size();
      normalKeys_.resize(offset + static_cast<std::size_t>(scoreMap.cols));
      for (int col = 0; col < scoreMap.cols; ++col) {
        normalKeys_[offset + col] = eval::scoreKey(score[col]);
      }
      continue;
    }
    const int* label = regionLabels.ptr<int>(row);
    for (int col = 0; col < scoreMap.cols; ++col) {
      const std::uint32_t key = eval::scoreKey(score[col]);
      if (label[col] == 0) {
        normalKeys_.push_back(key);
      } else {
        const std::uint32_t region = firstRegion + static_cast<std::uint32_t>(label[col] - 1);
        ++regionSizes_[region];
        defectEntries_.push_back(std::uint64_t{key} << 32 | region);
      }
    }
  }
  ++images_;
  sorted_ = false;
}

void PixelMetricAccumulator::ensureSorted() {
  if (sorted_) return;
  eval::radixSortInPlace(normalKeys_.data(), normalKeys_.data() + normalKeys_.size());
  // Only the key half orders the defect entries; the region id rides along.
  eval::radixSortInPlace(defectEntries_.data(), defectEntries_.data() + defectEntries_.size(), 32);
  sorted_ = true;
}

PixelMetrics PixelMetricAccumulator::compute() {
  ensureSorted();
  std::vector<double> regionWeights(regionSizes_.size());
  for (std::size_t r = 0; r < regionSizes_.size(); ++r) regionWeights[r] = 1.0 / regionSizes_[r];
  eval::CurveSummary summary(defectPixelCount(), normalPixelCount());
  eval::ProCurveIntegrator pro(normalPixelCount(), regionCount(), auProMaxFpr_);
  sweepSorted(normalKeys_, defectEntries_, regionWeights, [&](const eval::SweepPoint& point) {
    summary.add(point);
    pro.add(point);
  });
  return {summary.result(), pro.result()};
}

CurvePair PixelMetricAccumulator::curves(std::size_t maxPoints) {
  if (maxPoints < 2) {
    throw std::runtime_error("PixelMetricAccumulator::curves: ask for at least 2 points");
  }
  ensureSorted();
  const std::int64_t positives = defectPixelCount(), negatives = normalPixelCount();
  const auto ratio = [](std::int64_t a, std::int64_t b) {
    return b > 0 ? static_cast<double>(a) / static_cast<double>(b) : kUndefinedMetric;
  };
  CurvePair out;
  out.roc.fpr.push_back(ratio(0, negatives));
  out.roc.tpr.push_back(ratio(0, positives));
  out.roc.thresholds.push_back(std::numeric_limits<double>::infinity());
  // A point is kept once the curves have moved by a plotting step since the last kept one;
  // an undefined coordinate (one class absent) never moves.
  const auto distance = [](double a, double b) {
    return std::isnan(a) || std::isnan(b) ? 0.0 : std::abs(a - b);
  };
  const double step = 1.0 / static_cast<double>(maxPoints);
  double keptFpr = 0.0, keptTpr = 0.0, keptPrecision = 0.0;
  eval::SweepPoint last;
  bool lastKept = true;
  const auto keep = [&](const eval::SweepPoint& p) {
    keptFpr = ratio(p.falsePositives, negatives);
    keptTpr = ratio(p.truePositives, positives);
    keptPrecision = ratio(p.truePositives, p.truePositives + p.falsePositives);
    out.roc.fpr.push_back(keptFpr);
    out.roc.tpr.push_back(keptTpr);
    out.roc.thresholds.push_back(p.threshold);
    out.pr.precision.push_back(keptPrecision);
    out.pr.recall.push_back(keptTpr);
    out.pr.thresholds.push_back(p.threshold);
  };
  sweepSorted(normalKeys_, defectEntries_, std::vector<double>(regionSizes_.size(), 0.0),
              [&](const eval::SweepPoint& p) {
                last = p;
                const double moved =
                    distance(ratio(p.falsePositives, negatives), keptFpr) +
                    distance(ratio(p.truePositives, positives), keptTpr) +
                    distance(ratio(p.truePositives, p.truePositives + p.falsePositives),
                             keptPrecision);
                lastKept = out.pr.thresholds.empty() || !(moved < step);
                if (lastKept) keep(p);
              });
  if (!lastKept) keep(last);
  return out;
}

ConfusionMatrix PixelMetricAccumulator::confusionAt(double threshold) {
  if (std::isnan(threshold)) {
    throw std::runtime_error("PixelMetricAccumulator::confusionAt: the threshold is NaN");
  }
  ensureSorted();
  const std::uint32_t key = eval::floorKey(threshold);
  const auto normalAtOrBelow =
      std::upper_bound(normalKeys_.begin(), normalKeys_.end(), key) - normalKeys_.begin();
  const auto defectAtOrBelow = std::upper_bound(defectEntries_.begin(), defectEntries_.end(),
                                                std::uint64_t{key} << 32 | 0xFFFFFFFFu) -
                               defectEntries_.begin();
  ConfusionMatrix counts;
  counts.trueNegatives = normalAtOrBelow;
  counts.falsePositives = normalPixelCount() - normalAtOrBelow;
  counts.falseNegatives = defectAtOrBelow;
  counts.truePositives = defectPixelCount() - defectAtOrBelow;
  return counts;
}

float PixelMetricAccumulator::kthHighestNormalScore(std::int64_t k) {
  if (k < 0 || k >= normalPixelCount()) {
    throw std::runtime_error("PixelMetricAccumulator::kthHighestNormalScore: rank " +
                             std::to_string(k) + " outside [0, " +
                             std::to_string(normalPixelCount()) + ")");
  }
  ensureSorted();
  return eval::scoreFromKey(normalKeys_[normalKeys_.size() - 1 - static_cast<std::size_t>(k)]);
}

}  // namespace mdd
