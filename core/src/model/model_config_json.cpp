// ModelConfig <-> JSON. Enums are written as words so model files stay readable and
// survive reordering of the C++ enums. Missing fields keep their defaults, so files
// written before a field existed still load.
#include <cmath>
#include <string>
#include <nlohmann/json.hpp>

#include "mdd/model_config.h"

namespace mdd {

NLOHMANN_JSON_SERIALIZE_ENUM(UpsampleMode, {{UpsampleMode::TransposedConv, "transposed_conv"},
                                            {UpsampleMode::Bilinear, "bilinear"}})
NLOHMANN_JSON_SERIALIZE_ENUM(InputResize, {{InputResize::Squash, "squash"},
                                           {InputResize::Letterbox, "letterbox"},
                                           {InputResize::ShortSideCentreCrop, "short_side_centre_crop"}})
NLOHMANN_JSON_SERIALIZE_ENUM(CosineMode, {{CosineMode::Flattened, "flattened"},
                                          {CosineMode::PerPixel, "per_pixel"}})
NLOHMANN_JSON_SERIALIZE_ENUM(MapFusion, {{MapFusion::Sum, "sum"},
                                         {MapFusion::Product, "product"},
                                         {MapFusion::NormalisedSum, "normalised_sum"}})
NLOHMANN_JSON_SERIALIZE_ENUM(ScoreRule, {{ScoreRule::Max, "max"},
                                         {ScoreRule::TopPercentMean, "top_percent_mean"},
                                         {ScoreRule::PooledMax, "pooled_max"}})
NLOHMANN_JSON_SERIALIZE_ENUM(MapSource, {{MapSource::Fused, "fused"},
                                         {MapSource::TeacherRestoration, "teacher_restoration"},
                                         {MapSource::RestorationIdentity, "restoration_identity"}})
NLOHMANN_JSON_SERIALIZE_ENUM(MapDistance, {{MapDistance::Cosine, "cosine"},
                                           {MapDistance::RelativeSquared, "relative_squared"}})
NLOHMANN_JSON_SERIALIZE_ENUM(ClassSource, {{ClassSource::Given, "given"},
                                           {ClassSource::Predicted, "predicted"}})

NLOHMANN_JSON_SERIALIZE_ENUM(LetterboxFill, {{LetterboxFill::Mean, "mean"},
                                             {LetterboxFill::Reflect, "reflect"}})
NLOHMANN_JSON_SERIALIZE_ENUM(CellPlacement, {{CellPlacement::ReceptiveField, "receptive_field"},
                                             {CellPlacement::Stretched, "stretched"}})

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(MemoryConfig, enabled, itemsPerClass, temperature,
                                                shrinkThreshold, scales)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(NetworkConfig, backbone, inputWidth, inputHeight,
                                                resize, letterboxFill, perImageStandardise, neckChannels, codeChannels, neckBlocks,
                                                decoderWidths, decoderBlocks, upsample, neckPerPath, memory)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(LossConfig, restoration, identity, distillation,
                                                memoryClass, memoryReconstruction, cosine)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(MapConfig, fusion, source, fusionWeight,
                                                teacherRestorationScale,
                                                restorationIdentityScale, gaussianSigma,
                                                scoreRule, topPercent, poolSize, classSource,
                                                cellPlacement, scaleWeights, distance,
                                                featurePooling)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ModelConfig, network, loss, maps, classNames)

std::string toJson(const ModelConfig& config) { return nlohmann::json(config).dump(2); }

namespace {

// The integer settings are read with nlohmann's get<int>(), which casts a float without a
// range check: 1e300 would be undefined behaviour. No setting is anywhere near 2^31, so a
// number that large is refused wherever it appears.
void rejectHugeNumbers(const nlohmann::json& j) {
  if (j.is_number_float() && !(std::fabs(j.get<double>()) < 2147483648.0))
    throw std::invalid_argument("invalid model configuration: the number " + j.dump() +
                                " is out of range");
  if (j.is_structured())
    for (const auto& item : j) rejectHugeNumbers(item);
}

}  // namespace

ModelConfig modelConfigFromJson(const std::string& text) {
  try {
    const auto json = nlohmann::json::parse(text);
    rejectHugeNumbers(json);
    auto config = json.get<ModelConfig>();
    if (config.maps.featurePooling < 1 || config.maps.featurePooling % 2 == 0)
      throw std::invalid_argument("invalid model configuration: maps.featurePooling must be an "
                                  "odd number of cells (1, 3, 5, ...), not " +
                                  std::to_string(config.maps.featurePooling));
    return config;
  } catch (const nlohmann::json::exception& e) {
    throw std::invalid_argument(std::string("invalid model configuration: ") + e.what());
  }
}

}  // namespace mdd
