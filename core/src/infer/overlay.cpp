// renderOverlay: EVALUATION.md's heatmap convention as one image.
#include "mdd/overlay.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <stdexcept>

#include <opencv2/imgproc.hpp>

namespace mdd {
namespace {

const cv::Scalar kPredictedColour(0, 0, 255);       // red (BGR)
const cv::Scalar kGroundTruthColour(255, 255, 255);  // white
const cv::Scalar kBannerText(255, 255, 255);

cv::Scalar bannerColour(Verdict verdict) {
  switch (verdict) {
    case Verdict::Defect: return {40, 40, 190};
    case Verdict::NeedsReview: return {20, 140, 210};
    case Verdict::Good: break;
  }
  return {60, 130, 50};
}

void drawOutline(cv::Mat& image, const cv::Mat& mask, const cv::Scalar& colour, int thickness) {
  std::vector<std::vector<cv::Point>> contours;
  cv::findContours(mask.clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
  cv::drawContours(image, contours, -1, colour, thickness, cv::LINE_8);  // crisp, exact colours
}

cv::Mat banner(int width, const OverlayLabel& label) {
  const int height = std::max(18, width / 14);
  cv::Mat strip(height, width, CV_8UC3, bannerColour(label.verdict));
  const std::string text = overlayBannerText(label);
  const int font = cv::FONT_HERSHEY_SIMPLEX;
  // The largest scale at which the text fits the strip, from its size at scale 1.
  int baseline = 0;
  const cv::Size unit = cv::getTextSize(text, font, 1.0, 1, &baseline);
  const double scale = std::min(0.7 * height / std::max(1, unit.height),
                                0.95 * width / std::max(1, unit.width));
  const int thickness = std::max(1, static_cast<int>(scale * 1.5));
  const cv::Size size = cv::getTextSize(text, font, scale, thickness, &baseline);
  const cv::Point origin((width - size.width) / 2, (height + size.height) / 2);
  cv::putText(strip, text, origin, font, scale, kBannerText, thickness, cv::LINE_AA);
  return strip;
}

}  // namespace

cv::Mat jetColors(const cv::Mat& normalizedMap) {
  if (normalizedMap.empty() || normalizedMap.type() != CV_32FC1)
    throw std::invalid_argument("jetColors: the map must be a non-empty CV_32FC1 image");
  cv::Mat bytes, colours;
  normalizedMap.convertTo(bytes, CV_8U, 255.0);  // saturates outside [0, 1]
  cv::applyColorMap(bytes, colours, cv::COLORMAP_JET);
  return colours;
}

std::string overlayBannerText(const OverlayLabel& label) {
  std::string verdict = toString(label.verdict);
  std::transform(verdict.begin(), verdict.end(), verdict.begin(),
                 [](unsigned char c) { return c == '_' ? ' ' : std::toupper(c); });
  char score[16];
  std::snprintf(score, sizeof score, "%.2f", label.normalizedScore);
  return verdict + "  " + label.className + "  " + score;
}

cv::Mat renderOverlay(const cv::Mat& image, const cv::Mat& rawMap, const ClassThresholds& thresholds,
                      const OverlayLabel& label, const cv::Mat& groundTruth,
                      const OverlayOptions& options) {
  if (image.empty() || image.type() != CV_8UC3)
    throw std::invalid_argument("renderOverlay: the image must be a non-empty CV_8UC3 image");
  if (rawMap.size() != image.size())
    throw std::invalid_argument("renderOverlay: the map is not the image's size");
  if (!groundTruth.empty() && (groundTruth.size() != image.size() || groundTruth.type() != CV_8UC1))
    throw std::invalid_argument("renderOverlay: the ground truth must be CV_8UC1 of the image's size");
  if (!(options.opacity >= 0.0 && options.opacity <= 1.0))
    throw std::invalid_argument("renderOverlay: opacity " + std::to_string(options.opacity) +
                                " is outside [0, 1]");

  cv::Mat out;
  cv::addWeighted(jetColors(normalizedPixelMap(rawMap, thresholds)), options.opacity, image,
                  1.0 - options.opacity, 0.0, out);
  const int thickness = std::max(1, std::min(image.cols, image.rows) / 200);
  if (options.groundTruthContour && !groundTruth.empty())
    drawOutline(out, groundTruth, kGroundTruthColour, thickness);
  if (options.predictedContour)
    drawOutline(out, predictedDefectMask(rawMap, thresholds, options.sensitivity),
                kPredictedColour, thickness);
  if (!options.banner) return out;
  cv::Mat withBanner;
  cv::vconcat(banner(image.cols, label), out, withBanner);
  return withBanner;
}

}  // namespace mdd
