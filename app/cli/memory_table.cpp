#include "memory_table.h"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "mdd/report_format.h"

namespace mdd::cli {
namespace {

std::string number(double v) {
  if (std::isnan(v)) return "";
  char text[32];
  std::snprintf(text, sizeof text, "%.9g", v);
  return text;
}

std::string fourDecimals(double v) {
  if (std::isnan(v)) return "-";
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", v);
  return text;
}

nlohmann::json jsonNumber(double v) { return std::isnan(v) ? nlohmann::json() : nlohmann::json(v); }

std::string className(const std::vector<std::string>& names, int index) {
  return index >= 0 && index < static_cast<int>(names.size()) ? names[index] : std::string();
}

const char* roleName(const ItemClassRole& role) { return role.classShared ? "shared" : "specific"; }

}  // namespace

std::string memoryCsv(const MemoryAnalysis& analysis, const std::vector<std::string>& classNames) {
  std::string out = "item,scale,owner_class,most_probable_class,second_class,entropy,role";
  for (const auto& name : classNames) out += "," + csvField("p_" + name);
  out += ",tsne_x,tsne_y\n";
  for (std::size_t i = 0; i < analysis.items.size(); ++i) {
    const auto& v = analysis.items[i];
    out += std::to_string(i) + "," + std::to_string(v.item.scale) + "," +
           csvField(className(classNames, v.item.ownerClass)) + "," +
           csvField(className(classNames, v.role.mostProbableClass)) + "," +
           csvField(className(classNames, v.role.secondProbableClass)) + "," +
           number(v.role.entropy) + "," + roleName(v.role);
    for (float p : v.item.classProbabilities) out += "," + number(p);
    out += "," + number(v.x) + "," + number(v.y) + "\n";
  }
  return out;
}

std::string memoryJson(const MemoryAnalysis& analysis, const std::vector<std::string>& classNames,
                       bool withVectors) {
  nlohmann::json out = {{"classes", classNames}, {"scales", nlohmann::json::array()},
                        {"items", nlohmann::json::array()}};
  for (const auto& s : analysis.scales)
    out["scales"].push_back({{"scale", s.scale},
                             {"items", s.items},
                             {"shared_items", s.sharedItems},
                             {"entropy_threshold", jsonNumber(s.entropyThreshold)},
                             {"silhouette", jsonNumber(s.silhouette)},
                             {"davies_bouldin", jsonNumber(s.daviesBouldin)},
                             {"trustworthiness", jsonNumber(s.trustworthiness)}});
  for (std::size_t i = 0; i < analysis.items.size(); ++i) {
    const auto& v = analysis.items[i];
    nlohmann::json item = {
        {"item", i},
        {"scale", v.item.scale},
        {"owner_class", className(classNames, v.item.ownerClass)},
        {"most_probable_class", className(classNames, v.role.mostProbableClass)},
        {"second_class", className(classNames, v.role.secondProbableClass)},
        {"entropy", v.role.entropy},
        {"role", roleName(v.role)},
        {"probabilities", v.item.classProbabilities},
        {"tsne", std::isnan(v.x) ? nlohmann::json() : nlohmann::json::array({v.x, v.y})}};
    if (withVectors) item["vector"] = v.item.vector;
    out["items"].push_back(item);
  }
  return out.dump(2) + "\n";
}

std::string memorySummary(const MemoryAnalysis& analysis) {
  std::string out = "scale  items  shared  entropy>=  silhouette  davies-bouldin  trustworthiness\n";
  char line[160];
  for (const auto& s : analysis.scales) {
    std::snprintf(line, sizeof line, "%5d  %5zu  %6zu  %9s  %10s  %14s  %15s\n", s.scale, s.items,
                  s.sharedItems, fourDecimals(s.entropyThreshold).c_str(),
                  fourDecimals(s.silhouette).c_str(), fourDecimals(s.daviesBouldin).c_str(),
                  fourDecimals(s.trustworthiness).c_str());
    out += line;
  }
  return out;
}

}  // namespace mdd::cli
