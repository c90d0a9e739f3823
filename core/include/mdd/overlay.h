#pragma once
// The heatmap overlay of one result (EVALUATION.md, "Heatmap convention"): the jet colour
// map of the normalised anomaly map (fixed scale: 0.5 is the class's pixel threshold, never
// re-stretched per image) blended over the image, the predicted defect region outlined in
// red, the ground truth in white, and a banner with the verdict and the score. Shared by
// the CLI's exports and the GUI's viewer. Torch-free.
#include <string>

#include <opencv2/core.hpp>

#include "mdd/thresholds.h"

namespace mdd {

struct OverlayOptions {
  double opacity = 0.5;      // weight of the heatmap over the image, in [0, 1]
  double sensitivity = 0.5;  // moves the predicted-defect contour (thresholds.h)
  bool banner = true;        // a strip above the image with `OverlayLabel`
  bool predictedContour = true;
  bool groundTruthContour = true;
};

struct OverlayLabel {
  std::string className;
  Verdict verdict = Verdict::Good;
  double normalizedScore = 0;  // the operator score in [0, 1]
};

// CV_32FC1 map with values in [0, 1] -> CV_8UC3 BGR jet colours (0 blue, 1 red).
cv::Mat jetColors(const cv::Mat& normalizedMap);

// The overlay as a CV_8UC3 BGR image: the image's size, plus the banner's height on top.
// image: CV_8UC3 BGR. rawMap: CV_32FC1 raw anomaly map of the image's size
// (InferenceResult::mapOriginal). groundTruth: CV_8UC1 0/255 of the image's size, or
// empty when unknown. Throws std::invalid_argument for mismatched sizes or types, and
// std::runtime_error when the thresholds are not fitted (thresholds.h validation).
cv::Mat renderOverlay(const cv::Mat& image, const cv::Mat& rawMap, const ClassThresholds& thresholds,
                      const OverlayLabel& label, const cv::Mat& groundTruth = cv::Mat(),
                      const OverlayOptions& options = {});

// "DEFECT  leather  0.87": the banner's text.
std::string overlayBannerText(const OverlayLabel& label);

}  // namespace mdd
