#pragma once
// Turning a BGR image into the network's input (size, channel order, normalisation), and
// mapping model-resolution maps back onto the original image. Torch-free; OpenCV only, so
// it runs in data-loading threads.
#include <array>
#include <opencv2/core.hpp>

namespace mdd {

enum class ResizeMode {
  Squash,               // resize to width x height, aspect ratio not kept
  Letterbox,            // fit inside, keep aspect; the border is 0 after normalisation
  ShortSideCentreCrop,  // scale the short side to fit, crop the centre; edges are not seen
};

enum class ChannelOrder { RGB, BGR };

struct PreprocessConfig {
  int width = 256;
  int height = 256;
  ResizeMode resize = ResizeMode::Squash;
  // Remove exposure and contrast differences between images: x <- (x - m) / s * S + M with
  // m, s this image's mean and standard deviation over all pixels and channels (one shift
  // and scale, so colour relations stay), S, M the means of `std` and `mean`. Applied to
  // x / 255 before the usual (x - mean) / std.
  bool perImageStandardise = false;
  // In `channelOrder`; the defaults are ImageNet's RGB statistics. Keras "tf" teachers use
  // mean 0.5, std 0.5 (x / 127.5 - 1).
  std::array<float, 3> mean{0.485f, 0.456f, 0.406f};
  std::array<float, 3> std{0.229f, 0.224f, 0.225f};
  ChannelOrder channelOrder = ChannelOrder::RGB;
  // Letterbox only: fill the borders with the image mirrored outwards (OpenCV's
  // BORDER_REFLECT_101) instead of the mean colour. The borders stay no part of the image:
  // they are never scored, and training leaves them out of the losses.
  bool reflectBorders = false;
};

// Where an original image lands in the model input.
struct ResizeGeometry {
  cv::Rect sourceRect;  // the part of the original that is used (all but the centre crop)
  cv::Rect targetRect;  // where that part lands in the width x height input
};
ResizeGeometry resizeGeometry(cv::Size original, const PreprocessConfig& config);

// CV_8UC3 BGR in, CV_32FC3 width x height out, in config.channelOrder, (x/255 - mean)/std.
// Throws std::invalid_argument for another input type or an invalid config.
// The same as normaliseContent(resizeToModel(bgr8, config), resizeGeometry(...).targetRect).
cv::Mat preprocess(const cv::Mat& bgr8, const PreprocessConfig& config);

// The two halves of preprocess, for training, which draws synthetic defects in between:
// the BGR image placed in the model's width x height geometry, still CV_8UC3 (border 0),
cv::Mat resizeToModel(const cv::Mat& bgr8, const PreprocessConfig& config);
// and the normalisation of its `content` rectangle (a resizeGeometry targetRect) to
// CV_32FC3, the rest 0 (per-image standardisation sees the content only).
cv::Mat normaliseContent(const cv::Mat& modelBgr8, cv::Rect content, const PreprocessConfig& config);

// The same geometry for a CV_8U 0/255 mask: area-resized, then re-binarised at 128, so
// thin defects survive downscaling as long as they cover half a target pixel.
cv::Mat preprocessMask(const cv::Mat& mask, const PreprocessConfig& config);

// Maps a single-channel model-resolution map (CV_32F, width x height) back to the original
// image size: the inverse of resizeGeometry, bilinear. Pixels of the original the model
// never saw (cropped edges) get `outside`.
cv::Mat mapToOriginal(const cv::Mat& modelMap, cv::Size original, const PreprocessConfig& config,
                      float outside = 0.f);

}  // namespace mdd
