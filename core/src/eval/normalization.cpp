// Raw score -> operator score, decisions and verdicts (anomalib's min-max normalisation,
// see mdd/thresholds.h), plus validation of the plain ClassThresholds data.
#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "mdd/thresholds.h"

namespace mdd {
namespace {

[[noreturn]] void fail(const ClassThresholds& t, const std::string& problem) {
  throw std::runtime_error("thresholds of class '" + t.className + "': " + problem +
                           "; refit the class or correct the model file");
}

void requireFinite(const ClassThresholds& t, double value, const char* field) {
  if (!std::isfinite(value)) fail(t, std::string(field) + " is " + std::to_string(value));
}

void requireRange(const ClassThresholds& t, double min, double max, const char* level) {
  if (max < min) {
    fail(t, std::string(level) + " max " + std::to_string(max) + " is below its min " +
                std::to_string(min));
  }
}

void requireSensitivity(double sensitivity) {
  if (!(sensitivity >= 0.0 && sensitivity <= 1.0)) {
    throw std::runtime_error("sensitivity " + std::to_string(sensitivity) +
                             " is outside [0, 1] (0.5 decides at the fitted threshold)");
  }
}

// Loops in double, not cv::Mat arithmetic in float, so a pixel just above the threshold is
// never rounded onto it: the mask must agree with the raw rule x > t.
template <class PerPixel>
void forEachPixel(const cv::Mat& rawMap, PerPixel&& perPixel) {
  if (rawMap.empty() || rawMap.type() != CV_32FC1) {
    throw std::runtime_error("normalisation: the raw map must be a non-empty CV_32FC1 image");
  }
  for (int row = 0; row < rawMap.rows; ++row) {
    const float* raw = rawMap.ptr<float>(row);
    for (int col = 0; col < rawMap.cols; ++col) perPixel(row, col, static_cast<double>(raw[col]));
  }
}

}  // namespace

void validate(const ClassThresholds& t) {
  requireFinite(t, t.imageThreshold, "imageThreshold");
  requireFinite(t, t.pixelThreshold, "pixelThreshold");
  requireFinite(t, t.imageMin, "imageMin");
  requireFinite(t, t.imageMax, "imageMax");
  requireFinite(t, t.pixelMin, "pixelMin");
  requireFinite(t, t.pixelMax, "pixelMax");
  requireRange(t, t.imageMin, t.imageMax, "image");
  requireRange(t, t.pixelMin, t.pixelMax, "pixel");
  if (!(t.targetFpr >= 0.0 && t.targetFpr <= 1.0)) {
    fail(t, "targetFpr " + std::to_string(t.targetFpr) + " is outside [0, 1]");
  }
  if (t.imageBand) {
    requireFinite(t, t.imageBand->lower, "imageBand.lower (T1)");
    requireFinite(t, t.imageBand->upper, "imageBand.upper (T2)");
    if (t.imageBand->lower > t.imageBand->upper) {
      fail(t, "band T1 " + std::to_string(t.imageBand->lower) + " exceeds T2 " +
                  std::to_string(t.imageBand->upper) + " (needs T1 <= T2)");
    }
  }
}

double normalizeScore(double rawScore, double threshold, double min, double max) {
  if (std::isnan(rawScore) || std::isnan(threshold) || std::isnan(min) || std::isnan(max)) {
    throw std::runtime_error("normalizeScore: NaN among score " + std::to_string(rawScore) +
                             ", threshold " + std::to_string(threshold) + ", range [" +
                             std::to_string(min) + ", " + std::to_string(max) + "]");
  }
  if (max < min) {
    throw std::runtime_error("normalizeScore: max " + std::to_string(max) + " is below min " +
                             std::to_string(min));
  }
  if (max == min) return rawScore > threshold ? 1.0 : rawScore < threshold ? 0.0 : 0.5;
  return std::clamp((rawScore - threshold) / (max - min) + 0.5, 0.0, 1.0);
}

double normalizedImageScore(double rawScore, const ClassThresholds& t) {
  return normalizeScore(rawScore, t.imageThreshold, t.imageMin, t.imageMax);
}

double normalizedPixelScore(double rawScore, const ClassThresholds& t) {
  return normalizeScore(rawScore, t.pixelThreshold, t.pixelMin, t.pixelMax);
}

cv::Mat normalizedPixelMap(const cv::Mat& rawMap, const ClassThresholds& t) {
  validate(t);
  cv::Mat out(rawMap.size(), CV_32FC1);
  forEachPixel(rawMap, [&](int row, int col, double raw) {
    out.at<float>(row, col) = static_cast<float>(normalizedPixelScore(raw, t));
  });
  return out;
}

bool isDefect(double normalizedScore, double sensitivity) {
  requireSensitivity(sensitivity);
  if (std::isnan(normalizedScore)) throw std::runtime_error("isDefect: the score is NaN");
  return normalizedScore > 1.0 - sensitivity;
}

Verdict imageVerdict(double rawScore, const ClassThresholds& t, double sensitivity) {
  requireSensitivity(sensitivity);
  validate(t);
  if (!t.imageBand) {
    return isDefect(normalizedImageScore(rawScore, t), sensitivity) ? Verdict::Defect
                                                                    : Verdict::Good;
  }
  if (std::isnan(rawScore)) throw std::runtime_error("imageVerdict: the score is NaN");
  // The slider shifts each band edge as it shifts t: by (0.5 - s) of the score range.
  const double shift = (0.5 - sensitivity) * (t.imageMax - t.imageMin);
  if (rawScore > t.imageBand->upper + shift) return Verdict::Defect;
  if (rawScore > t.imageBand->lower + shift) return Verdict::NeedsReview;
  return Verdict::Good;
}

cv::Mat predictedDefectMask(const cv::Mat& rawMap, const ClassThresholds& t, double sensitivity) {
  requireSensitivity(sensitivity);
  validate(t);
  cv::Mat mask(rawMap.size(), CV_8UC1);
  forEachPixel(rawMap, [&](int row, int col, double raw) {
    mask.at<std::uint8_t>(row, col) = normalizedPixelScore(raw, t) > 1.0 - sensitivity ? 255 : 0;
  });
  return mask;
}

}  // namespace mdd
