#pragma once
// The plain folder layout, for a user's own images (docs/DATA.md):
//   root/good/                 normal images; a seeded share is held out as test images
//   root/<defect>/             one folder per defect type, all test images
//   root/masks/<defect>/<stem>[_mask].<ext>   optional; "ground_truth" may replace "masks",
//   root/masks/<stem>[_mask].<ext>            and masks may also sit directly in it
#include <cstdint>
#include <string>

#include "data/reader_common.h"

namespace mdd::data {

bool isFolderLayout(const fs::path& root);

ReadResult readFolderLayout(const fs::path& root, const std::string& className, double testFraction,
                            std::uint64_t seed, LoadReport& report);

}  // namespace mdd::data
