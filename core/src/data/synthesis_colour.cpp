// Whether an image is grey, so that synthesis paints grey anomalies on it.
#include <opencv2/core.hpp>

#include "mdd/synthesis.h"

namespace mdd {

bool looksGrey(const cv::Mat& bgr8) {
  if (bgr8.empty() || bgr8.type() != CV_8UC3) return false;
  std::vector<cv::Mat> c;
  cv::split(bgr8, c);
  const cv::Mat hi = cv::max(cv::max(c[0], c[1]), c[2]);
  const cv::Mat lo = cv::min(cv::min(c[0], c[1]), c[2]);
  return cv::mean(hi - lo)[0] < 2.0;
}

}  // namespace mdd
