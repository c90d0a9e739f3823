#pragma once
// What predict runs on: image files and folders named on the command line, or the images
// of a dataset split (whose classes and ground-truth masks are known).
#include <string>
#include <vector>

#include "mdd/dataset.h"
#include "mdd/model.h"

namespace mdd::cli {

struct PredictInput {
  std::string path;
  std::string exportName;  // path relative to the folder it was found in: names its exports
  int classIndex = -1;     // the model's class, -1: the memory chooses
  std::string maskPath;    // ground truth, empty when unknown
  MaskRule maskRule = MaskRule::HalfScale;
};

// Files as given; folders searched recursively for .png .jpg .jpeg .bmp .tif .tiff
// .webp, in sorted order. Throws std::runtime_error for a path that does not exist or a
// folder without images.
std::vector<PredictInput> imageInputs(const std::vector<std::string>& paths, int classIndex);

// The split's images of the dataset's classes (already restricted to the model's).
std::vector<PredictInput> datasetInputs(const Dataset& dataset, Split split, const Model& model);

}  // namespace mdd::cli
