#pragma once
// Opening every listed file once while loading, so that a broken file is reported with its
// path up front instead of failing a training run hours later.
#include <vector>

#include "mdd/dataset.h"

namespace mdd::data {

// Drops samples whose image cannot be read; clears maskPath where the mask cannot be read
// or its size differs from the image's. Every problem goes to `report` as an error.
void checkSampleFiles(std::vector<Sample>& samples, ImageCheck check, LoadReport& report);

}  // namespace mdd::data
