#include "mdd/preprocess.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

namespace mdd {
namespace {

void validate(const PreprocessConfig& c) {
  if (c.width <= 0 || c.height <= 0)
    throw std::invalid_argument("preprocess: width and height must be positive");
  for (float s : c.std)
    if (!(s > 0.f)) throw std::invalid_argument("preprocess: every std must be positive");
}

int roundedAtLeastOne(double v) { return std::max(1, int(std::lround(v))); }

// Area averaging when shrinking (no aliasing), bilinear when enlarging.
int interpolationFor(cv::Size from, cv::Size to) {
  return to.width <= from.width && to.height <= from.height ? cv::INTER_AREA : cv::INTER_LINEAR;
}

cv::Mat resized(const cv::Mat& m, cv::Size to, int interpolation) {
  if (m.size() == to) return m.clone();
  cv::Mat out;
  cv::resize(m, out, to, 0, 0, interpolation);
  return out;
}

// Standardises x (CV_32FC3, values in [0, 1]) in place; see PreprocessConfig.
void standardise(cv::Mat& x, const PreprocessConfig& c) {
  cv::Scalar mean, stddev;
  cv::meanStdDev(x.reshape(1), mean, stddev);
  const double targetMean = (c.mean[0] + c.mean[1] + c.mean[2]) / 3.0;
  const double targetStd = (c.std[0] + c.std[1] + c.std[2]) / 3.0;
  const double s = std::max(stddev[0], 1e-6);  // a flat image just gets shifted
  x.convertTo(x, CV_32F, targetStd / s, targetMean - mean[0] * targetStd / s);
}

}  // namespace

ResizeGeometry resizeGeometry(cv::Size original, const PreprocessConfig& c) {
  validate(c);
  if (original.width <= 0 || original.height <= 0)
    throw std::invalid_argument("preprocess: the image is empty");
  ResizeGeometry g;
  g.sourceRect = cv::Rect(cv::Point(0, 0), original);
  g.targetRect = cv::Rect(0, 0, c.width, c.height);
  const double sx = double(c.width) / original.width, sy = double(c.height) / original.height;
  if (c.resize == ResizeMode::Letterbox) {
    const double s = std::min(sx, sy);
    const int w = std::min(c.width, roundedAtLeastOne(original.width * s));
    const int h = std::min(c.height, roundedAtLeastOne(original.height * s));
    g.targetRect = cv::Rect((c.width - w) / 2, (c.height - h) / 2, w, h);
  } else if (c.resize == ResizeMode::ShortSideCentreCrop) {
    const double s = std::max(sx, sy);
    const int w = std::min(original.width, roundedAtLeastOne(c.width / s));
    const int h = std::min(original.height, roundedAtLeastOne(c.height / s));
    g.sourceRect = cv::Rect((original.width - w) / 2, (original.height - h) / 2, w, h);
  }
  return g;
}

cv::Mat resizeToModel(const cv::Mat& bgr8, const PreprocessConfig& c) {
  if (bgr8.empty() || bgr8.type() != CV_8UC3)
    throw std::invalid_argument("preprocess: expected a non-empty CV_8UC3 BGR image");
  const ResizeGeometry g = resizeGeometry(bgr8.size(), c);
  const cv::Mat source = bgr8(g.sourceRect);
  cv::Mat out(c.height, c.width, CV_8UC3, cv::Scalar::all(0));
  const cv::Mat content =
      resized(source, g.targetRect.size(), interpolationFor(source.size(), g.targetRect.size()));
  content.copyTo(out(g.targetRect));
  return out;
}

cv::Mat normaliseContent(const cv::Mat& modelBgr8, cv::Rect rect, const PreprocessConfig& c) {
  validate(c);
  if (modelBgr8.type() != CV_8UC3 || modelBgr8.cols != c.width || modelBgr8.rows != c.height)
    throw std::invalid_argument("normaliseContent: expected a CV_8UC3 image of the model's size");
  if ((rect & cv::Rect(0, 0, c.width, c.height)) != rect || rect.empty())
    throw std::invalid_argument("normaliseContent: the content rectangle is outside the image");
  cv::Mat content;
  if (c.channelOrder == ChannelOrder::RGB) cv::cvtColor(modelBgr8(rect), content, cv::COLOR_BGR2RGB);
  else content = modelBgr8(rect).clone();
  content.convertTo(content, CV_32F, 1.0 / 255.0);
  if (c.perImageStandardise) standardise(content, c);
  content -= cv::Scalar(c.mean[0], c.mean[1], c.mean[2]);
  cv::divide(content, cv::Scalar(c.std[0], c.std[1], c.std[2]), content);
  if (c.reflectBorders && rect.size() != cv::Size(c.width, c.height)) {
    cv::Mat out;
    cv::copyMakeBorder(content, out, rect.y, c.height - rect.y - rect.height, rect.x,
                       c.width - rect.x - rect.width, cv::BORDER_REFLECT_101);
    return out;
  }
  cv::Mat out(c.height, c.width, CV_32FC3, cv::Scalar::all(0));
  content.copyTo(out(rect));
  return out;
}

cv::Mat preprocess(const cv::Mat& bgr8, const PreprocessConfig& c) {
  const cv::Mat placed = resizeToModel(bgr8, c);
  return normaliseContent(placed, resizeGeometry(bgr8.size(), c).targetRect, c);
}

cv::Mat preprocessMask(const cv::Mat& mask, const PreprocessConfig& c) {
  if (mask.empty() || mask.type() != CV_8UC1)
    throw std::invalid_argument("preprocessMask: expected a non-empty CV_8U mask");
  const ResizeGeometry g = resizeGeometry(mask.size(), c);
  const cv::Mat content = resized(mask(g.sourceRect), g.targetRect.size(), cv::INTER_AREA);
  cv::Mat out = cv::Mat::zeros(c.height, c.width, CV_8U);
  cv::Mat binary = content >= 128;
  binary.copyTo(out(g.targetRect));
  return out;
}

cv::Mat mapToOriginal(const cv::Mat& modelMap, cv::Size original, const PreprocessConfig& c,
                      float outside) {
  if (modelMap.type() != CV_32FC1 || modelMap.cols != c.width || modelMap.rows != c.height)
    throw std::invalid_argument("mapToOriginal: expected a CV_32F map of the model's size");
  const ResizeGeometry g = resizeGeometry(original, c);
  cv::Mat out(original, CV_32F, cv::Scalar(outside));
  const cv::Mat seen = resized(modelMap(g.targetRect), g.sourceRect.size(), cv::INTER_LINEAR);
  seen.copyTo(out(g.sourceRect));
  return out;
}

}  // namespace mdd
