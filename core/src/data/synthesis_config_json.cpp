// SynthesisConfig <-> the "synthesis" section of a --config file. Enums as words; missing
// fields keep their defaults.
#include <cmath>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "mdd/synthesis.h"

namespace mdd {

NLOHMANN_JSON_SERIALIZE_ENUM(SynthesisColour, {{SynthesisColour::FollowData, "follow_data"},
                                               {SynthesisColour::Colour, "colour"},
                                               {SynthesisColour::Grey, "grey"}})
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SynthesisConfig, anomalyProbability, betaMax,
                                                minScaleLog2, maxScaleLog2, threshold,
                                                randomRotation, augmentTexture, maxMaskAttempts,
                                                restrictToEstimatedForeground, colour)

namespace {

void require(bool ok, const std::string& what) {
  if (!ok) throw std::invalid_argument("invalid synthesis settings: " + what);
}

}  // namespace

SynthesisConfig synthesisConfigFromJson(const std::string& text) {
  SynthesisConfig c;
  try {
    const auto json = nlohmann::json::parse(text);
    if (!json.is_object() || !json.contains("synthesis")) return c;
    const auto& section = json.at("synthesis");
    require(section.is_object(), "\"synthesis\" must be an object");
    // An unknown colour word would silently become the first enum value: refuse it.
    if (section.contains("colour"))
      require(section["colour"] == "follow_data" || section["colour"] == "colour" ||
                  section["colour"] == "grey",
              "colour must be follow_data, colour or grey");
    c = section.get<SynthesisConfig>();
  } catch (const nlohmann::json::exception& e) {
    throw std::invalid_argument(std::string("invalid synthesis settings: ") + e.what());
  }
  require(c.anomalyProbability >= 0 && c.anomalyProbability <= 1,
          "anomalyProbability must lie in [0, 1]");
  require(c.betaMax >= 0 && c.betaMax <= 1, "betaMax must lie in [0, 1]");
  require(c.minScaleLog2 >= 0 && c.minScaleLog2 <= c.maxScaleLog2 && c.maxScaleLog2 <= 10,
          "the scales must satisfy 0 <= minScaleLog2 <= maxScaleLog2 <= 10");
  require(std::isfinite(c.threshold) && c.threshold > -1 && c.threshold < 1,
          "threshold must lie in (-1, 1)");
  require(c.maxMaskAttempts >= 1 && c.maxMaskAttempts <= 100,
          "maxMaskAttempts must lie in [1, 100]");
  return c;
}

std::string toJson(const SynthesisConfig& config) { return nlohmann::json(config).dump(2); }

}  // namespace mdd
