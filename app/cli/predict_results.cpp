#include "predict_results.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "mdd/report_format.h"

namespace mdd::cli {
namespace {

std::string number(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.9g", v);
  return text;
}

}  // namespace

std::string predictionsCsv(const std::vector<PredictionRow>& rows) {
  std::string out =
      "path,class,class_given,predicted_class,class_probability,score,normalized_score,verdict,"
      "overlay,mask,error\n";
  for (const auto& r : rows) {
    const bool ok = r.error.empty();
    out += csvField(r.path) + "," + csvField(r.className) + "," + (r.classGiven ? "1" : "0") +
           "," + csvField(r.predictedClass) + "," + (ok ? number(r.classProbability) : "") + "," +
           (ok ? number(r.score) : "") + "," + (ok ? number(r.normalizedScore) : "") + "," +
           r.verdict + "," + csvField(r.overlay) + "," + csvField(r.mask) + "," +
           csvField(r.error) + "\n";
  }
  return out;
}

std::string predictionsJson(const std::vector<PredictionRow>& rows, const std::string& modelPath,
                            double sensitivity) {
  nlohmann::json out = {{"model", modelPath}, {"sensitivity", sensitivity},
                        {"results", nlohmann::json::array()}};
  for (const auto& r : rows) {
    nlohmann::json row = {{"path", r.path}, {"verdict", r.verdict}};
    if (!r.error.empty()) {
      row["error"] = r.error;
    } else {
      row.update({{"class", r.className},
                  {"class_given", r.classGiven},
                  {"predicted_class", r.predictedClass.empty() ? nlohmann::json() : nlohmann::json(r.predictedClass)},
                  {"class_probability", r.classProbability},
                  {"score", r.score},
                  {"normalized_score", r.normalizedScore},
                  {"overlay", r.overlay.empty() ? nlohmann::json() : nlohmann::json(r.overlay)},
                  {"mask", r.mask.empty() ? nlohmann::json() : nlohmann::json(r.mask)}});
    }
    out["results"].push_back(row);
  }
  return out.dump(2) + "\n";
}

}  // namespace mdd::cli
