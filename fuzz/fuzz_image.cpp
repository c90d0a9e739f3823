// Fuzz target: image decoding and mask handling (mdd::readImage, readMask with both rules,
// readImageSize with its PNG/JPEG header probe) on the input as a file, and the conversions
// toBgr8 / binariseMask on a matrix of any depth and channel count built from the input.
// Documented rejection: mdd::DataError naming the file. Byte 0 picks the mode.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "fuzz_common.h"
#include "mdd/image_io.h"

namespace {

void checkBgr8(const cv::Mat& m) {
  if (m.empty() || m.type() != CV_8UC3) __builtin_trap();
}

void checkMask(const cv::Mat& m) {
  if (m.empty() || m.type() != CV_8UC1) __builtin_trap();
  for (int y = 0; y < m.rows; ++y)
    for (int x = 0; x < m.cols; ++x)
      if (m.at<uint8_t>(y, x) != 0 && m.at<uint8_t>(y, x) != 255) __builtin_trap();
}

void fromFile(const uint8_t* data, size_t size, unsigned selector) {
  static const std::array<const char*, 6> exts = {".png", ".jpg", ".bmp", ".tif", ".pgm", ".webp"};
  const std::string path = mddfuzz::writeScratchFile("image" + std::string(exts[selector % exts.size()]),
                                                      data, size);
  cv::Size size2;
  bool sized = false;
  try {
    size2 = mdd::readImageSize(path);
    sized = true;
  } catch (const mdd::DataError&) {
  }
  try {
    const cv::Mat image = mdd::readImage(path);
    checkBgr8(image);
    // A header that gave a size must agree with the decoded image.
    if (sized && size2 != image.size()) __builtin_trap();
  } catch (const mdd::DataError&) {
  }
  for (auto rule : {mdd::MaskRule::HalfScale, mdd::MaskRule::NonZero}) {
    try {
      checkMask(mdd::readMask(path, rule));
    } catch (const mdd::DataError&) {
    }
  }
}

void fromMatrix(const uint8_t* data, size_t size) {
  if (size < 3) return;
  static const std::array<int, 7> depths = {CV_8U, CV_16U, CV_32F, CV_64F, CV_8S, CV_16S, CV_32S};
  const int depth = depths[data[0] % depths.size()];
  const int channels = 1 + data[1] % 5;  // 5: not an image layout, must be refused
  const int cols = 1 + data[2] % 16;
  data += 3;
  size -= 3;
  const size_t rowBytes = size_t(cols) * channels * CV_ELEM_SIZE1(depth);
  const int rows = static_cast<int>(std::min<size_t>(size / rowBytes, 16));
  if (rows == 0) return;
  cv::Mat m(rows, cols, CV_MAKETYPE(depth, channels));
  std::memcpy(m.data, data, rowBytes * rows);
  try {
    checkBgr8(mdd::toBgr8(m, "fuzz matrix"));
  } catch (const mdd::DataError&) {
  }
  for (auto rule : {mdd::MaskRule::HalfScale, mdd::MaskRule::NonZero}) {
    try {
      checkMask(mdd::binariseMask(m, rule, "fuzz matrix"));
    } catch (const mdd::DataError&) {
    }
  }
}

}  // namespace

// Damaged headers can declare any frame size up to the product's limit (268 megapixels),
// and one such decode takes many seconds under ASan: the fuzzer decodes at most 4.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  mdd::setMaxDecodedPixels(4e6);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  if (data[0] & 0x80)
    fromMatrix(data + 1, size - 1);
  else
    fromFile(data + 1, size - 1, data[0]);
  return 0;
}
