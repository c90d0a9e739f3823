#pragma once
// VisA layout: root/split_csv/1cls.csv with columns object,split,label,image,mask; image and
// mask paths relative to the root; masks are label maps (binarised with MaskRule::NonZero).
#include <string>
#include <vector>

#include "data/reader_common.h"

namespace mdd::data {

fs::path visaSplitFile(const fs::path& root);

// Every object in the CSV is one class (sorted by name); `only` filters them.
ReadResult readVisa(const fs::path& root, const std::vector<std::string>& only, LoadReport& report);

}  // namespace mdd::data
