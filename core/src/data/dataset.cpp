// The plain data types of mdd/dataset.h: names, the Dataset queries and the LoadReport.
#include "mdd/dataset.h"

#include <algorithm>

namespace mdd {

const char* splitName(Split split) {
  switch (split) {
    case Split::Train:
      return "train";
    case Split::Validation:
      return "validation";
    case Split::Test:
      return "test";
  }
  return "?";
}

const char* layoutName(DatasetLayout layout) {
  switch (layout) {
    case DatasetLayout::Auto:
      return "auto";
    case DatasetLayout::MvtecMulti:
      return "MVTec AD (many categories)";
    case DatasetLayout::MvtecCategory:
      return "MVTec AD (one category)";
    case DatasetLayout::Visa:
      return "VisA";
    case DatasetLayout::Folder:
      return "folder";
  }
  return "?";
}

int Dataset::classIndex(const std::string& className) const {
  const auto it = std::find(classNames.begin(), classNames.end(), className);
  return it == classNames.end() ? -1 : int(it - classNames.begin());
}

std::vector<Sample> Dataset::select(Split split, const std::string& className) const {
  std::vector<Sample> out;
  for (const Sample& s : samples)
    if (s.split == split && (className.empty() || s.className == className)) out.push_back(s);
  return out;
}

std::size_t Dataset::count(Split split, const std::string& className) const {
  return std::size_t(std::count_if(samples.begin(), samples.end(), [&](const Sample& s) {
    return s.split == split && (className.empty() || s.className == className);
  }));
}

void LoadReport::error(const std::string& path, const std::string& message) {
  issues.push_back({LoadIssue::Severity::Error, path, message});
}

void LoadReport::warning(const std::string& path, const std::string& message) {
  issues.push_back({LoadIssue::Severity::Warning, path, message});
}

bool LoadReport::hasErrors() const { return errorCount() > 0; }

std::size_t LoadReport::errorCount() const {
  return std::size_t(std::count_if(issues.begin(), issues.end(), [](const LoadIssue& i) {
    return i.severity == LoadIssue::Severity::Error;
  }));
}

std::string LoadReport::format(std::size_t maxLines) const {
  std::string text;
  std::size_t shown = 0;
  for (const LoadIssue& i : issues) {
    if (shown == maxLines) {
      text += "... and " + std::to_string(issues.size() - shown) + " more\n";
      break;
    }
    text += i.severity == LoadIssue::Severity::Error ? "error: " : "warning: ";
    text += i.path + ": " + i.message + "\n";
    ++shown;
  }
  return text;
}

}  // namespace mdd
