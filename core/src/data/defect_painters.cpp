#include "data/defect_painters.h"

#include <opencv2/imgproc.hpp>

#include "mdd/data_error.h"

namespace mdd::data {

DefectKind defectKindFromName(const std::string& name) {
  if (name == "scratch") return DefectKind::Scratch;
  if (name == "crack") return DefectKind::Crack;
  if (name == "hole") return DefectKind::Hole;
  if (name == "stain") return DefectKind::Stain;
  if (name == "foreign_patch") return DefectKind::ForeignPatch;
  throw DataError("unknown demo defect kind '" + name + "'");
}

cv::Mat paintDefect(DefectKind kind, cv::Mat& image, const cv::Mat& foreign, std::mt19937& rng) {
  switch (kind) {
    case DefectKind::Scratch:
      return paintScratch(image, rng);
    case DefectKind::Crack:
      return paintCrack(image, rng);
    case DefectKind::Hole:
      return paintHole(image, rng);
    case DefectKind::Stain:
      return paintStain(image, rng);
    case DefectKind::ForeignPatch:
      return paintForeignPatch(image, foreign, rng);
  }
  return {};
}

CoverageCanvas::CoverageCanvas(cv::Size size)
    : size_(size), hi_(cv::Mat::zeros(size * kScale, CV_8U)) {}

cv::Point CoverageCanvas::toHiRes(cv::Point2d p) const {
  return cv::Point(int(std::lround(p.x * kScale)), int(std::lround(p.y * kScale)));
}

int CoverageCanvas::thickness(double imagePixels) const {
  return std::max(1, int(std::lround(imagePixels * kScale)));
}

cv::Mat CoverageCanvas::coverage() const {
  cv::Mat small, out;
  cv::resize(hi_, small, size_, 0, 0, cv::INTER_AREA);
  small.convertTo(out, CV_32F, 1.0 / 255.0);
  return out;
}

cv::Mat contrastingTarget(const cv::Mat& image, const cv::Mat& coverage, double brightAbove,
                          double darkGain, double lightOffset) {
  cv::Mat brightness;
  cv::Mat planes[3];
  cv::split(image, planes);
  brightness = cv::max(cv::max(planes[0], planes[1]), planes[2]);
  brightness.convertTo(brightness, CV_32F);
  const double weight = cv::sum(coverage)[0];
  const double under = weight > 0 ? cv::sum(brightness.mul(coverage))[0] / weight : 0.0;
  cv::Mat target;
  if (under > brightAbove)
    image.convertTo(target, -1, darkGain, 0);
  else
    image.convertTo(target, -1, 1.0, lightOffset);
  return target;
}

cv::Mat applyCoverage(cv::Mat& image, const cv::Mat& coverage, const cv::Mat& target,
                      float strength) {
  for (int y = 0; y < image.rows; ++y) {
    cv::Vec3b* px = image.ptr<cv::Vec3b>(y);
    const cv::Vec3b* t = target.ptr<cv::Vec3b>(y);
    const float* a = coverage.ptr<float>(y);
    for (int x = 0; x < image.cols; ++x) {
      const float w = strength * a[x];
      if (w <= 0.f) continue;
      for (int c = 0; c < 3; ++c)
        px[x][c] = cv::saturate_cast<std::uint8_t>(px[x][c] + w * (float(t[x][c]) - px[x][c]));
    }
  }
  return coverage >= 0.5f;
}

}  // namespace mdd::data
