#include "mdd/demo_dataset.h"

#include <algorithm>
#include <cctype>
#include <exception>
#include <filesystem>
#include <mutex>
#include <opencv2/core/utility.hpp>
#include <sstream>

#include "data/defect_painters.h"
#include "data/demo_surface.h"
#include "data/seeded_random.h"
#include "io/atomic_file.h"
#include "mdd/image_io.h"
#include "mdd/synthesis.h"

namespace mdd {
namespace {

namespace fs = std::filesystem;

// Surfaces that resemble inspected materials, in order of preference; any other pattern on
// the machine fills in when one is missing.
struct Candidate {
  const char* name;
  const char* file;  // relative to the pattern folder
};
const Candidate kPreferred[] = {
    {"leather", "Animal/leather.pat"}, {"fabric", "Fabric/burlap.pat"},
    {"granite", "Stone/granite1.pat"}, {"wood", "Wood/wood5.pat"},
    {"slate", "Stone/slate.pat"},      {"paper", "Paper/crinklepaper.pat"},
    {"cork", "Wood/corkboard.pat"},    {"marble", "Stone/marble1.pat"},
    {"walnut", "Wood/walnut.pat"}};
constexpr int kMaxClasses = 8;  // the preferred list; more would be odd patterns

struct DemoClass {
  DemoClassInfo info;
  cv::Mat pattern;
};

std::string className(const fs::path& patternFile) {
  std::string s = patternFile.stem().string();
  for (char& c : s) c = std::isalnum(static_cast<unsigned char>(c)) ? char(std::tolower(c)) : '_';
  return s;
}

std::vector<DemoClass> pickClasses(const std::string& patternDir, int count) {
  const std::vector<std::string> found = findGimpPatterns(patternDir);
  if (found.empty())
    throw DataError("no GIMP patterns (*.pat) found in '" + patternDir +
                    "': install them with 'apt-get install gimp-data'");
  std::vector<std::pair<std::string, std::string>> chosen;  // name, file
  const auto taken = [&](const std::string& name, const std::string& file) {
    return std::any_of(chosen.begin(), chosen.end(),
                       [&](const auto& c) { return c.first == name || c.second == file; });
  };
  for (const Candidate& c : kPreferred) {
    const fs::path wanted = (fs::path(patternDir) / c.file).lexically_normal();
    const auto it = std::find_if(found.begin(), found.end(), [&](const std::string& f) {
      return fs::path(f).lexically_normal() == wanted;
    });
    if (it != found.end() && !taken(c.name, *it)) chosen.emplace_back(c.name, *it);
  }
  for (const std::string& file : found)
    if (!taken(className(file), file)) chosen.emplace_back(className(file), file);
  std::vector<DemoClass> classes;
  for (int i = 0; i < std::min<int>(count, int(chosen.size())); ++i)
    classes.push_back(
        {{chosen[i].first, chosen[i].second, {}}, readGimpPattern(chosen[i].second).image});
  return classes;
}

void validate(const DemoDatasetOptions& o) {
  const auto check = [](bool ok, const std::string& what) {
    if (!ok) throw DataError("demo dataset: " + what);
  };
  check(o.classes >= 1 && o.classes <= kMaxClasses, "classes must be 1..8");
  check(o.imageSize >= 32 && o.imageSize <= 1024, "imageSize must be 32..1024");
  check(o.trainGood >= 1 && o.testGood >= 0 && o.testDefects >= 0,
        "image counts must be >= 0, with at least one training image");
}

void prepareRoot(const fs::path& root) {
  std::error_code ec;
  if (fs::exists(root, ec) && (!fs::is_directory(root, ec) || !fs::is_empty(root, ec)))
    throw DataError("demo dataset folder '" + root.string() +
                    "' already exists and is not empty; choose a new folder");
  fs::create_directories(root, ec);
  if (ec)
    throw DataError("cannot create demo dataset folder '" + root.string() + "': " + ec.message());
}

std::string numbered(int i) {
  char name[16];
  std::snprintf(name, sizeof name, "%03d", i);
  return name;
}

// Seeds per image, so that each image depends only on (seed, class, split, index).
std::mt19937 imageRng(std::uint64_t seed, int cls, int split, int index) {
  return data::seededEngine(
      mixSeed(seed, std::uint64_t(cls), (std::uint64_t(split) << 32) | unsigned(index)));
}

cv::Mat paintedDefect(const DemoClass& cls, const std::vector<DemoClass>& all, int kindIndex,
                      int size, std::mt19937& rng, cv::Mat& image) {
  const auto kind = data::defectKindFromName(demoDefectKinds()[kindIndex]);
  image = data::renderSurface(cls.pattern, size, rng);
  cv::Mat foreign;
  if (kind == data::DefectKind::ForeignPatch) {
    std::vector<const DemoClass*> others;
    for (const auto& c : all)
      if (&c != &cls) others.push_back(&c);
    // Another class's material; a single class gets its own, inverted.
    const cv::Mat& material =
        others.empty() ? 255 - cls.pattern
                       : others[data::uniformInt(rng, 0, int(others.size()) - 1)]->pattern;
    foreign = data::renderPlainSurface(material, size, size * data::uniform(rng, 0.3, 0.6), rng);
  }
  for (int attempt = 0; attempt < 8; ++attempt) {  // tiny images can lose a thin defect
    cv::Mat painted = image.clone();
    cv::Mat mask = data::paintDefect(kind, painted, foreign, rng);
    if (cv::countNonZero(mask) > 0) {
      image = painted;
      return mask;
    }
  }
  throw DataError("demo dataset: could not paint a visible " + demoDefectKinds()[kindIndex] +
                  " at " + std::to_string(size) + " px; use a larger imageSize");
}

struct ImageJob {
  enum Kind { kTrainGood, kTestGood, kDefect };
  int cls;
  Kind kind;
  int index;
};

void writeTo(const fs::path& folder, const std::string& name, const cv::Mat& image) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) throw DataError("cannot create folder '" + folder.string() + "': " + ec.message());
  writeImage((folder / name).string(), image);
}

