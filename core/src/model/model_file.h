#pragma once
// Model file internals shared with checkpoints (a checkpoint is a model file plus the
// optimizer's state and the run's position).
#include <string>

#include <nlohmann/json.hpp>

#include "io/tensor_archive.h"
#include "mdd/model.h"

namespace mdd {

inline constexpr const char* kModelFileKind = "mddnet-model";
inline constexpr const char* kCheckpointKind = "mddnet-checkpoint";

// The header a model file of `model` gets (kind = kModelFileKind).
nlohmann::json modelFileHeader(const Model& model);
// Adds the model's weights to `writer`.
void addModelTensors(const Model& model, io::TensorArchiveWriter& writer);
// Builds a model from an opened archive whose kind is `kind`; tensors whose name starts
// with `extraPrefix` (non-empty) belong to someone else and are skipped.
Model modelFromArchive(const io::TensorArchive& archive, const std::string& device,
                       const std::string& kind, const std::string& extraPrefix = {});

}  // namespace mdd
