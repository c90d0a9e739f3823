#pragma once
// Refitting a trained model's per-class thresholds on a dataset split with a chosen method
// (thresholds.h), without retraining: the model runs over the split once and every class's
// image and pixel scores feed fitClassThresholds. Torch-free.
#include <string>
#include <vector>

#include "mdd/dataset.h"
#include "mdd/metrics.h"
#include "mdd/model.h"
#include "mdd/progress.h"
#include "mdd/thresholds.h"

namespace mdd {

struct ThresholdFitOptions {
  ThresholdOptions method;             // F1Optimal needs defect images in the split
  Split split = Split::Validation;     // fitting on Test makes later test metrics optimistic
  std::vector<std::string> classes;    // empty: every class of the model
  int batchSize = 8;
};

struct ThresholdFitResult {
  std::vector<ClassThresholds> thresholds;  // one per fitted class, in the model's order
  std::vector<ClassMetrics> metrics;        // of the same images, per fitted class
  bool cancelled = false;
};

// Throws std::invalid_argument naming the class for a class the model does not know or one
// without images in the split, and std::runtime_error (from thresholds.h) when the method
// cannot be fitted on what the split holds.
ThresholdFitResult fitModelThresholds(const Model& model, const Dataset& dataset,
                                      const ThresholdFitOptions& options,
                                      const ProgressFn& progress, const CancelToken& cancel);

}  // namespace mdd
