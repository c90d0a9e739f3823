#include "mdd/export_names.h"

#include <algorithm>
#include <cctype>

namespace mdd {
namespace {

constexpr std::size_t kMaxStem = 120;

bool allowed(unsigned char c) { return std::isalnum(c) || c == '.' || c == '-' || c == '_'; }

std::string lowerCase(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

}  // namespace

std::string safeFileStem(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    const char kept = allowed(c) ? static_cast<char>(c) : '_';
    if (kept == '_' && !out.empty() && out.back() == '_') continue;
    out += kept;
  }
  const auto first = out.find_first_not_of("._");
  out = first == std::string::npos ? std::string() : out.substr(first);
  if (out.size() > kMaxStem) out.resize(kMaxStem);
  while (!out.empty() && (out.back() == '_' || out.back() == '.')) out.pop_back();
  return out.empty() ? "unnamed" : out;
}

std::string UniqueFileNames::claim(const std::string& text, const std::string& extension) {
  const std::string stem = safeFileStem(text);
  std::string name = stem + extension;
  for (int n = 2; taken_.count(lowerCase(name)); ++n)
    name = stem + "-" + std::to_string(n) + extension;
  taken_.insert(lowerCase(name));
  return name;
}

}  // namespace mdd
