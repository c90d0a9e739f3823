// Whether the training images are grey, so that synthesis paints grey anomalies on them.
#include <algorithm>

#include <opencv2/core.hpp>

#include "mdd/image_io.h"
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

SynthesisColour resolveSynthesisColour(SynthesisColour colour,
                                       const std::vector<std::string>& trainingImages) {
  if (colour != SynthesisColour::FollowData) return colour;
  if (trainingImages.empty()) return SynthesisColour::Colour;
  const std::size_t looks = std::min<std::size_t>(32, trainingImages.size());
  for (std::size_t k = 0; k < looks; ++k) {
    if (!looksGrey(readImage(trainingImages[k * trainingImages.size() / looks])))
      return SynthesisColour::Colour;
  }
  return SynthesisColour::Grey;
}

}  // namespace mdd
