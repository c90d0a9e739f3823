#include "dataset_loading.h"

#include <algorithm>
#include <ostream>

#include "args.h"

namespace mdd::cli {

std::string joinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

Dataset loadDatasetRoots(const std::vector<std::string>& roots, double validationFraction,
                         std::ostream& log) {
  if (roots.empty()) throw UsageError("give at least one dataset folder (see --help)");
  std::vector<DatasetSource> sources;
  for (const auto& root : roots) sources.push_back({root, DatasetLayout::Auto, {}, {}});
  DatasetOptions options;
  options.validationFraction = validationFraction;
  LoadReport report;
  Dataset dataset = loadDataset(sources, options, report);
  constexpr std::size_t kShown = 10;
  for (std::size_t i = 0; i < report.issues.size() && i < kShown; ++i) {
    const LoadIssue& issue = report.issues[i];
    log << (issue.severity == LoadIssue::Severity::Error ? "skipped: " : "warning: ")
        << issue.path << ": " << issue.message << '\n';
  }
  if (report.issues.size() > kShown)
    log << "warning: " << report.issues.size() - kShown << " more problems in the dataset\n";
  if (dataset.samples.empty())
    throw std::runtime_error("no images found in " + joinNames(roots) +
                             " (expected the MVTec AD, VisA or good/ + defect/ folder layout)");
  return dataset;
}

void keepModelClasses(Dataset& dataset, const Model& model, const std::vector<std::string>& classes) {
  for (const auto& name : classes) {
    if (model.classIndex(name) < 0)
      throw UsageError("unknown class '" + name + "' (the model's classes: " +
                       joinNames(model.classNames()) + ")");
    if (dataset.classIndex(name) < 0)
      throw UsageError("class '" + name + "' is not in the dataset (its classes: " +
                       joinNames(dataset.classNames) + ")");
  }
  const auto wanted = [&](const std::string& name) {
    return classes.empty() || std::find(classes.begin(), classes.end(), name) != classes.end();
  };
  for (const auto& name : dataset.classNames)
    if (wanted(name) && model.classIndex(name) < 0)
      throw std::runtime_error("the dataset's class '" + name +
                               "' is not one of the model's classes (" +
                               joinNames(model.classNames()) + "); choose classes with --class");
  std::vector<std::string> names;
  for (const auto& name : dataset.classNames)
    if (wanted(name)) names.push_back(name);
  dataset.classNames = names;
  dataset.samples.erase(std::remove_if(dataset.samples.begin(), dataset.samples.end(),
                                       [&](const Sample& s) { return !wanted(s.className); }),
                        dataset.samples.end());
}

}  // namespace mdd::cli
