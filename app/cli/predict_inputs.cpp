#include "predict_inputs.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>

namespace mdd::cli {
namespace {

namespace fs = std::filesystem;

bool isImageFile(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* known : {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp"})
    if (ext == known) return true;
  return false;
}

std::vector<fs::path> imagesUnder(const fs::path& folder) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec) && isImageFile(it->path())) out.push_back(it->path());
  if (ec) throw std::runtime_error("cannot list folder '" + folder.string() + "': " + ec.message());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<PredictInput> imageInputs(const std::vector<std::string>& paths, int classIndex) {
  std::vector<PredictInput> out;
  for (const auto& given : paths) {
    const fs::path path(given);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      const auto images = imagesUnder(path);
      if (images.empty()) throw std::runtime_error("no images in folder '" + given + "'");
      for (const auto& image : images)
        out.push_back({image.string(), image.lexically_relative(path).replace_extension().string(),
                       classIndex, {}, MaskRule::HalfScale});
    } else if (fs::exists(path, ec)) {
      out.push_back({given, path.stem().string(), classIndex, {}, MaskRule::HalfScale});
    } else {
      throw std::runtime_error("input '" + given + "' does not exist");
    }
  }
  return out;
}

std::vector<PredictInput> datasetInputs(const Dataset& dataset, Split split, const Model& model) {
  std::vector<PredictInput> out;
  for (const auto& s : dataset.select(split)) {
    const std::string name =
        s.className + "/" + s.defectType + "/" + fs::path(s.path).stem().string();
    out.push_back({s.path, name, model.classIndex(s.className), s.maskPath, s.maskRule});
  }
  return out;
}

}  // namespace mdd::cli
