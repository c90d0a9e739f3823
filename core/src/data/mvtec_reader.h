#pragma once
// MVTec AD layout: <category>/train/good, <category>/test/<type>,
// <category>/ground_truth/<type>/<stem>_mask.png.
#include <string>
#include <vector>

#include "data/reader_common.h"

namespace mdd::data {

// True when `dir` looks like one MVTec category (train/good, or test/ with ground_truth/).
bool isMvtecCategory(const fs::path& dir);

// One category folder; the class is `className`.
ReadResult readMvtecCategory(const fs::path& root, const std::string& className,
                             LoadReport& report);

// A root holding many category folders; each category is one class. `only` filters them.
ReadResult readMvtecMulti(const fs::path& root, const std::vector<std::string>& only,
                          LoadReport& report);

}  // namespace mdd::data
