#include "thresholds_table.h"

#include <cstdio>

#include <nlohmann/json.hpp>

namespace mdd::cli {
namespace {

bool fitted(const ClassThresholds& t) {
  try {
    validate(t);
    return true;
  } catch (const std::runtime_error&) {
    return false;
  }
}

std::string value(double v) {
  if (!isDefined(v)) return "-";
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", v);
  return text;
}

std::string range(double low, double high) {
  return isDefined(low) && isDefined(high) ? "[" + value(low) + ", " + value(high) + "]" : "-";
}

}  // namespace

std::string thresholdsTable(const std::vector<ClassThresholds>& thresholds) {
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line, "%-20s %-17s %11s %11s %-25s %-25s %s\n", "class", "method",
                "image", "pixel", "image range", "pixel range", "band T1:T2");
  out += line;
  for (const auto& t : thresholds) {
    const std::string band =
        t.imageBand ? value(t.imageBand->lower) + ":" + value(t.imageBand->upper) : "-";
    std::snprintf(line, sizeof line, "%-20.20s %-17s %11s %11s %-25s %-25s %s\n",
                  t.className.c_str(), fitted(t) ? toString(t.method) : "(not fitted)",
                  value(t.imageThreshold).c_str(), value(t.pixelThreshold).c_str(),
                  range(t.imageMin, t.imageMax).c_str(), range(t.pixelMin, t.pixelMax).c_str(),
                  band.c_str());
    out += line;
  }
  return out;
}

std::string thresholdsJson(const std::vector<ClassThresholds>& thresholds) {
  nlohmann::json out = {{"classes", nlohmann::json::array()}};
  for (const auto& t : thresholds)
    out["classes"].push_back(fitted(t) ? nlohmann::json::parse(thresholdsToJson(t))
                                       : nlohmann::json{{"class", t.className}, {"fitted", false}});
  return out.dump(2) + "\n";
}

}  // namespace mdd::cli
