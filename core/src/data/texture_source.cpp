#include <algorithm>
#include <filesystem>
#include <opencv2/imgproc.hpp>

#include "data/reader_common.h"
#include "data/seeded_random.h"
#include "mdd/image_io.h"
#include "mdd/textures.h"

namespace mdd {
namespace {

namespace fs = std::filesystem;

// The scikit-image files that are textures (CC0); the rest of its data folder are photos.
const char* const kSkimageTextures[] = {"brick.png", "grass.png", "gravel.png"};

// Cuts the patch into a g x g grid (g = 2..4) and shuffles the tiles: the surface keeps its
// local look but loses its layout, so even an un-recoloured crop is not normal structure.
cv::Mat shuffleTiles(const cv::Mat& patch, std::mt19937& rng) {
  const int grid = data::uniformInt(rng, 2, 4);
  const int tw = patch.cols / grid, th = patch.rows / grid;
  if (tw < 2 || th < 2) return patch;
  std::vector<cv::Rect> tiles;
  for (int y = 0; y < grid; ++y)
    for (int x = 0; x < grid; ++x) tiles.emplace_back(x * tw, y * th, tw, th);
  std::vector<cv::Rect> sources = tiles;
  data::shuffleInPlace(sources, rng);
  cv::Mat out = patch.clone();
  for (std::size_t i = 0; i < tiles.size(); ++i) patch(sources[i]).copyTo(out(tiles[i]));
  return out;
}

// A hue rotation of 60-300 degrees, half of the time also inverted: a training-image crop
// becomes a surface of another colour, so that it is an anomaly rather than a copy of normal
// texture. A saturation floor gives grey surfaces (which have no hue to rotate) a colour.
cv::Mat recolour(const cv::Mat& bgr, std::mt19937& rng) {
  cv::Mat hsvImage;
  cv::cvtColor(bgr, hsvImage, cv::COLOR_BGR2HSV_FULL);
  const int shift = data::uniformInt(rng, 43, 213);  // on the 256-step hue circle
  cv::Mat rotateHue(1, 256, CV_8U);
  for (int i = 0; i < 256; ++i) rotateHue.at<std::uint8_t>(i) = std::uint8_t((i + shift) & 255);
  std::vector<cv::Mat> hsv;
  cv::split(hsvImage, hsv);
  cv::LUT(hsv[0], rotateHue, hsv[0]);
  cv::max(hsv[1], cv::Scalar(80), hsv[1]);
  cv::merge(hsv, hsvImage);
  cv::Mat out;
  cv::cvtColor(hsvImage, out, cv::COLOR_HSV2BGR_FULL);
  if (data::bernoulli(rng, 0.5)) cv::bitwise_not(out, out);
  return out;
}

}  // namespace

TextureSource TextureSource::fromFolder(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw DataError("texture folder '" + dir + "' does not exist; choose a folder of images");
  TextureSource src;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && data::hasImageExtension(it->path()))
      src.items_.push_back({it->path().string(), cv::Mat(), false, false});
  }
  if (src.items_.empty())
    throw DataError("texture folder '" + dir + "' holds no image files (png, jpg, bmp, tif...)");
  std::sort(src.items_.begin(), src.items_.end(),
            [](const Item& a, const Item& b) { return a.path < b.path; });
  return src;
}

TextureSource TextureSource::fromImages(const std::vector<std::string>& paths) {
  TextureSource src;
  for (const auto& p : paths) src.items_.push_back({p, cv::Mat(), true, false});
  return src;
}

TextureSource TextureSource::fromSystem(const std::string& gimpDir, const std::string& skimageDir) {
  TextureSource src;
  for (const std::string& path : findGimpPatterns(gimpDir))
    src.items_.push_back({path, readGimpPattern(path).image, false, true});
  for (const char* name : kSkimageTextures) {
    const fs::path path = fs::path(skimageDir) / name;
    std::error_code ec;
    if (fs::is_regular_file(path, ec))
      src.items_.push_back({path.string(), readImage(path.string()), false, false});
  }
  if (src.items_.empty())
    throw DataError("no texture images found in '" + gimpDir + "' or '" + skimageDir +
                    "': install gimp-data (apt-get install gimp-data) or choose a texture folder");
  return src;
}

void TextureSource::add(const TextureSource& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

cv::Mat TextureSource::sample(cv::Size size, std::mt19937& rng) const {
  if (items_.empty()) throw DataError("texture source is empty: no texture to sample from");
  const Item& item = items_[std::size_t(data::uniformInt(rng, 0, int(items_.size()) - 1))];
  const cv::Mat image = item.image.empty() ? readImage(item.path) : item.image;
  const double scale = data::uniform(rng, 0.5, 1.5);
  // Where the patch starts in the texture; beyond its edges the texture repeats.
  const double spanX = size.width / scale, spanY = size.height / scale;
  const double ox = data::uniform(rng, 0.0, std::max(1.0, image.cols - spanX));
  const double oy = data::uniform(rng, 0.0, std::max(1.0, image.rows - spanY));
  const cv::Matx23d toPatch(scale, 0, -ox * scale, 0, scale, -oy * scale);
  cv::Mat patch;
  cv::warpAffine(image, patch, toPatch, size, cv::INTER_LINEAR,
                 item.seamless ? cv::BORDER_WRAP : cv::BORDER_REFLECT_101);
  const int flip = data::uniformInt(rng, -1, 2);  // 2: none
  if (flip != 2) cv::flip(patch, patch, flip);
  if (size.width == size.height && data::bernoulli(rng, 0.5))
    cv::rotate(patch, patch, cv::ROTATE_90_CLOCKWISE);
  return item.fromTraining ? recolour(shuffleTiles(patch, rng), rng) : patch;
}

}  // namespace mdd
