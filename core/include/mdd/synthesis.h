#pragma once
// DRAEM-style anomaly synthesis (METHOD.md, training step 2): a Perlin-noise mask filled
// with a texture blended into the image. Deterministic: the same seed gives the same bytes.
// Torch-free; OpenCV only, for data-loading threads.
#include <cstdint>
#include <opencv2/core.hpp>
#include <random>
#include <string>
#include <vector>

#include "mdd/textures.h"

namespace mdd {

// The colour of what is painted. FollowData: grey anomalies on grey images (otherwise the
// network can learn "colour = anomaly", which real defects on grey parts never show),
// coloured ones on colour images; decided image by image, so one model of grey and colour
// classes paints each class in its own kind.
enum class SynthesisColour { FollowData, Colour, Grey };

struct SynthesisConfig {
  double anomalyProbability = 0.5;  // the rest stay normal, with an all-zero mask
  float betaMax = 0.8f;             // beta ~ U(0, betaMax); beta = share of the original kept
  // Perlin periods per image side are 2^k, k drawn per axis from [minScaleLog2,
  // maxScaleLog2]. DRAEM draws k with randint(0, 6), i.e. 0..5; METHOD.md's "2^0..2^6" is
  // read as that half-open range. k = 6 at 256 px gives 4-px speckle.
  int minScaleLog2 = 0;
  int maxScaleLog2 = 5;
  float threshold = 0.5f;      // noise > threshold is anomalous
  bool randomRotation = true;  // uniform in [-90, 90) degrees, as DRAEM's imgaug Affine
  bool augmentTexture = true;  // DRAEM's three random colour operations on the texture
  // A mask that ends up empty (after the foreground restriction) is redrawn this many
  // times before the sample is returned as normal.
  int maxMaskAttempts = 4;
  // Object classes: when synthesize() gets no foreground, confine anomalies to
  // estimateForeground(image). Costs a few ms per image; off for texture classes.
  bool restrictToEstimatedForeground = false;
  SynthesisColour colour = SynthesisColour::FollowData;
};

// Whether an 8-bit BGR image is grey: its channels differ by less than 2 levels on average.
bool looksGrey(const cv::Mat& bgr8);

// The synthesis section of a --config file: {"synthesis": {"anomalyProbability": 0.5, ...,
// "colour": "follow_data" | "colour" | "grey"}}; missing fields keep their defaults, a file
// without the section gives the defaults. Throws std::invalid_argument on bad JSON or values.
SynthesisConfig synthesisConfigFromJson(const std::string& json);
std::string toJson(const SynthesisConfig& config);

struct SynthesisResult {
  cv::Mat image;  // CV_8UC3 BGR
  cv::Mat mask;   // CV_8U 0/255, all zero when !anomalous
  bool anomalous = false;
  float beta = 0.f;
};

// Independent seeds from structured inputs, e.g. mixSeed(runSeed, epoch, sampleIndex), so
// that a sample's synthesis does not depend on which thread or in what order it runs.
std::uint64_t mixSeed(std::uint64_t base, std::uint64_t a, std::uint64_t b = 0);

// Perlin noise in about [-1, 1] (CV_32F) with periodsX x periodsY lattice cells.
cv::Mat perlinNoise(cv::Size size, int periodsX, int periodsY, std::mt19937& rng);
// A thresholded, randomly scaled and rotated Perlin mask (CV_8U 0/255).
cv::Mat perlinMask(cv::Size size, const SynthesisConfig& config, std::mt19937& rng);

// x_a = x (1 - m) + (1 - beta) tex m + beta x m, m = mask / 255. All CV_8UC3 but the mask.
cv::Mat blendTexture(const cv::Mat& image, const cv::Mat& texture, const cv::Mat& mask, float beta);

// DRAEM's texture augmentation: three distinct operations of gamma, brightness/contrast,
// sharpen, hue-saturation, solarise, posterise, invert, auto-contrast, equalise.
cv::Mat augmentTexture(const cv::Mat& bgr8, std::mt19937& rng);

// A rough object mask (CV_8U 0/255) for object classes: the distance of each pixel's
// colour from the median colour of the image border, smoothed, Otsu-thresholded, closed
// and hole-filled. When that covers less than 5% or more than 90% of the image the class
// is taken to be a texture and the whole image (all 255) is returned.
cv::Mat estimateForeground(const cv::Mat& bgr8);

class AnomalySynthesizer {
 public:
  explicit AnomalySynthesizer(TextureSource textures, SynthesisConfig config = {});

  // `foreground` (optional, CV_8U, image size): anomalies are confined to its non-zero
  // pixels; without one, config().restrictToEstimatedForeground decides. Thread-safe (const).
  // Throws std::invalid_argument for a non-CV_8UC3 image.
  SynthesisResult synthesize(const cv::Mat& bgr8, std::uint64_t seed,
                             const cv::Mat& foreground = cv::Mat()) const;

  const SynthesisConfig& config() const { return config_; }

 private:
  TextureSource textures_;
  SynthesisConfig config_;
};

}  // namespace mdd
