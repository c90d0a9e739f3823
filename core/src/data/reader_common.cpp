#include "data/reader_common.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace mdd::data {
namespace {

const std::array<const char*, 11> kImageExtensions = {
    ".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".pgm", ".ppm", ".pbm", ".pnm"};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}

bool isHidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

template <typename Keep>
std::vector<fs::path> listSorted(const fs::path& dir, Keep keep) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!isHidden(it->path()) && keep(*it)) out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

bool hasImageExtension(const fs::path& file) {
  const std::string ext = lower(file.extension().string());
  return std::find(kImageExtensions.begin(), kImageExtensions.end(), ext) != kImageExtensions.end();
}

std::vector<fs::path> listImages(const fs::path& dir) {
  return listSorted(dir, [](const fs::directory_entry& e) {
    std::error_code ec;
    return e.is_regular_file(ec) && hasImageExtension(e.path());
  });
}

std::vector<fs::path> listFolders(const fs::path& dir) {
  return listSorted(dir, [](const fs::directory_entry& e) {
    std::error_code ec;
    return e.is_directory(ec);
  });
}

bool isFolder(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

fs::path findMask(const fs::path& maskDir, const std::string& stem) {
  for (const std::string& name : {stem + "_mask", stem}) {
    for (const char* ext : kImageExtensions) {
      std::error_code ec;
      const fs::path candidate = maskDir / (name + ext);
      if (fs::is_regular_file(candidate, ec)) return candidate;
    }
  }
  return {};
}

std::string absolutePath(const fs::path& p) {
  std::error_code ec;
  const fs::path abs = fs::absolute(p, ec);
  return (ec ? p : abs).lexically_normal().string();
}

std::string folderName(const fs::path& root) {
  fs::path p = fs::path(absolutePath(root));
  if (p.filename().empty()) p = p.parent_path();
  return p.filename().string();
}

Sample makeSample(const fs::path& image, const std::string& className, Split split,
                  const std::string& defectType) {
  Sample s;
  s.path = absolutePath(image);
  s.className = className;
  s.split = split;
  s.defectType = defectType;
  s.isAnomalous = defectType != "good";
  return s;
}

}  // namespace mdd::data
