#include "model/model_metadata_json.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace mdd {
namespace {

// JSON has no NaN: undefined metrics are written as null and read back as NaN.
nlohmann::json number(double v) { return std::isnan(v) ? nlohmann::json() : nlohmann::json(v); }
double number(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return kUndefinedMetric;
  return j[key].get<double>();
}

// An integer field, range-checked: nlohmann's value<int>() casts a float such as 1e300
// without a check (undefined behaviour) and throws for other types.
template <typename T>
T integer(const nlohmann::json& j, const char* key) {
  if (!j.contains(key)) return T{0};
  const auto& v = j[key];
  using Limits = std::numeric_limits<T>;
  if (v.is_number_unsigned()) {
    if (v.get<std::uint64_t>() <= std::uint64_t(Limits::max())) return T(v.get<std::uint64_t>());
  } else if (v.is_number_integer()) {
    if (Limits::is_signed && v.get<std::int64_t>() >= std::int64_t(Limits::min()))
      return T(v.get<std::int64_t>());
  }
  throw std::runtime_error(std::string("bad model metadata: '") + key + "' is " + v.dump() +
                           ", not an integer in range");
}

nlohmann::json metricsToJson(const ClassMetrics& m) {
  return {{"class", m.className},     {"i_auroc", number(m.iAuroc)}, {"i_ap", number(m.iAp)},
          {"i_f1max", number(m.iF1max)}, {"p_auroc", number(m.pAuroc)}, {"p_ap", number(m.pAp)},
          {"p_f1max", number(m.pF1max)}, {"au_pro", number(m.auPro)},  {"mad", number(m.mAD)},
          {"images", m.images},         {"defect_images", m.defectImages}};
}

ClassMetrics metricsFromJson(const nlohmann::json& j) {
  ClassMetrics m;
  m.className = j.at("class").get<std::string>();
  m.iAuroc = number(j, "i_auroc");
  m.iAp = number(j, "i_ap");
  m.iF1max = number(j, "i_f1max");
  m.pAuroc = number(j, "p_auroc");
  m.pAp = number(j, "p_ap");
  m.pF1max = number(j, "p_f1max");
  m.auPro = number(j, "au_pro");
  m.mAD = number(j, "mad");
  m.images = integer<int64_t>(j, "images");
  m.defectImages = integer<int64_t>(j, "defect_images");
  return m;
}

}  // namespace

nlohmann::json metadataToJson(const ModelMetadata& md) {
  nlohmann::json j;
  j["thresholds"] = nlohmann::json::array();
  // Only fitted classes: a class without thresholds yet (an uncalibrated model or a
  // checkpoint) is simply absent and reads back as unfitted.
  for (const auto& t : md.thresholds)
    if (isDefined(t.imageThreshold))
      j["thresholds"].push_back(nlohmann::json::parse(thresholdsToJson(t)));
  j["validation_metrics"] = nlohmann::json::array();
  for (const auto& m : md.validationMetrics) j["validation_metrics"].push_back(metricsToJson(m));
  const auto& t = md.training;
  j["training"] = {{"steps", t.steps},
                   {"epochs", t.epochs},
                   {"batch_size", t.batchSize},
                   {"seconds", t.seconds},
                   {"device", t.device},
                   {"finished_at", t.finishedAt},
                   {"seed", t.seed},
                   {"final_total_loss", t.finalTotalLoss},
                   {"final_distillation_loss", t.finalDistillationLoss},
                   {"dataset_roots", t.datasetRoots}};
  return j;
}

ModelMetadata metadataFromJson(const nlohmann::json& j) {
  ModelMetadata md;
  try {
    for (const auto& t : j.value("thresholds", nlohmann::json::array()))
      md.thresholds.push_back(thresholdsFromJson(t.dump()));
    for (const auto& m : j.value("validation_metrics", nlohmann::json::array()))
      md.validationMetrics.push_back(metricsFromJson(m));
    const auto t = j.value("training", nlohmann::json::object());
    md.training.steps = integer<int>(t, "steps");
    md.training.epochs = integer<int>(t, "epochs");
    md.training.batchSize = integer<int>(t, "batch_size");
    md.training.seconds = t.value("seconds", 0.0);
    md.training.device = t.value("device", std::string());
    md.training.finishedAt = t.value("finished_at", std::string());
    md.training.seed = integer<std::uint64_t>(t, "seed");
    md.training.finalTotalLoss = t.value("final_total_loss", 0.0);
    md.training.finalDistillationLoss = t.value("final_distillation_loss", 0.0);
    md.training.datasetRoots = t.value("dataset_roots", std::vector<std::string>{});
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("bad model metadata: ") + e.what());
  }
  return md;
}

}  // namespace mdd
