#pragma once
// ClassThresholds <-> nlohmann::json, for the model file writer, which embeds one object
// per class in its JSON header. The public API (mdd/thresholds.h) offers the string form.
#include <nlohmann/json.hpp>

#include "mdd/thresholds.h"

namespace mdd::eval {

// Validates first: invalid thresholds are never written.
nlohmann::json thresholdsToJsonValue(const ClassThresholds& thresholds);
// Throws std::runtime_error naming the missing or bad field; validates what it read.
ClassThresholds thresholdsFromJsonValue(const nlohmann::json& value);

}  // namespace mdd::eval
