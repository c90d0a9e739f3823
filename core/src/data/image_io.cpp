#include "mdd/image_io.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

#include "data/image_header.h"
#include "io/atomic_file.h"

namespace mdd {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& path, const std::string& why) {
  throw DataError("cannot read image '" + path + "': " + why);
}

// Existence, kind and size checks first, so each failure gets its own message; the bytes
// are then decoded from memory, which also lets imdecode see the whole file at once.
std::vector<unsigned char> readFileBytes(const std::string& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) fail(path, "the file does not exist");
  if (fs::is_directory(status)) fail(path, "this is a folder, not an image file");
  const auto size = fs::file_size(path, ec);
  if (ec) fail(path, "its size cannot be read (" + ec.message() + ")");
  if (size == 0) fail(path, "the file is empty (0 bytes); re-export or remove it");
  std::ifstream in(path, std::ios::binary);
  std::vector<unsigned char> bytes(size);
  if (!in || !in.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(size)))
    fail(path, "the file cannot be opened for reading (check its permissions)");
  return bytes;
}

// The most pixels a file may declare: by default 2^28, a 16384 x 16384 image (768 MiB as BGR).
std::atomic<double> gMaxPixels{268435456.0};

// The size a JPEG decoder may allocate for these bytes. A clean header gives its frame
// size; a damaged one, which libjpeg still decodes past, gives the largest start-of-frame
// pattern anywhere in the bytes (the decoder may settle on any of them).
double declaredJpegPixels(const std::vector<unsigned char>& b) {
  double largest = 0;
  for (size_t i = 0; i + 8 < b.size(); ++i) {
    if (b[i] != 0xFF || !data::isJpegStartOfFrame(b[i + 1])) continue;
    const double h = b[i + 5] * 256.0 + b[i + 6], w = b[i + 7] * 256.0 + b[i + 8];
    largest = std::max(largest, w * h);
  }
  return largest;
}

// Refuses, before decoding, a file whose header declares more than maxDecodedPixels(): a
// few hundred bytes can otherwise make the decoder allocate gigabytes.
void checkDeclaredSize(const std::string& path, const std::vector<unsigned char>& bytes) {
  const data::HeaderProbe probe = data::probeImageHeader(path);
  double pixels = 0;
  if (probe.result == data::HeaderProbe::Result::Size)
    pixels = double(probe.size.width) * probe.size.height;
  else if (bytes.size() > 2 && bytes[0] == 0xFF && bytes[1] == 0xD8)
    pixels = declaredJpegPixels(bytes);
  const double limit = gMaxPixels.load();
  if (pixels > limit)
    fail(path, "its header declares " + std::to_string(static_cast<long long>(pixels / 1e6)) +
                   " megapixels, more than the " +
                   std::to_string(static_cast<long long>(limit / 1e6)) +
                   " this program decodes; the file is corrupt, or scale the image down");
}

cv::Mat decodeFile(const std::string& path) {
  const std::vector<unsigned char> bytes = readFileBytes(path);
  checkDeclaredSize(path, bytes);
  cv::Mat decoded;
  try {
    decoded = cv::imdecode(bytes, cv::IMREAD_UNCHANGED);
  } catch (const cv::Exception& e) {
    fail(path, "the decoder failed (" + e.err + "); the file is corrupt or truncated");
  }
  if (decoded.empty())
    fail(path, "not a decodable image (corrupt, truncated or an unsupported format)");
  return decoded;
}

// Scale to 8 bits per channel, keeping the channel count.
cv::Mat toDepth8(const cv::Mat& m, const std::string& what) {
  cv::Mat out;
  switch (m.depth()) {
    case CV_8U:
      return m;
    case CV_16U:
      m.convertTo(out, CV_8U, 1.0 / 257.0);  // 65535 / 257 = 255 exactly
      return out;
    case CV_32F:
    case CV_64F:
      m.convertTo(out, CV_8U, 255.0);  // saturate_cast clamps to [0, 255]
      return out;
    default:
      throw DataError("cannot use image '" + what +
                      "': unsupported pixel depth (signed or 32-bit integer samples); "
                      "convert it to 8- or 16-bit unsigned");
  }
}

// Colour times alpha over a black background, in 8 bits.
cv::Mat compositeOverBlack(const cv::Mat& colour, const cv::Mat& alpha) {
  std::vector<cv::Mat> planes;
  cv::split(colour, planes);
  for (auto& p : planes) cv::multiply(p, alpha, p, 1.0 / 255.0);
  cv::Mat out;
  cv::merge(planes, out);
  return out;
}

