#include "eval/thresholds_json.h"

#include <stdexcept>
#include <string>

namespace mdd::eval {
namespace {

constexpr ThresholdMethod kMethods[] = {ThresholdMethod::F1Optimal, ThresholdMethod::MaxNormalScore,
                                        ThresholdMethod::TargetFpr, ThresholdMethod::Manual};

[[noreturn]] void fail(const std::string& problem) {
  throw std::runtime_error("thresholds JSON: " + problem +
                           "; rewrite the thresholds with the current version");
}

double number(const nlohmann::json& object, const char* field) {
  const auto it = object.find(field);
  if (it == object.end()) fail(std::string("missing field '") + field + "'");
  if (!it->is_number()) fail(std::string("field '") + field + "' is not a number");
  return it->get<double>();
}

ThresholdMethod methodFrom(const nlohmann::json& object) {
  const auto it = object.find("method");
  if (it == object.end() || !it->is_string()) fail("missing string field 'method'");
  const std::string name = it->get<std::string>();
  for (ThresholdMethod m : kMethods) {
    if (name == toString(m)) return m;
  }
  fail("unknown method '" + name + "'");
}

}  // namespace

nlohmann::json thresholdsToJsonValue(const ClassThresholds& t) {
  validate(t);
  nlohmann::json out = {{"class", t.className},
                        {"method", toString(t.method)},
                        {"target_fpr", t.targetFpr},
                        {"image_threshold", t.imageThreshold},
                        {"pixel_threshold", t.pixelThreshold},
                        {"image_min", t.imageMin},
                        {"image_max", t.imageMax},
                        {"pixel_min", t.pixelMin},
                        {"pixel_max", t.pixelMax},
                        {"image_band", nullptr}};
  if (t.imageBand) {
    out["image_band"] = {{"lower", t.imageBand->lower}, {"upper", t.imageBand->upper}};
  }
  return out;
}

ClassThresholds thresholdsFromJsonValue(const nlohmann::json& value) {
  if (!value.is_object()) fail("expected an object per class");
  ClassThresholds t;
  const auto name = value.find("class");
  if (name == value.end() || !name->is_string()) fail("missing string field 'class'");
  t.className = name->get<std::string>();
  t.method = methodFrom(value);
  t.targetFpr = number(value, "target_fpr");
  t.imageThreshold = number(value, "image_threshold");
  t.pixelThreshold = number(value, "pixel_threshold");
  t.imageMin = number(value, "image_min");
  t.imageMax = number(value, "image_max");
  t.pixelMin = number(value, "pixel_min");
  t.pixelMax = number(value, "pixel_max");
  const auto band = value.find("image_band");
  if (band != value.end() && !band->is_null()) {
    if (!band->is_object()) fail("'image_band' is neither null nor an object");
    t.imageBand = UncertainBand{number(*band, "lower"), number(*band, "upper")};
  }
  validate(t);
  return t;
}

}  // namespace mdd::eval

namespace mdd {

std::string thresholdsToJson(const ClassThresholds& thresholds) {
  return eval::thresholdsToJsonValue(thresholds).dump(2);
}

ClassThresholds thresholdsFromJson(const std::string& json) {
  nlohmann::json value;
  try {
    value = nlohmann::json::parse(json);
  } catch (const nlohmann::json::parse_error& e) {
    throw std::runtime_error(std::string("thresholds JSON: not valid JSON (") + e.what() + ")");
  }
  return eval::thresholdsFromJsonValue(value);
}

}  // namespace mdd
