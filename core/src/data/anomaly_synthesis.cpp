#include <opencv2/imgproc.hpp>
#include <stdexcept>

#include "data/seeded_random.h"
#include "mdd/synthesis.h"

namespace mdd {

std::uint64_t mixSeed(std::uint64_t base, std::uint64_t a, std::uint64_t b) {
  return data::combineSeeds(data::combineSeeds(base, a), b);
}

cv::Mat blendTexture(const cv::Mat& image, const cv::Mat& texture, const cv::Mat& mask,
                     float beta) {
  if (image.type() != CV_8UC3 || texture.type() != CV_8UC3 || mask.type() != CV_8UC1 ||
      image.size() != texture.size() || image.size() != mask.size())
    throw std::invalid_argument(
        "blendTexture: expected CV_8UC3 image and texture and a CV_8U "
        "mask, all of one size");
  cv::Mat x, t, m;
  image.convertTo(x, CV_32F);
  texture.convertTo(t, CV_32F);
  mask.convertTo(m, CV_32F, 1.0 / 255.0);
  cv::cvtColor(m, m, cv::COLOR_GRAY2BGR);
  // x (1 - m) + (1 - beta) tex m + beta x m  ==  x + m (1 - beta) (tex - x)
  cv::Mat change = (t - x).mul(m) * (1.0 - beta);
  cv::Mat out;
  cv::Mat(x + change).convertTo(out, CV_8U);  // rounds to nearest
  return out;
}

AnomalySynthesizer::AnomalySynthesizer(TextureSource textures, SynthesisConfig config)
    : textures_(std::move(textures)), config_(config) {
  if (textures_.empty()) throw std::invalid_argument("AnomalySynthesizer: no textures");
  if (config_.minScaleLog2 < 0 || config_.maxScaleLog2 < config_.minScaleLog2 ||
      config_.maxScaleLog2 > 10)
    throw std::invalid_argument("AnomalySynthesizer: scale range must be 0 <= min <= max <= 10");
  if (config_.betaMax < 0.f || config_.betaMax > 1.f)
    throw std::invalid_argument("AnomalySynthesizer: betaMax must lie in [0, 1]");
}

SynthesisResult AnomalySynthesizer::synthesize(const cv::Mat& bgr8, std::uint64_t seed,
                                               const cv::Mat& foreground) const {
  if (bgr8.empty() || bgr8.type() != CV_8UC3)
    throw std::invalid_argument("synthesize: expected a non-empty CV_8UC3 BGR image");
  if (!foreground.empty() && (foreground.type() != CV_8UC1 || foreground.size() != bgr8.size()))
    throw std::invalid_argument("synthesize: the foreground must be CV_8U of the image's size");
  std::mt19937 rng = data::seededEngine(seed);
  SynthesisResult r;
  r.image = bgr8.clone();
  r.mask = cv::Mat::zeros(bgr8.size(), CV_8U);
  if (!data::bernoulli(rng, config_.anomalyProbability)) return r;

  const cv::Mat allowed = !foreground.empty()                     ? foreground
                          : config_.restrictToEstimatedForeground ? estimateForeground(bgr8)
                                                                  : cv::Mat();
  cv::Mat mask;
  for (int attempt = 0; attempt < std::max(1, config_.maxMaskAttempts); ++attempt) {
    mask = perlinMask(bgr8.size(), config_, rng);
    if (!allowed.empty()) mask &= (allowed != 0);
    if (cv::countNonZero(mask) > 0) break;
  }
  if (cv::countNonZero(mask) == 0) return r;  // nothing left to paint: a normal sample

  cv::Mat texture = textures_.sample(bgr8.size(), rng);
  if (config_.augmentTexture) texture = augmentTexture(texture, rng);
  const bool grey = config_.colour == SynthesisColour::Grey ||
                    (config_.colour == SynthesisColour::FollowData && looksGrey(bgr8));
  if (grey) {  // paint in grey (luma) only
    cv::cvtColor(texture, texture, cv::COLOR_BGR2GRAY);
    cv::cvtColor(texture, texture, cv::COLOR_GRAY2BGR);
  }
  r.beta = float(data::uniform(rng, 0.0, config_.betaMax));
  r.image = blendTexture(bgr8, texture, mask, r.beta);
  r.mask = mask;
  r.anomalous = true;
  return r;
}

}  // namespace mdd
