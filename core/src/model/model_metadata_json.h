#pragma once
// ModelMetadata <-> JSON for the model file header.
#include <nlohmann/json.hpp>

#include "mdd/model.h"

namespace mdd {

nlohmann::json metadataToJson(const ModelMetadata& metadata);
// Throws std::runtime_error naming the bad field.
ModelMetadata metadataFromJson(const nlohmann::json& json);

}  // namespace mdd
