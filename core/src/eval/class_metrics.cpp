// Per-class evaluation (the seven metrics and mAD) and the mean over classes.
#include <array>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <utility>

#include "mdd/metrics.h"

namespace mdd {
namespace {

// The seven metrics in protocol order, as pointers so rows can be averaged generically.
constexpr std::array<double ClassMetrics::*, 7> kSevenMetrics = {
    &ClassMetrics::iAuroc, &ClassMetrics::iAp,    &ClassMetrics::iF1max, &ClassMetrics::pAuroc,
    &ClassMetrics::pAp,    &ClassMetrics::pF1max, &ClassMetrics::auPro};

// NaN as soon as one of the seven is undefined: a partial mean would not be comparable
// with the published mAD of other methods.
double meanOfSeven(const ClassMetrics& m) {
  double sum = 0.0;
  for (auto metric : kSevenMetrics) sum += m.*metric;
  return sum / static_cast<double>(kSevenMetrics.size());
}

}  // namespace

ClassEvaluator::ClassEvaluator(std::string className, double auProMaxFpr)
    : className_(std::move(className)), pixels_(auProMaxFpr) {}

void ClassEvaluator::add(float imageScore, const cv::Mat& scoreMap, const cv::Mat& groundTruth,
                         ImageLabel label) {
  if (!std::isfinite(imageScore)) {
    throw std::runtime_error("ClassEvaluator::add (" + className_ + "): image score " +
                             std::to_string(imageScore) + " is not finite");
  }
  // Pixels first: add() validates the map and the mask, and nothing below can throw.
  const std::int64_t defectPixelsBefore = pixels_.defectPixelCount();
  pixels_.add(scoreMap, groundTruth);
  const bool defect = label == ImageLabel::FromMask
                          ? pixels_.defectPixelCount() > defectPixelsBefore
                          : label == ImageLabel::Defect;
  imageScores_.push_back(imageScore);
  imageLabels_.push_back(defect ? 1 : 0);
}

void ClassEvaluator::addImageOnly(float imageScore, bool defect) {
  if (!std::isfinite(imageScore)) {
    throw std::runtime_error("ClassEvaluator::addImageOnly (" + className_ + "): image score " +
                             std::to_string(imageScore) + " is not finite");
  }
  imageScores_.push_back(imageScore);
  imageLabels_.push_back(defect ? 1 : 0);
}

ClassMetrics ClassEvaluator::compute() {
  ClassMetrics m;
  m.className = className_;
  const BinaryCurveMetrics image = imageMetrics(imageScores_, imageLabels_);
  const PixelMetrics pixel = pixels_.compute();
  m.iAuroc = image.auroc;
  m.iAp = image.ap;
  m.iF1max = image.f1max;
  m.pAuroc = pixel.curve.auroc;
  m.pAp = pixel.curve.ap;
  m.pF1max = pixel.curve.f1max;
  m.auPro = pixel.auPro;
  m.mAD = meanOfSeven(m);
  m.images = static_cast<std::int64_t>(imageScores_.size());
  m.defectImages = image.positives;
  m.pixels = pixels_.normalPixelCount() + pixels_.defectPixelCount();
  m.defectPixels = pixels_.defectPixelCount();
  m.regions = pixels_.regionCount();
  return m;
}

ClassMetrics meanOverClasses(const std::vector<ClassMetrics>& classes) {
  ClassMetrics mean;
  mean.className = "mean";
  for (auto metric : kSevenMetrics) {
    double sum = 0.0;
    int defined = 0;
    for (const auto& c : classes) {
      if (isDefined(c.*metric)) {
        sum += c.*metric;
        ++defined;
      }
    }
    mean.*metric = defined > 0 ? sum / defined : kUndefinedMetric;
  }
  mean.mAD = meanOfSeven(mean);
  for (const auto& c : classes) {
    mean.images += c.images;
    mean.defectImages += c.defectImages;
    mean.pixels += c.pixels;
    mean.defectPixels += c.defectPixels;
    mean.regions += c.regions;
  }
  return mean;
}

std::string formatMetricsTable(const std::vector<ClassMetrics>& classes) {
  const auto cell = [](double v) {
    char text[16];
    if (isDefined(v)) {
      std::snprintf(text, sizeof text, "%8.2f", 100.0 * v);
    } else {
      std::snprintf(text, sizeof text, "%8s", "-");
    }
    return std::string(text);
  };
  std::string out =
      "class                 I-AUROC    I-AP I-F1max P-AUROC    P-AP P-F1max  AU-PRO     mAD\n";
  const auto row = [&](const ClassMetrics& m) {
    char name[24];
    std::snprintf(name, sizeof name, "%-20.20s", m.className.c_str());
    out += name;
    for (auto metric : kSevenMetrics) out += cell(m.*metric);
    out += cell(m.mAD) + "\n";
  };
  for (const auto& c : classes) row(c);
  if (classes.size() > 1) row(meanOverClasses(classes));
  return out;
}

}  // namespace mdd