double halfScale(int depth) {
  switch (depth) {
    case CV_8U:
      return 128.0;
    case CV_16U:
      return 32768.0;
    default:
      return 0.5;
  }
}

}  // namespace

cv::Mat toBgr8(const cv::Mat& decoded, const std::string& what) {
  if (decoded.empty()) throw DataError("cannot use image '" + what + "': it has no pixels");
  const cv::Mat m = toDepth8(decoded, what);
  cv::Mat out;
  switch (m.channels()) {
    case 1:
      cv::cvtColor(m, out, cv::COLOR_GRAY2BGR);
      return out;
    case 2: {
      std::vector<cv::Mat> ga;
      cv::split(m, ga);
      cv::cvtColor(compositeOverBlack(ga[0], ga[1]), out, cv::COLOR_GRAY2BGR);
      return out;
    }
    case 3:
      return m.data == decoded.data ? m.clone() : m;
    case 4: {
      std::vector<cv::Mat> bgra;
      cv::split(m, bgra);
      cv::Mat bgr;
      cv::merge(std::vector<cv::Mat>{bgra[0], bgra[1], bgra[2]}, bgr);
      return compositeOverBlack(bgr, bgra[3]);
    }
    default:
      throw DataError("cannot use image '" + what + "': " + std::to_string(m.channels()) +
                      " channels (1 to 4 are supported)");
  }
}

cv::Mat binariseMask(const cv::Mat& decoded, MaskRule rule, const std::string& what) {
  if (decoded.empty()) throw DataError("cannot use mask '" + what + "': it has no pixels");
  if (decoded.channels() > 4)
    throw DataError("cannot use mask '" + what + "': more than 4 channels");
  // Grey+alpha and BGRA: the alpha plane says nothing about the defect, drop it.
  const int colourPlanes = decoded.channels() == 2 ? 1 : std::min(decoded.channels(), 3);
  std::vector<cv::Mat> planes;
  cv::split(decoded, planes);
  cv::Mat strongest = planes[0].clone();
  for (int i = 1; i < colourPlanes; ++i) strongest = cv::max(strongest, planes[i]);
  // Compared in the mask's own depth (no widening copy); comparisons yield CV_8U 0/255.
  if (rule == MaskRule::NonZero) return strongest != 0.0;
  return strongest >= halfScale(decoded.depth());
}

double maxDecodedPixels() { return gMaxPixels.load(); }
void setMaxDecodedPixels(double pixels) { gMaxPixels.store(pixels); }

cv::Mat readImage(const std::string& path) { return toBgr8(decodeFile(path), path); }

cv::Mat readMask(const std::string& path, MaskRule rule) {
  return binariseMask(decodeFile(path), rule, path);
}

cv::Size readImageSize(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) fail(path, "the file does not exist");
  if (fs::is_directory(path, ec)) fail(path, "this is a folder, not an image file");
  if (fs::file_size(path, ec) == 0 && !ec)
    fail(path, "the file is empty (0 bytes); re-export or remove it");
  const data::HeaderProbe probe = data::probeImageHeader(path);
  if (probe.result == data::HeaderProbe::Result::Size) return probe.size;
  if (probe.result == data::HeaderProbe::Result::Malformed)
    fail(path, probe.why + " (corrupt or truncated)");
  return decodeFile(path).size();
}

void writeImage(const std::string& path, const cv::Mat& image) {
  const fs::path target(path);
  const std::string ext = target.extension().string();
  std::vector<int> params;
  // Compression level 3 and above saves about 1% on texture images at 1.5-2x the time.
  if (ext == ".png" || ext == ".PNG") params = {cv::IMWRITE_PNG_COMPRESSION, 1};
  std::vector<unsigned char> bytes;
  bool encoded = false;
  try {
    encoded = cv::imencode(ext.empty() ? ".png" : ext, image, bytes, params);
  } catch (const cv::Exception& e) {
    throw DataError("cannot write image '" + path + "': " + e.err);
  }
  if (!encoded) throw DataError("cannot write image '" + path + "': encoding failed");
  try {
    io::AtomicFileWriter file(path);
    file.write(bytes.data(), bytes.size());
    file.commit();
  } catch (const std::runtime_error& e) {
    throw DataError(std::string("cannot write image: ") + e.what());
  }
}

}  // namespace mdd
