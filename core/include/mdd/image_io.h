#pragma once
// Reading images and ground-truth masks from disk, whatever their depth and channel
// layout. Torch-free; safe to call from several data-loading threads at once.
#include <opencv2/core.hpp>
#include <string>

#include "mdd/data_error.h"

namespace mdd {

// How a mask's pixel values become defect / no defect.
enum class MaskRule {
  // Defect where any channel is >= half of full scale: >= 128 (8-bit), >= 32768 (16-bit),
  // >= 0.5 (float). MVTec AD, Magnetic Tile and the folder layout: their masks hold
  // JPEG-like noise in the low values that must not count as defect.
  HalfScale,
  // Defect wherever any channel is non-zero. VisA: its masks are label maps (0, 1, 2, ...).
  NonZero,
};

// Reads an image file as CV_8UC3 BGR, the one format the rest of the engine sees.
// - 8-bit: as decoded. 16-bit: v / 257 rounded, so 65535 -> 255 and the full range maps
//   to the full range. Float: [0, 1] -> [0, 255], clamped.
// - Grey and palette images become three equal / expanded channels.
// - Alpha (grey+alpha, BGRA) is composited over black: transparent pixels often hold
//   arbitrary colour, and black is what a cut-out object's background reads as elsewhere.
// - EXIF orientation is ignored (raw pixel order), so images and masks always align.
// Throws DataError naming the file: missing, a folder, empty (0 bytes), not decodable, or
// a header declaring more pixels than maxDecodedPixels() (refused before decoding).
cv::Mat readImage(const std::string& path);

// The most pixels readImage / readMask decode: 2^28 (16384 x 16384) unless set lower, e.g.
// by the fuzzers, where each large decode would cost seconds under the sanitizers.
double maxDecodedPixels();
void setMaxDecodedPixels(double pixels);

// Reads a mask as CV_8U with values 0 and 255 only (see MaskRule). Same errors as readImage.
cv::Mat readMask(const std::string& path, MaskRule rule = MaskRule::HalfScale);

// The pixel size of an image file. PNG and JPEG sizes come from the file header without
// decoding (a few hundred bytes read); other formats are decoded. Throws like readImage,
// also when a PNG/JPEG header is malformed.
cv::Size readImageSize(const std::string& path);

// The conversions readImage / readMask apply to an already decoded cv::Mat (any depth
// CV_8U/CV_16U/CV_32F/CV_64F, 1-4 channels). `what` names the source in error messages.
cv::Mat toBgr8(const cv::Mat& decoded, const std::string& what);
cv::Mat binariseMask(const cv::Mat& decoded, MaskRule rule, const std::string& what);

// Writes an image (any type cv::imwrite accepts for the extension) through a temporary
// file and a rename, so a crash never leaves a half-written file under the final name.
// PNG output is deterministic: the same pixels give the same bytes.
void writeImage(const std::string& path, const cv::Mat& image);

}  // namespace mdd
