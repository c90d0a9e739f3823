#pragma once
// Painted defects for the demo dataset. Each painter draws its defect's shape as an
// anti-aliased coverage map (drawn at 4x and averaged down), changes the image in
// proportion to that coverage, and returns the mask = coverage >= 0.5: the pixels at least
// half covered by the defect, which is where the defect is visible.
#include <opencv2/core.hpp>
#include <random>
#include <string>

namespace mdd::data {

enum class DefectKind { Scratch, Crack, Hole, Stain, ForeignPatch };

DefectKind defectKindFromName(const std::string& name);

// Paints into `image` (CV_8UC3) and returns the CV_8U 0/255 mask. `foreign` (CV_8UC3, the
// image's size) is the other material a foreign patch shows; the other kinds ignore it.
cv::Mat paintDefect(DefectKind kind, cv::Mat& image, const cv::Mat& foreign, std::mt19937& rng);

// Shared by the painters (defect_strokes.cpp, defect_regions.cpp).
class CoverageCanvas {
 public:
  static constexpr int kScale = 4;
  explicit CoverageCanvas(cv::Size size);
  cv::Mat& hiRes() { return hi_; }          // CV_8U, kScale x the image size
  cv::Point toHiRes(cv::Point2d p) const;   // image coordinates -> canvas pixels
  int thickness(double imagePixels) const;  // a line width in canvas pixels
  cv::Mat coverage() const;                 // CV_32F in [0, 1], image size

 private:
  cv::Size size_;
  cv::Mat hi_;
};

// image <- image + strength * coverage * (target - image), per pixel; returns the mask.
cv::Mat applyCoverage(cv::Mat& image, const cv::Mat& coverage, const cv::Mat& target,
                      float strength);

// A dark version of the image where the surface under `coverage` is bright (max channel
// mean above `brightAbove`), a light one elsewhere: a line defect must differ from what it
// crosses, whether that is a dark groove on pale wood or a pale fibre break on dark cloth.
cv::Mat contrastingTarget(const cv::Mat& image, const cv::Mat& coverage, double brightAbove,
                          double darkGain, double lightOffset);

cv::Mat paintScratch(cv::Mat& image, std::mt19937& rng);
cv::Mat paintCrack(cv::Mat& image, std::mt19937& rng);
cv::Mat paintHole(cv::Mat& image, std::mt19937& rng);
cv::Mat paintStain(cv::Mat& image, std::mt19937& rng);
cv::Mat paintForeignPatch(cv::Mat& image, const cv::Mat& foreign, std::mt19937& rng);

}  // namespace mdd::data
