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
  ImageLabel label = ImageLabel::Normal;  // FromMask with a mask, else the sample's flag
};

// Reads and binarises the sample's mask (DataError naming the file when it cannot).
GroundTruth groundTruthAtModelSize(const Sample& sample, const PreprocessConfig& preprocessing);

}  // namespace mdd
