// A rough object/background split, so that object classes get their synthetic anomalies on
// the object rather than on the background. It needs no per-class tuning because objects in
// inspection images sit on a fairly uniform background that touches the image border.
#include <algorithm>
#include <array>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

#include "mdd/synthesis.h"

namespace mdd {
namespace {

constexpr double kMinObjectShare = 0.05;
constexpr double kMaxObjectShare = 0.90;
// A background must be uniform: when more than this share of the border ring already reads
// as "object", the image is a texture (or the object fills the frame).
constexpr double kMaxBorderObjectShare = 0.2;

int ringWidth(const cv::Mat& m) { return std::max(1, std::min(m.cols, m.rows) / 32); }

cv::Mat borderRing(cv::Size size, int ring) {
  cv::Mat m(size, CV_8U, cv::Scalar(255));
  m(cv::Rect(ring, ring, std::max(0, size.width - 2 * ring), std::max(0, size.height - 2 * ring)))
      .setTo(0);
  return m;
}

// Per-channel median of a thin ring along the image border.
cv::Vec3f borderColour(const cv::Mat& bgr, const cv::Mat& ring) {
  std::array<std::vector<std::uint8_t>, 3> values;
  for (int y = 0; y < bgr.rows; ++y) {
    for (int x = 0; x < bgr.cols; ++x) {
      if (!ring.at<std::uint8_t>(y, x)) continue;
      const cv::Vec3b& p = bgr.at<cv::Vec3b>(y, x);
      for (int c = 0; c < 3; ++c) values[c].push_back(p[c]);
    }
  }
  cv::Vec3f median;
  for (int c = 0; c < 3; ++c) {
    auto mid = values[c].begin() + values[c].size() / 2;
    std::nth_element(values[c].begin(), mid, values[c].end());
    median[c] = *mid;
  }
  return median;
}

// Flood the background from the border; whatever it does not reach is inside the object.
void fillHoles(cv::Mat& mask) {
  cv::Mat padded;
  cv::copyMakeBorder(mask, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
  cv::floodFill(padded, cv::Point(0, 0), cv::Scalar(128));
  const cv::Mat inner = padded(cv::Rect(1, 1, mask.cols, mask.rows));
  mask.setTo(255, inner == 0);
}

}  // namespace

cv::Mat estimateForeground(const cv::Mat& bgr8) {
  if (bgr8.empty() || bgr8.type() != CV_8UC3)
    throw std::invalid_argument("estimateForeground: expected a CV_8UC3 image");
  const cv::Mat whole(bgr8.size(), CV_8U, cv::Scalar(255));
  const cv::Mat ring = borderRing(bgr8.size(), ringWidth(bgr8));
  const cv::Vec3f bg = borderColour(bgr8, ring);
  cv::Mat asFloat, diff;
  bgr8.convertTo(asFloat, CV_32FC3);
  cv::absdiff(asFloat, cv::Scalar(bg[0], bg[1], bg[2]), diff);
  std::vector<cv::Mat> planes;
  cv::split(diff, planes);
  cv::Mat distance = cv::max(cv::max(planes[0], planes[1]), planes[2]);
  cv::Mat distance8;
  distance.convertTo(distance8, CV_8U);
  const int blur = (std::max(3, std::min(bgr8.cols, bgr8.rows) / 50)) | 1;
  cv::GaussianBlur(distance8, distance8, cv::Size(blur, blur), 0);
  cv::Mat mask;
  cv::threshold(distance8, mask, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
  const double borderShare = cv::countNonZero(mask & ring) / double(cv::countNonZero(ring));
  if (borderShare > kMaxBorderObjectShare) return whole;
  const cv::Mat kernel =
      cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(blur * 2 + 1, blur * 2 + 1));
  cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, kernel);
  cv::morphologyEx(mask, mask, cv::MORPH_OPEN, kernel);
  fillHoles(mask);
  const double share = cv::countNonZero(mask) / double(mask.total());
  if (share < kMinObjectShare || share > kMaxObjectShare) return whole;
  return mask;
}

}  // namespace mdd
