#include "data/folder_reader.h"

#include <algorithm>
#include <cmath>

#include "data/seeded_random.h"

namespace mdd::data {
namespace {

const char* const kMaskFolders[] = {"masks", "ground_truth"};

bool isMaskFolderName(const std::string& name) {
  return std::any_of(std::begin(kMaskFolders), std::end(kMaskFolders),
                     [&](const char* m) { return name == m; });
}

fs::path maskRoot(const fs::path& root) {
  for (const char* name : kMaskFolders)
    if (isFolder(root / name)) return root / name;
  return {};
}

// A seeded choice of which good images are held out for testing, the same for the same
// seed and class whatever other classes are loaded.
std::vector<bool> heldOut(std::size_t count, double fraction, std::uint64_t seed,
                          const std::string& className) {
  std::vector<std::size_t> order(count);
  for (std::size_t i = 0; i < count; ++i) order[i] = i;
  std::mt19937 rng = seededEngine(combineSeeds(seed, stableHash("folder-test:" + className)));
  shuffleInPlace(order, rng);
  std::size_t take = std::size_t(std::llround(std::clamp(fraction, 0.0, 1.0) * double(count)));
  if (fraction > 0 && count >= 2) take = std::clamp<std::size_t>(take, 1, count - 1);
  std::vector<bool> test(count, false);
  for (std::size_t i = 0; i < take; ++i) test[order[i]] = true;
  return test;
}

}  // namespace

bool isFolderLayout(const fs::path& root) { return isFolder(root / "good"); }

ReadResult readFolderLayout(const fs::path& root, const std::string& className, double testFraction,
                            std::uint64_t seed, LoadReport& report) {
  ReadResult out;
  out.classNames.push_back(className);
  const auto good = listImages(root / "good");
  if (good.empty()) report.error(absolutePath(root / "good"), "empty folder: no normal images");
  const std::vector<bool> test = heldOut(good.size(), testFraction, seed, className);
  for (std::size_t i = 0; i < good.size(); ++i)
    out.samples.push_back(
        makeSample(good[i], className, test[i] ? Split::Test : Split::Train, "good"));

  const fs::path masks = maskRoot(root);
  bool anyDefect = false;
  for (const fs::path& dir : listFolders(root)) {
    const std::string type = dir.filename().string();
    if (type == "good" || isMaskFolderName(type)) continue;
    const auto images = listImages(dir);
    if (images.empty()) report.error(absolutePath(dir), "empty folder: no defect images");
    for (const auto& image : images) {
      anyDefect = true;
      Sample s = makeSample(image, className, Split::Test, type);
      if (!masks.empty()) {
        fs::path mask = findMask(masks / type, image.stem().string());
        if (mask.empty()) mask = findMask(masks, image.stem().string());
        if (mask.empty())
          report.error(s.path, "mask missing for an anomalous image: expected " +
                                   absolutePath(masks / type / (image.stem().string() + ".png")));
        else
          s.maskPath = absolutePath(mask);
      }
      out.samples.push_back(std::move(s));
    }
  }
  if (anyDefect && masks.empty())
    report.warning(absolutePath(root), std::string(kNoPixelMasks) +
                                           " (no masks/ or ground_truth/ folder in class " +
                                           className + ")");
  return out;
}

}  // namespace mdd::data
