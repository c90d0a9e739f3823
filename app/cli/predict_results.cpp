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

PredictionWriter::PredictionWriter(TextOutputStream& out, bool json,
                                   const std::string& modelPath, double sensitivity)
    : out_(out), json_(json), sensitivity_(nlohmann::json(sensitivity).dump()) {
  if (json_)
    out_.write("{\n  \"model\": " + nlohmann::json(modelPath).dump() + ",\n  \"results\": [");
  else
    out_.write(
        "path,class,class_given,predicted_class,class_probability,score,normalized_score,"
        "verdict,overlay,mask,error\n");
}

void PredictionWriter::add(const PredictionRow& r) {
  const bool ok = r.error.empty();
  if (!json_) {
    out_.write(csvField(r.path) + "," + csvField(r.className) + "," + (r.classGiven ? "1" : "0") +
               "," + csvField(r.predictedClass) + "," + (ok ? number(r.classProbability) : "") +
               "," + (ok ? number(r.score) : "") + "," + (ok ? number(r.normalizedScore) : "") +
               "," + r.verdict + "," + csvField(r.overlay) + "," + csvField(r.mask) + "," +
               csvField(r.error) + "\n");
    empty_ = false;
    return;
  }
  nlohmann::json row = {{"path", r.path}, {"verdict", r.verdict}};
  if (!ok) {
    row["error"] = r.error;
  } else {
    const auto orNull = [](const std::string& text) {
      return text.empty() ? nlohmann::json() : nlohmann::json(text);
    };
    row.update({{"class", r.className},
                {"class_given", r.classGiven},
                {"predicted_class", orNull(r.predictedClass)},
                {"class_probability", r.classProbability},
                {"score", r.score},
                {"normalized_score", r.normalizedScore},
                {"overlay", orNull(r.overlay)},
                {"mask", orNull(r.mask)}});
  }
  // The row as an element of the document's "results" array, two levels in.
  std::string text = row.dump(2);
  std::string indented = empty_ ? "\n    " : ",\n    ";
  for (char c : text) {
    indented += c;
    if (c == '\n') indented += "    ";
  }
  out_.write(indented);
  empty_ = false;
}

void PredictionWriter::finish() {
  if (json_)
    out_.write(std::string(empty_ ? "]" : "\n  ]") + ",\n  \"sensitivity\": " + sensitivity_ +
               "\n}\n");
  out_.commit();
}

}  // namespace mdd::cli
