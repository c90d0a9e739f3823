#pragma once
// Per-class thresholds as a text table and as JSON, for `thresholds show` and after fits.
#include <string>
#include <vector>

#include "mdd/thresholds.h"

namespace mdd::cli {

// One row per class: method, image and pixel thresholds, score ranges, band; "-" where
// a class has no fitted value.
std::string thresholdsTable(const std::vector<ClassThresholds>& thresholds);
// {"classes": [thresholdsToJson objects; {"class": name, "fitted": false} when unfitted]}
std::string thresholdsJson(const std::vector<ClassThresholds>& thresholds);

}  // namespace mdd::cli
