// Fuzz target: the dataset readers (MVTec AD multi-class and one-category, VisA with its
// CSV split file, the plain folder layout), layout detection, and the file checks behind
// mdd::loadDataset. The input is a text manifest of a small folder tree, so that seeds are
// real layouts and mutations reach odd names (spaces, UTF-8, "..x", quotes, 255-byte and
// longer names) and odd contents:
//
//   o check=header fatal=0 dup=reject layout=auto val=0.1 test=0.2 seed=1 sources=1 class=C cat=C
//   d <path>                  a folder
//   f <path> <kind>           an image: grey rgb mask small jpg bmp deep empty
//   t <path>                  a text file: the following lines up to a line "."
//   l <path> <target>         a symbolic link
//
// Paths are relative to the dataset root; "." and ".." components become "dot" and "dotdot"
// (nothing is written outside the scratch folder), but CSV text may name anything.
// Documented rejection: mdd::DataError; problems with single files belong in the LoadReport.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <opencv2/imgcodecs.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_common.h"
#include "mdd/dataset.h"

namespace {

namespace fs = std::filesystem;

std::map<std::string, std::vector<unsigned char>> gImages;  // kind -> encoded file, built once

std::vector<unsigned char> encode(const char* ext, const cv::Mat& m) {
  std::vector<unsigned char> out;
  cv::imencode(ext, m, out);
  return out;
}

fs::path underRoot(const fs::path& root, const std::string& relative) {
  fs::path p = root;
  std::stringstream parts(relative);
  std::string part;
  while (std::getline(parts, part, '/')) {
    if (part.empty()) continue;
    if (part == ".") part = "dot";
    if (part == "..") part = "dotdot";
    p /= part;
  }
  return p;
}

void writeBytes(const fs::path& p, const void* data, size_t size) {
  std::error_code ec;
  fs::create_directories(p.parent_path(), ec);
  std::ofstream(p, std::ios::binary).write(static_cast<const char*>(data), std::streamsize(size));
}

double number(const std::string& text, double fallback) {
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  return end != text.c_str() && v >= 0 && v <= 1 ? v : fallback;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  cv::Mat grey(8, 8, CV_8UC1), colour(8, 8, CV_8UC3), mask(8, 8, CV_8UC1, cv::Scalar(0));
  cv::randu(grey, 0, 255);
  cv::randu(colour, 0, 255);
  mask(cv::Rect(2, 3, 3, 3)).setTo(255);
  gImages = {{"grey", encode(".png", grey)},
             {"rgb", encode(".png", colour)},
             {"mask", encode(".png", mask)},
             {"small", encode(".png", cv::Mat(6, 4, CV_8UC1, cv::Scalar(1)))},
             {"jpg", encode(".jpg", colour)},
             {"bmp", encode(".bmp", grey)},
             {"deep", encode(".png", cv::Mat(8, 8, CV_16UC1, cv::Scalar(40000)))},
             {"empty", {}}};
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const fs::path top = mddfuzz::scratchDir() / "tree";
  std::error_code ec;
  fs::remove_all(top, ec);
  const fs::path root = top / "root";
  fs::create_directories(root, ec);

  std::map<std::string, std::string> opts;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::string line;
  while (std::getline(in, line)) {
    if (line.size() < 2 || line[1] != ' ') continue;
    const std::string rest = line.substr(2);
    const auto space = rest.rfind(' ');
    switch (line[0]) {
      case 'o': {
        std::istringstream words(rest);
        std::string word;
        while (words >> word) {
          const auto eq = word.find('=');
          if (eq != std::string::npos) opts[word.substr(0, eq)] = word.substr(eq + 1);
        }
        break;
      }
      case 'd':
        fs::create_directories(underRoot(root, rest), ec);
        break;
      case 'f': {
        if (space == std::string::npos) break;
        const auto it = gImages.find(rest.substr(space + 1));
        if (it != gImages.end())
          writeBytes(underRoot(root, rest.substr(0, space)), it->second.data(), it->second.size());
        break;
      }
      case 't': {
        std::string text, textLine;
        while (std::getline(in, textLine) && textLine != ".") text += textLine + "\n";
        writeBytes(underRoot(root, rest), text.data(), text.size());
        break;
      }
      case 'l': {
        if (space == std::string::npos) break;
        const fs::path link = underRoot(root, rest.substr(0, space));
        fs::create_directories(link.parent_path(), ec);
        fs::create_symlink(rest.substr(space + 1), link, ec);
        break;
      }
      default:
        break;
    }
  }

  mdd::DatasetOptions options;
  options.validationFraction = number(opts["val"], 0.1);
  options.folderTestFraction = number(opts["test"], 0.2);
  options.seed = std::strtoull(opts["seed"].c_str(), nullptr, 10);
  const std::string check = opts["check"];
  options.check = check == "none"     ? mdd::ImageCheck::None
                  : check == "decode" ? mdd::ImageCheck::Decode
                                      : mdd::ImageCheck::Header;
  options.duplicates =
      opts["dup"] == "rename" ? mdd::DuplicateClasses::Rename : mdd::DuplicateClasses::Reject;
  options.fatal = opts["fatal"] == "1";
  const std::string layout = opts["layout"];
  mdd::DatasetSource source;
  source.root = root.string();
  source.layout = layout == "mvtec"      ? mdd::DatasetLayout::MvtecMulti
                  : layout == "category" ? mdd::DatasetLayout::MvtecCategory
                  : layout == "visa"     ? mdd::DatasetLayout::Visa
                  : layout == "folder"   ? mdd::DatasetLayout::Folder
                                         : mdd::DatasetLayout::Auto;
  source.className = opts["class"];
  if (!opts["cat"].empty()) source.categories.push_back(opts["cat"]);
  const std::vector<mdd::DatasetSource> sources(opts["sources"] == "2" ? 2 : 1, source);

  try {
    (void)mdd::detectLayout(root.string());
    mdd::LoadReport report;
    const mdd::Dataset ds = mdd::loadDataset(sources, options, report);
    (void)report.format();
    for (const auto& sample : ds.samples)
      if (sample.path.empty() || ds.classIndex(sample.className) < 0) __builtin_trap();
  } catch (const mdd::DataError&) {
  }
  fs::remove_all(top, ec);
  return 0;
}
