#pragma once
// Loading the dataset roots given on a command line, and matching its classes with a
// model's, the same way for every subcommand.
#include <iosfwd>
#include <string>
#include <vector>

#include "mdd/dataset.h"
#include "mdd/model.h"

namespace mdd::cli {

// The validation split depends on this fraction and the seed 0: train, eval and
// thresholds must use the same fraction to see the same validation images.
constexpr double kDefaultValidationFraction = 0.1;

// Loads and combines `roots` (layouts detected). Problems with single files are printed
// as warnings on `log` and loading carries on; a missing root throws naming it.
Dataset loadDatasetRoots(const std::vector<std::string>& roots, double validationFraction,
                         std::ostream& log);

// Keeps only the samples of `classes` (all of the dataset's when empty). Throws
// UsageError for a class that is not the model's, and std::runtime_error when a class
// left is not one of the model's (naming it and the model's classes).
void keepModelClasses(Dataset& dataset, const Model& model, const std::vector<std::string>& classes);

// "a, b, c"
std::string joinNames(const std::vector<std::string>& names);

}  // namespace mdd::cli
