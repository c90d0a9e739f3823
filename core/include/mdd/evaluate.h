#pragma once
// Running a model over a dataset split: per-image results and the benchmark metrics per
// class (docs/EVALUATION.md). Torch-free.
#include <string>
#include <vector>

#include "mdd/dataset.h"
#include "mdd/metrics.h"
#include "mdd/model.h"
#include "mdd/progress.h"
#include "mdd/thresholds.h"

namespace mdd {

struct ImageResult {
  std::string path;
  std::string className;   // the dataset's class
  std::string defectType;  // "good" for normal images
  bool anomalous = false;  // ground truth
  int classIndex = -1;     // the dataset's class as the model's index
  int usedClass = -1;      // the class whose memory and thresholds were used
  int predictedClass = -1; // the memory's prediction (-1 without memory)
  float score = 0;         // raw image score
  double normalizedScore = 0;
  Verdict verdict = Verdict::Good;
};

struct EvaluationOptions {
  Split split = Split::Test;
  int batchSize = 8;
  bool giveClass = true;     // tell the model each image's class (else it predicts it)
  double sensitivity = 0.5;  // for verdicts
};

struct EvaluationReport {
  std::vector<ClassMetrics> classes;  // one per class with images in the split
  ClassMetrics mean;
  std::vector<ImageResult> images;
  double classAccuracy = 0;  // share of images whose class the memory predicted right
  double seconds = 0;
  bool cancelled = false;
};

EvaluationReport evaluateModel(const Model& model, const Dataset& dataset,
                               const EvaluationOptions& options, const ProgressFn& progress,
                               const CancelToken& cancel);

}  // namespace mdd
