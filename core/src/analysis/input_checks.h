#pragma once
// Argument checks shared by the analysis functions: each throws std::invalid_argument whose
// message starts with `where` and says what to pass instead.
#include <cstddef>
#include <vector>

#include "mdd/analysis.h"

namespace mdd::analysis {

// Every value finite.
void requireFinite(const FloatMatrix& points, const char* where);

// One label per point.
void requireOneLabelPerPoint(const FloatMatrix& points, const std::vector<int>& labels,
                             const char* where);

}  // namespace mdd::analysis
