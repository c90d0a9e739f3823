#pragma once
// What a sample's anomaly map and score are measured against: its mask at the model's
// input geometry (empty for an image without one) and how its image label is decided.
// The one rule every evaluation, threshold fit and benchmark shares. Torch-free.
#include <opencv2/core.hpp>

#include "mdd/dataset.h"
#include "mdd/metrics.h"
#include "mdd/preprocess.h"

namespace mdd {

struct GroundTruth {
  cv::Mat mask;  // CV_8U 0/255 at the model's input size; empty without a mask file
  // The part of the model input that shows the image (resizeGeometry's targetRect): all of
  // it but for letterbox borders, which are no part of the image and are not scored.
  cv::Rect content;
  ImageLabel label = ImageLabel::Normal;  // Defect when the sample's flag says so, else FromMask
                                          // with a mask, else Normal
};

// Reads and binarises the sample's mask (DataError naming the file when it cannot).
GroundTruth groundTruthAtModelSize(const Sample& sample, const PreprocessConfig& preprocessing);

// Adds one image to an evaluator: its score, and its model-size map and mask restricted
// to truth.content.
void addToEvaluator(ClassEvaluator& evaluator, float score, const cv::Mat& modelMap,
                    const GroundTruth& truth);

}  // namespace mdd
