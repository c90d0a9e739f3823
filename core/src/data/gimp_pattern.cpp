#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <opencv2/imgproc.hpp>

#include "mdd/image_io.h"
#include "mdd/textures.h"

namespace mdd {
namespace {

constexpr std::uint32_t kFixedHeaderBytes = 24;  // five u32 fields and the magic
// GIMP itself caps patterns at 10000 px a side; anything larger is a broken header.
constexpr std::uint32_t kMaxSide = 10000;
constexpr std::uint32_t kMaxNameBytes = 256;

std::uint32_t bigEndian32(const unsigned char* b) {
  return (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) | (std::uint32_t(b[2]) << 8) |
         std::uint32_t(b[3]);
}

[[noreturn]] void fail(const std::string& what, const std::string& why) {
  throw DataError("cannot read GIMP pattern '" + what + "': " + why);
}

}  // namespace

GimpPattern decodeGimpPattern(const std::vector<unsigned char>& bytes, const std::string& what) {
  if (bytes.size() < kFixedHeaderBytes)
    fail(what, "truncated: " + std::to_string(bytes.size()) + " bytes, shorter than the " +
                   std::to_string(kFixedHeaderBytes) + "-byte header");
  const unsigned char* b = bytes.data();
  const std::uint32_t headerSize = bigEndian32(b), version = bigEndian32(b + 4);
  const std::uint32_t width = bigEndian32(b + 8), height = bigEndian32(b + 12);
  const std::uint32_t bpp = bigEndian32(b + 16);
  if (std::string(reinterpret_cast<const char*>(b + 20), 4) != "GPAT")
    fail(what, "bad magic (expected 'GPAT' at byte 20): not a GIMP pattern");
  if (version != 1) fail(what, "unsupported version " + std::to_string(version) + " (expected 1)");
  if (headerSize <= kFixedHeaderBytes || headerSize > kFixedHeaderBytes + kMaxNameBytes)
    fail(what, "header_size " + std::to_string(headerSize) + " outside " +
                   std::to_string(kFixedHeaderBytes + 1) + ".." +
                   std::to_string(kFixedHeaderBytes + kMaxNameBytes));
  if (width == 0 || height == 0 || width > kMaxSide || height > kMaxSide)
    fail(what, "invalid size " + std::to_string(width) + "x" + std::to_string(height));
  if (bpp < 1 || bpp > 4)
    fail(what, "bytes_per_pixel is " + std::to_string(bpp) + " (expected 1 to 4)");
  if (bytes.size() < headerSize) fail(what, "truncated inside the pattern name");
  const auto nameBegin = bytes.begin() + kFixedHeaderBytes, nameEnd = bytes.begin() + headerSize;
  const auto nul = std::find(nameBegin, nameEnd, 0);
  if (nul == nameEnd) fail(what, "the pattern name is not NUL-terminated within header_size");
  const std::size_t pixelBytes = std::size_t(width) * height * bpp;
  const std::size_t available = bytes.size() - headerSize;
  if (available < pixelBytes)
    fail(what, "truncated: the header announces " + std::to_string(width) + "x" +
                   std::to_string(height) + "x" + std::to_string(bpp) + " = " +
                   std::to_string(pixelBytes) + " pixel bytes but only " +
                   std::to_string(available) + " follow");

  GimpPattern p;
  p.name.assign(nameBegin, nul);
  p.bytesPerPixel = int(bpp);
  // The file stores grey / grey+alpha / RGB / RGBA; OpenCV's order is BGR.
  const cv::Mat raw(int(height), int(width), CV_8UC(int(bpp)),
                    const_cast<unsigned char*>(b + headerSize));
  cv::Mat bgrOrder;
  if (bpp == 3)
    cv::cvtColor(raw, bgrOrder, cv::COLOR_RGB2BGR);
  else if (bpp == 4)
    cv::cvtColor(raw, bgrOrder, cv::COLOR_RGBA2BGRA);
  else
    bgrOrder = raw.clone();
  p.image = toBgr8(bgrOrder, what);
  return p;
}

GimpPattern readGimpPattern(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) fail(path, "the file does not exist");
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path, "the file cannot be opened for reading");
  const std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)),
                                         std::istreambuf_iterator<char>());
  return decodeGimpPattern(bytes, path);
}

std::vector<std::string> findGimpPatterns(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".pat" && it->is_regular_file(ec))
      out.push_back(it->path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace mdd
