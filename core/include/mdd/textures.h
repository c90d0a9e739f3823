#pragma once
// Texture images for anomaly synthesis (DTD is not available offline): a user-chosen
// folder, the training images themselves, and texture files that Debian packages install
// (GIMP patterns from gimp-data, scikit-image's brick/grass/gravel). Torch-free.
#include <cstdint>
#include <opencv2/core.hpp>
#include <random>
#include <string>
#include <vector>

#include "mdd/data_error.h"

namespace mdd {

inline constexpr const char* kGimpPatternDir = "/usr/share/gimp/2.0/patterns";
inline constexpr const char* kSkimageDataDir = "/usr/lib/python3/dist-packages/skimage/data";

// A GIMP .pat pattern: big-endian u32 header_size, version (1), width, height,
// bytes_per_pixel (1 grey, 2 grey+alpha, 3 RGB, 4 RGBA), magic "GPAT", a NUL-terminated
// UTF-8 name filling the rest of the header, then width*height*bpp raw 8-bit pixels.
struct GimpPattern {
  std::string name;  // the name stored in the file
  cv::Mat image;     // CV_8UC3 BGR; alpha composited over black like mdd::readImage
  int bytesPerPixel = 0;
};

// Validates every field; throws DataError naming the file and the field at fault
// (truncated header or pixels, bad magic, unknown version or depth, absurd size, name
// without its NUL).
GimpPattern readGimpPattern(const std::string& path);
GimpPattern decodeGimpPattern(const std::vector<unsigned char>& bytes, const std::string& what);

// *.pat files under `dir` (recursive), sorted; empty when the folder does not exist.
std::vector<std::string> findGimpPatterns(const std::string& dir = kGimpPatternDir);

// A set of texture images to cut texture patches from. Copyable (images are shared, not
// copied); sample() is const and safe to call from several threads at once.
class TextureSource {
 public:
  // Every image under `dir` (recursive). Read lazily, one file per sample(), so a large
  // folder costs no memory. Throws DataError when the folder is missing or has no image.
  static TextureSource fromFolder(const std::string& dir);
  // Training images as textures: each sample is a crop of a random image, cut into a 2x2 to
  // 4x4 grid of shuffled tiles and re-coloured (hue rotation, sometimes inverted), so that
  // it does not pass for normal surface.
  static TextureSource fromImages(const std::vector<std::string>& paths);
  // GIMP patterns and scikit-image textures installed on this machine, decoded up front
  // (about 3 MB). Throws DataError, saying to install gimp-data, when none is found.
  static TextureSource fromSystem(const std::string& gimpDir = kGimpPatternDir,
                                  const std::string& skimageDir = kSkimageDataDir);

  void add(const TextureSource& other);
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  const std::string& origin(std::size_t i) const { return items_[i].path; }

  // A CV_8UC3 BGR patch of `size` from a random texture: random scale (0.5-1.5x), random
  // flips and 90-degree turns, tiled by mirroring where the texture is smaller. A file that
  // cannot be read throws DataError naming it.
  cv::Mat sample(cv::Size size, std::mt19937& rng) const;

 private:
  struct Item {
    std::string path;
    cv::Mat image;              // empty: read `path` on demand
    bool fromTraining = false;  // shuffled and re-coloured, see fromImages
    bool seamless = false;      // tiles without seams (GIMP patterns): wrap instead of mirror
  };
  std::vector<Item> items_;
};

}  // namespace mdd
