// Metric tables and evaluation reports as CSV, Markdown and JSON (mdd/report_format.h).
#include "mdd/report_format.h"

#include <array>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

namespace mdd {
namespace {

struct Column {
  const char* key;    // CSV header and JSON field
  const char* title;  // Markdown header
  double ClassMetrics::*metric;
};

constexpr std::array<Column, 8> kColumns = {{
    {"i_auroc", "I-AUROC", &ClassMetrics::iAuroc},
    {"i_ap", "I-AP", &ClassMetrics::iAp},
    {"i_f1max", "I-F1max", &ClassMetrics::iF1max},
    {"p_auroc", "P-AUROC", &ClassMetrics::pAuroc},
    {"p_ap", "P-AP", &ClassMetrics::pAp},
    {"p_f1max", "P-F1max", &ClassMetrics::pF1max},
    {"au_pro", "AU-PRO", &ClassMetrics::auPro},
    {"mad", "mAD", &ClassMetrics::mAD},
}};

std::vector<ClassMetrics> rowsWithMean(const std::vector<ClassMetrics>& classes) {
  auto rows = classes;
  if (classes.size() > 1) rows.push_back(meanOverClasses(classes));
  return rows;
}

std::string fullPrecision(double v) {
  if (!isDefined(v)) return "";
  char text[32];
  std::snprintf(text, sizeof text, "%.17g", v);
  return text;
}

std::string percent(double v) {
  if (!isDefined(v)) return "-";
  char text[16];
  std::snprintf(text, sizeof text, "%.2f", 100.0 * v);
  return text;
}

nlohmann::json number(double v) { return isDefined(v) ? nlohmann::json(v) : nlohmann::json(); }

nlohmann::json rowJson(const ClassMetrics& m) {
  nlohmann::json row = {{"class", m.className}, {"images", m.images},
                        {"defect_images", m.defectImages}};
  for (const auto& c : kColumns) row[c.key] = number(m.*c.metric);
  return row;
}

nlohmann::json metricsObject(const std::vector<ClassMetrics>& classes) {
  nlohmann::json out = {{"classes", nlohmann::json::array()}};
  for (const auto& m : classes) out["classes"].push_back(rowJson(m));
  out["mean"] = rowJson(meanOverClasses(classes));
  return out;
}

}  // namespace

std::string csvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string metricsCsv(const std::vector<ClassMetrics>& classes) {
  std::string out = "class,images,defect_images";
  for (const auto& c : kColumns) out += std::string(",") + c.key;
  out += "\n";
  for (const auto& m : rowsWithMean(classes)) {
    out += csvField(m.className) + "," + std::to_string(m.images) + "," +
           std::to_string(m.defectImages);
    for (const auto& c : kColumns) out += "," + fullPrecision(m.*c.metric);
    out += "\n";
  }
  return out;
}

std::string metricsMarkdown(const std::vector<ClassMetrics>& classes) {
  std::string out = "| class |", rule = "|---|";
  for (const auto& c : kColumns) {
    out += std::string(" ") + c.title + " |";
    rule += "---:|";
  }
  out += "\n" + rule + "\n";
  const auto row = [&](const std::string& name, const ClassMetrics& m) {
    out += "| " + name + " |";
    for (const auto& c : kColumns) out += " " + percent(m.*c.metric) + " |";
    out += "\n";
  };
  for (const auto& m : classes) {
    std::string name;
    for (char ch : m.className) name += ch == '|' ? std::string("\\|") : std::string(1, ch);
    row(name, m);
  }
  if (classes.size() > 1) row("**mean**", meanOverClasses(classes));
  return out;
}

std::string metricsJson(const std::vector<ClassMetrics>& classes) {
  return metricsObject(classes).dump(2) + "\n";
}

std::string evaluationJson(const EvaluationReport& report, Split split,
                           const std::vector<std::string>& classNames) {
  const auto name = [&](int index) {
    return index >= 0 && index < static_cast<int>(classNames.size()) ? nlohmann::json(classNames[index])
                                                                     : nlohmann::json();
  };
  nlohmann::json out = metricsObject(report.classes);
  out["split"] = splitName(split);
  out["class_accuracy"] = number(report.classAccuracy);
  out["seconds"] = report.seconds;
  out["images"] = nlohmann::json::array();
  for (const auto& r : report.images)
    out["images"].push_back({{"path", r.path},
                             {"class", r.className},
                             {"defect_type", r.defectType},
                             {"anomalous", r.anomalous},
                             {"predicted_class", name(r.predictedClass)},
                             {"score", r.score},
                             {"normalized_score", r.normalizedScore},
                             {"verdict", toString(r.verdict)}});
  return out.dump(2) + "\n";
}

}  // namespace mdd
