#include "option_values.h"

#include <cmath>
#include <cstdio>
#include <initializer_list>

#include "mdd/model.h"

namespace mdd::cli {
namespace {

std::string shortNumber(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

}  // namespace

std::string requiredOption(const Args& args, const std::string& name) {
  const std::string value = args.get(name);
  if (!args.has(name) || value.empty())
    throw UsageError("option --" + name + " is required (see --help)");
  return value;
}

int intAtLeast(const Args& args, const std::string& name, int fallback, int minimum) {
  const int value = args.getInt(name, fallback);
  if (value < minimum)
    throw UsageError("option --" + name + " must be at least " + std::to_string(minimum) +
                     ", got " + std::to_string(value));
  return value;
}

double finiteNumber(const std::string& text, const std::string& what) {
  std::size_t used = 0;
  double value = 0;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != text.size() || !std::isfinite(value))
    throw UsageError(what + " needs a finite number, got '" + text + "'");
  return value;
}

double numberIn(const Args& args, const std::string& name, double fallback, double low,
                double high) {
  if (!args.has(name)) return fallback;
  const double value = finiteNumber(args.get(name), "option --" + name);
  if (value < low || value > high)
    throw UsageError("option --" + name + " must be in [" + shortNumber(low) + ", " +
                     shortNumber(high) + "], got " + args.get(name));
  return value;
}

std::pair<double, double> numberPair(const Args& args, const std::string& name) {
  const std::string text = args.get(name);
  const auto colon = text.find(':');
  if (colon == std::string::npos)
    throw UsageError("option --" + name + " needs two numbers as A:B, got '" + text + "'");
  return {finiteNumber(text.substr(0, colon), "option --" + name),
          finiteNumber(text.substr(colon + 1), "option --" + name)};
}

Split splitOption(const Args& args, const std::string& name, Split fallback) {
  if (!args.has(name)) return fallback;
  const std::string value = args.get(name);
  for (Split s : {Split::Train, Split::Validation, Split::Test})
    if (value == splitName(s)) return s;
  throw UsageError("option --" + name + ": unknown split '" + value +
                   "' (use train, validation or test)");
}

std::string deviceOption(const Args& args) {
  const std::string device = args.get("device", "auto");
  try {
    resolveDevice(device);
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("option --device: ") + e.what());
  }
  return device;
}

Precision precisionOption(const Args& args) {
  try {
    return parsePrecision(args.get("precision", "auto"));
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("option --precision: ") + e.what());
  }
}

std::string oneOf(const Args& args, std::initializer_list<const char*> flags) {
  std::string found;
  for (const char* flag : flags) {
    if (!args.has(flag)) continue;
    if (!found.empty())
      throw UsageError("options --" + found + " and --" + flag + " exclude each other");
    found = flag;
  }
  return found;
}

}  // namespace mdd::cli
