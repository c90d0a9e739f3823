#include "data/mvtec_reader.h"

#include <algorithm>
#include <set>

namespace mdd::data {
namespace {

void readTrain(const fs::path& root, const std::string& className, ReadResult& out,
               LoadReport& report) {
  const fs::path good = root / "train" / "good";
  if (!isFolder(good)) {
    report.error(absolutePath(root), "MVTec category without a train/good folder: class '" +
                                         className + "' has no training images");
    return;
  }
  for (const fs::path& other : listFolders(root / "train")) {
    if (other.filename() != "good")
      report.warning(absolutePath(other),
                     "ignored: MVTec training folders other than good/ "
                     "would put defects into training");
  }
  const auto images = listImages(good);
  if (images.empty()) report.error(absolutePath(good), "empty folder: no training images");
  for (const auto& image : images)
    out.samples.push_back(makeSample(image, className, Split::Train, "good"));
}

// Masks in ground_truth/<type>/ that no test image claims usually mean a renamed or deleted
// image: worth a warning, they are otherwise harmless.
void reportOrphanMasks(const fs::path& maskDir, const std::set<std::string>& used,
                       LoadReport& report) {
  for (const auto& mask : listImages(maskDir)) {
    if (!used.count(absolutePath(mask)))
      report.warning(absolutePath(mask), "mask without a test image of the same name: ignored");
  }
}

// Reads test/<type>/ and the masks in ground_truth/<type>/. A category without a
// ground_truth/ folder at all has image labels only: its defects get no mask and no error
// (the caller says so once). Returns whether the category has defect images without masks
// for that reason.
bool readTest(const fs::path& root, const std::string& className, ReadResult& out,
              LoadReport& report) {
  const fs::path test = root / "test";
  if (!isFolder(test)) {
    report.warning(absolutePath(root),
                   "no test folder: class '" + className + "' can be trained but not evaluated");
    return false;
  }
  const bool hasMasks = isFolder(root / "ground_truth");
  bool unmaskedDefects = false;
  for (const fs::path& typeDir : listFolders(test)) {
    const std::string type = typeDir.filename().string();
    const auto images = listImages(typeDir);
    if (images.empty()) report.error(absolutePath(typeDir), "empty folder: no test images");
    const fs::path maskDir = root / "ground_truth" / type;
    std::set<std::string> usedMasks;
    for (const auto& image : images) {
      Sample s = makeSample(image, className, Split::Test, type);
      if (s.isAnomalous && !hasMasks) {
        unmaskedDefects = true;
      } else if (s.isAnomalous) {
        const fs::path mask = findMask(maskDir, image.stem().string());
        if (mask.empty()) {
          report.error(s.path, "mask missing for an anomalous image: expected " +
                                   absolutePath(maskDir / (image.stem().string() + "_mask.png")));
        } else {
          s.maskPath = absolutePath(mask);
          usedMasks.insert(s.maskPath);
        }
      }
      out.samples.push_back(std::move(s));
    }
    if (type != "good" && isFolder(maskDir)) reportOrphanMasks(maskDir, usedMasks, report);
  }
  return unmaskedDefects;
}

void warnNoMasks(const fs::path& where, const std::vector<std::string>& classes,
                 LoadReport& report) {
  if (classes.empty()) return;
  std::string names;
  for (const auto& c : classes) names += (names.empty() ? "" : ", ") + c;
  report.warning(absolutePath(where), std::string(kNoPixelMasks) + " (no ground_truth/ folder " +
                                          (classes.size() == 1 ? "in class " : "in classes ") +
                                          names + ")");
}

// One category: its samples, and whether its defects come without masks.
bool readCategory(const fs::path& root, const std::string& className, ReadResult& out,
                  LoadReport& report) {
  out.classNames.push_back(className);
  readTrain(root, className, out, report);
  return readTest(root, className, out, report);
}

}  // namespace

bool isMvtecCategory(const fs::path& dir) {
  return isFolder(dir / "train" / "good") ||
         (isFolder(dir / "test") && isFolder(dir / "ground_truth"));
}

ReadResult readMvtecCategory(const fs::path& root, const std::string& className,
                             LoadReport& report) {
  ReadResult out;
  if (readCategory(root, className, out, report)) warnNoMasks(root, {className}, report);
  return out;
}

ReadResult readMvtecMulti(const fs::path& root, const std::vector<std::string>& only,
                          LoadReport& report) {
  ReadResult out;
  std::set<std::string> found;
  std::vector<std::string> withoutMasks;
  for (const fs::path& dir : listFolders(root)) {
    const std::string name = dir.filename().string();
    if (!only.empty() && std::find(only.begin(), only.end(), name) == only.end()) continue;
    if (!isMvtecCategory(dir)) {
      report.warning(absolutePath(dir), "ignored: not an MVTec category (no train/good folder)");
      continue;
    }
    found.insert(name);
    if (readCategory(dir, name, out, report)) withoutMasks.push_back(name);
  }
  warnNoMasks(root, withoutMasks, report);
  for (const std::string& wanted : only) {
    if (!found.count(wanted))
      report.error(absolutePath(root / wanted), "requested category '" + wanted + "' not found");
  }
  if (out.classNames.empty() && only.empty())
    report.error(absolutePath(root), "no MVTec category folders found (<category>/train/good)");
  return out;
}

}  // namespace mdd::data