void makeImage(const ImageJob& job, const std::vector<DemoClass>& classes,
               const DemoDatasetOptions& o, const fs::path& root) {
  const DemoClass& cls = classes[job.cls];
  const fs::path base = root / cls.info.name;
  std::mt19937 rng = imageRng(o.seed, job.cls, int(job.kind), job.index);
  if (job.kind != ImageJob::kDefect) {
    const char* split = job.kind == ImageJob::kTrainGood ? "train" : "test";
    writeTo(base / split / "good", numbered(job.index) + ".png",
            data::renderSurface(cls.pattern, o.imageSize, rng));
    return;
  }
  const int kinds = int(demoDefectKinds().size());
  const std::string& kind = demoDefectKinds()[job.index % kinds];
  cv::Mat image;
  const cv::Mat mask = paintedDefect(cls, classes, job.index % kinds, o.imageSize, rng, image);
  writeTo(base / "test" / kind, numbered(job.index / kinds) + ".png", image);
  writeTo(base / "ground_truth" / kind, numbered(job.index / kinds) + "_mask.png", mask);
}

void writeReadme(const fs::path& root, const DemoDatasetOptions& o,
                 const std::vector<DemoClass>& classes) {
  std::ostringstream text;
  text << "MDD-Net Inspector demo dataset (MVTec AD layout), made by its demo generator.\n"
       << "seed " << o.seed << ", " << o.imageSize << "x" << o.imageSize
       << " PNG, per class: " << o.trainGood << " train/good, " << o.testGood << " test/good, "
       << o.testDefects
       << " defects over test/{scratch,crack,hole,stain,foreign_patch} with ground_truth masks.\n"
       << "Surfaces are GIMP patterns from Debian's gimp-data package (licences in "
          "/usr/share/doc/gimp-data/copyright); defects are painted.\n\n";
  for (const auto& c : classes) text << c.info.name << ": " << c.info.patternFile << "\n";
  try {
    io::writeFileAtomically((root / "README.txt").string(), text.str());
  } catch (const std::runtime_error& e) {
    throw DataError(e.what());
  }
}

}  // namespace

const std::vector<std::string>& demoDefectKinds() {
  static const std::vector<std::string> kinds = {"scratch", "crack", "hole", "stain",
                                                 "foreign_patch"};
  return kinds;
}

DemoDatasetSummary makeDemoDataset(const std::string& dir, const DemoDatasetOptions& o,
                                   const std::function<void(int, int)>& progress) {
  validate(o);
  const std::vector<DemoClass> classes = pickClasses(o.patternDir, o.classes);
  const fs::path root(dir);
  prepareRoot(root);
  DemoDatasetSummary summary;
  summary.root = fs::absolute(root).lexically_normal().string();
  const auto& allKinds = demoDefectKinds();
  const int kinds = int(allKinds.size());
  std::vector<ImageJob> jobs;
  for (int c = 0; c < int(classes.size()); ++c) {
    DemoClassInfo info = classes[c].info;
    info.defectKinds.assign(allKinds.begin(), allKinds.begin() + std::min(o.testDefects, kinds));
    summary.classes.push_back(info);
    for (int i = 0; i < o.trainGood; ++i) jobs.push_back({c, ImageJob::kTrainGood, i});
    for (int i = 0; i < o.testGood; ++i) jobs.push_back({c, ImageJob::kTestGood, i});
    for (int i = 0; i < o.testDefects; ++i) jobs.push_back({c, ImageJob::kDefect, i});
    summary.images += o.trainGood + o.testGood + o.testDefects;
    summary.masks += o.testDefects;
  }
  // Images are independent (each has its own seed), so they are made in parallel and the
  // bytes do not depend on the thread count or the order of completion.
  std::mutex mutex;
  int done = 0;
  std::exception_ptr firstError;
  cv::parallel_for_(cv::Range(0, int(jobs.size())), [&](const cv::Range& range) {
    for (int j = range.start; j < range.end; ++j) {
      try {
        makeImage(jobs[j], classes, o, root);
      } catch (...) {
        std::lock_guard<std::mutex> lock(mutex);
        if (!firstError) firstError = std::current_exception();
        return;
      }
      std::lock_guard<std::mutex> lock(mutex);
      ++done;
      if (progress) progress(done, int(jobs.size()));
    }
  });
  if (firstError) std::rethrow_exception(firstError);
  writeReadme(root, o, classes);
  return summary;
}

}  // namespace mdd
