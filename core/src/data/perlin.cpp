// 2-D Perlin gradient noise as in DRAEM's rand_perlin_2d_np, for any image size.
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

#include "data/seeded_random.h"
#include "mdd/synthesis.h"

namespace mdd {
namespace {

// Perlin's quintic fade: zero first and second derivatives at the lattice points.
float fade(float t) { return t * t * t * (t * (t * 6.f - 15.f) + 10.f); }

}  // namespace

cv::Mat perlinNoise(cv::Size size, int periodsX, int periodsY, std::mt19937& rng) {
  if (size.width <= 0 || size.height <= 0 || periodsX <= 0 || periodsY <= 0)
    throw std::invalid_argument("perlinNoise: size and periods must be positive");
  // One random unit gradient per lattice point, drawn row by row.
  std::vector<cv::Vec2f> grad(std::size_t(periodsX + 1) * std::size_t(periodsY + 1));
  for (auto& g : grad) {
    const double angle = 6.283185307179586 * data::uniform01(rng);
    g = cv::Vec2f(float(std::cos(angle)), float(std::sin(angle)));
  }
  const auto at = [&](int gx, int gy) -> const cv::Vec2f& {
    return grad[gy * (periodsX + 1) + gx];
  };
  cv::Mat noise(size, CV_32F);
  const float stepX = float(periodsX) / size.width, stepY = float(periodsY) / size.height;
  for (int y = 0; y < size.height; ++y) {
    const float v = y * stepY;
    const int gy = std::min(int(v), periodsY - 1);
    const float fy = v - gy, ty = fade(fy);
    float* row = noise.ptr<float>(y);
    for (int x = 0; x < size.width; ++x) {
      const float u = x * stepX;
      const int gx = std::min(int(u), periodsX - 1);
      const float fx = u - gx, tx = fade(fx);
      const auto dot = [&](int dx, int dy) {
        const cv::Vec2f& g = at(gx + dx, gy + dy);
        return g[0] * (fx - dx) + g[1] * (fy - dy);
      };
      const float top = dot(0, 0) + tx * (dot(1, 0) - dot(0, 0));
      const float bottom = dot(0, 1) + tx * (dot(1, 1) - dot(0, 1));
      // sqrt(2) scales the output to about [-1, 1], as DRAEM does.
      row[x] = 1.41421356f * (top + ty * (bottom - top));
    }
  }
  return noise;
}

cv::Mat perlinMask(cv::Size size, const SynthesisConfig& config, std::mt19937& rng) {
  const int px = 1 << data::uniformInt(rng, config.minScaleLog2, config.maxScaleLog2);
  const int py = 1 << data::uniformInt(rng, config.minScaleLog2, config.maxScaleLog2);
  const double angle = config.randomRotation ? data::uniform(rng, -90.0, 90.0) : 0.0;
  // Noise on a canvas covering the image at any angle, rotated, then the centre cut out,
  // so that no corner of the mask is left without noise. The periods are per canvas width,
  // scaled so that the feature size matches DRAEM's (periods per image side).
  const int side = int(std::ceil(std::hypot(size.width, size.height))) + 2;
  const int cx = std::max(1, int(std::lround(double(px) * side / size.width)));
  const int cy = std::max(1, int(std::lround(double(py) * side / size.height)));
  cv::Mat canvas = perlinNoise(cv::Size(side, side), cx, cy, rng);
  if (angle != 0.0) {
    const cv::Mat rot = cv::getRotationMatrix2D(cv::Point2f(side / 2.f, side / 2.f), angle, 1.0);
    cv::warpAffine(canvas, canvas, rot, canvas.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT);
  }
  const cv::Rect centre((side - size.width) / 2, (side - size.height) / 2, size.width, size.height);
  return cv::Mat(canvas(centre) > config.threshold);  // CV_8U 0/255
}

}  // namespace mdd
