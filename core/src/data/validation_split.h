#pragma once
#include <cstdint>
#include <vector>

#include "mdd/dataset.h"

namespace mdd::data {

// Moves round(fraction * n) of each class's n normal training images to Split::Validation
// (at least one and at most n - 1 when fraction > 0 and n >= 2). Which ones depends only on
// the seed, the class name and the class's image paths, not on other classes or on order.
void carveValidationSplit(std::vector<Sample>& samples, double fraction, std::uint64_t seed);

}  // namespace mdd::data
