// loadDataset and detectLayout: picks a reader per root, merges the classes of all roots,
// checks files and carves the validation split.
#include <algorithm>
#include <map>

#include "data/folder_reader.h"
#include "data/mvtec_reader.h"
#include "data/reader_common.h"
#include "data/sample_checks.h"
#include "data/validation_split.h"
#include "data/visa_reader.h"
#include "mdd/dataset.h"

namespace mdd {
namespace {

using data::fs::path;

const char* const kExpectedLayouts =
    "expected one of: an MVTec AD root (<category>/train/good, <category>/test/<defect>, "
    "<category>/ground_truth/<defect>/<stem>_mask.png), one MVTec category (train/good, "
    "test/<defect>, ground_truth/<defect>), a VisA root (split_csv/1cls.csv), or a folder "
    "with good/ and one folder per defect type (masks optional in masks/<defect>/)";

bool anyMvtecCategoryInside(const path& root) {
  const auto folders = data::listFolders(root);
  return std::any_of(folders.begin(), folders.end(), data::isMvtecCategory);
}

data::ReadResult readSource(const DatasetSource& src, DatasetLayout layout,
                            const DatasetOptions& options, LoadReport& report) {
  const path root(src.root);
  const std::string name = src.className.empty() ? data::folderName(root) : src.className;
  switch (layout) {
    case DatasetLayout::MvtecMulti:
      return data::readMvtecMulti(root, src.categories, report);
    case DatasetLayout::MvtecCategory:
      return data::readMvtecCategory(root, name, report);
    case DatasetLayout::Visa:
      return data::readVisa(root, src.categories, report);
    case DatasetLayout::Folder:
      return data::readFolderLayout(root, name, options.folderTestFraction, options.seed, report);
    case DatasetLayout::Auto:
      break;
  }
  report.error(data::absolutePath(root),
               std::string("unknown dataset layout; ") + kExpectedLayouts);
  return {};
}

// Class names must be unique across roots: the class is the model's only notion of "which
// product". Reject leaves the later class out; Rename appends _2, _3, ...
void mergeClasses(data::ReadResult& result, const std::string& root,
                  std::map<std::string, std::string>& origin, DuplicateClasses policy,
                  Dataset& dataset, LoadReport& report) {
  std::map<std::string, std::string> renamed;
  std::vector<std::string> rejected;
  for (const std::string& name : result.classNames) {
    if (!origin.count(name)) {
      origin[name] = root;
      dataset.classNames.push_back(name);
      continue;
    }
    if (policy == DuplicateClasses::Reject) {
      report.error(root, "class '" + name + "' is also in " + origin[name] +
                             "; its images are left out (give this root another class name, "
                             "or load with duplicate renaming)");
      rejected.push_back(name);
      continue;
    }
    std::string fresh;
    for (int k = 2; fresh.empty() || origin.count(fresh); ++k)
      fresh = name + "_" + std::to_string(k);
    report.warning(
        root, "class '" + name + "' is also in " + origin[name] + "; renamed to '" + fresh + "'");
    origin[fresh] = root;
    dataset.classNames.push_back(fresh);
    renamed[name] = fresh;
  }
  for (Sample& s : result.samples) {
    if (std::find(rejected.begin(), rejected.end(), s.className) != rejected.end()) continue;
    if (renamed.count(s.className)) s.className = renamed[s.className];
    dataset.samples.push_back(std::move(s));
  }
}

bool sampleOrder(const Sample& a, const Sample& b, const Dataset& d) {
  const int ca = d.classIndex(a.className), cb = d.classIndex(b.className);
  if (ca != cb) return ca < cb;
  if (a.split != b.split) return a.split < b.split;
  if (a.defectType != b.defectType) return a.defectType < b.defectType;
  return a.path < b.path;
}

}  // namespace

DatasetLayout detectLayout(const std::string& rootText) {
  const path root(rootText);
  std::error_code ec;
  if (!data::fs::exists(root, ec))
    throw DataError("dataset folder '" + data::absolutePath(root) + "' does not exist; " +
                    kExpectedLayouts);
  if (!data::isFolder(root))
    throw DataError("dataset root '" + data::absolutePath(root) + "' is not a folder; " +
                    kExpectedLayouts);
  if (data::fs::is_regular_file(data::visaSplitFile(root), ec)) return DatasetLayout::Visa;
  if (data::isMvtecCategory(root)) return DatasetLayout::MvtecCategory;
  if (data::isFolderLayout(root)) return DatasetLayout::Folder;
  if (anyMvtecCategoryInside(root)) return DatasetLayout::MvtecMulti;
  return DatasetLayout::Auto;
}

Dataset loadDataset(const std::vector<DatasetSource>& sources, const DatasetOptions& options,
                    LoadReport& report) {
  Dataset dataset;
  std::map<std::string, std::string> origin;  // class name -> root it came from
  for (const DatasetSource& src : sources) {
    const DatasetLayout detected = detectLayout(src.root);  // throws for a missing root
    const DatasetLayout layout = src.layout == DatasetLayout::Auto ? detected : src.layout;
    data::ReadResult result = readSource(src, layout, options, report);
    data::checkSampleFiles(result.samples, options.check, report);
    mergeClasses(result, data::absolutePath(src.root), origin, options.duplicates, dataset, report);
  }
  for (const std::string& name : dataset.classNames) {
    const bool trainable = std::any_of(
        dataset.samples.begin(), dataset.samples.end(),
        [&](const Sample& s) { return s.className == name && s.split == Split::Train; });
    if (!trainable) report.error(origin[name], "class '" + name + "' has no training images");
  }
  data::carveValidationSplit(dataset.samples, options.validationFraction, options.seed);
  std::sort(dataset.samples.begin(), dataset.samples.end(),
            [&](const Sample& a, const Sample& b) { return sampleOrder(a, b, dataset); });
  if (options.fatal && report.hasErrors())
    throw DataError("the dataset has " + std::to_string(report.errorCount()) + " error(s):\n" +
                    report.format());
  return dataset;
}

Dataset loadDataset(const std::string& root, const DatasetOptions& options, LoadReport& report) {
  return loadDataset(std::vector<DatasetSource>{DatasetSource{root, DatasetLayout::Auto, {}, {}}},
                     options, report);
}

}  // namespace mdd
