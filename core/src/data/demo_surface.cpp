#include "data/demo_surface.h"

#include <cmath>
#include <opencv2/imgproc.hpp>

#include "data/seeded_random.h"

namespace mdd::data {
namespace {

// One repeat of the pattern spans this share of the image side: large enough that the
// repetition is not obvious, small enough that each image shows the material's structure.
constexpr double kPeriodShare = 0.55;

// Samples the endlessly repeated pattern: BORDER_WRAP makes the warp read the tiling, which
// the GIMP patterns are drawn to continue without seams.
cv::Mat layOut(const cv::Mat& pattern, int size, double period, double angleDeg,
               std::mt19937& rng) {
  // Into a new Mat: `pattern` is shared by all images (and threads) and must not change.
  cv::Mat tile;
  const int flip = uniformInt(rng, -1, 2);  // 2: none
  if (flip != 2)
    cv::flip(pattern, tile, flip);
  else
    tile = pattern;
  const double scale = period / std::max(tile.cols, tile.rows);
  const double ox = uniform(rng, 0, tile.cols), oy = uniform(rng, 0, tile.rows);
  const double a = angleDeg * 3.14159265358979 / 180.0;
  const double c = std::cos(a) / scale, s = std::sin(a) / scale;
  // Output (x, y) -> pattern (c x - s y + ox, s x + c y + oy), given as the inverse map.
  const cv::Matx23d outToPattern(c, -s, ox, s, c, oy);
  cv::Mat out;
  cv::warpAffine(tile, out, outToPattern, cv::Size(size, size),
                 cv::INTER_CUBIC | cv::WARP_INVERSE_MAP, cv::BORDER_WRAP);
  return out;
}

}  // namespace

cv::Mat renderPlainSurface(const cv::Mat& pattern, int size, double period, std::mt19937& rng) {
  return layOut(pattern, size, period, uniform(rng, -180, 180), rng);
}

cv::Mat renderSurface(const cv::Mat& pattern, int size, std::mt19937& rng) {
  const double period = kPeriodShare * size * uniform(rng, 0.92, 1.08);
  cv::Mat surface = layOut(pattern, size, period, uniform(rng, -4, 4), rng);

  // Lighting: a global gain and a gentle linear gradient in a random direction.
  const double gain = uniform(rng, 0.93, 1.07);
  const double slope = uniform(rng, 0.0, 0.10), dir = uniform(rng, 0, 6.283185307179586);
  const double gx = slope * std::cos(dir) / size, gy = slope * std::sin(dir) / size;
  const double noiseSigma = uniform(rng, 1.0, 2.5);
  cv::Mat out(surface.size(), CV_8UC3);
  for (int y = 0; y < size; ++y) {
    const cv::Vec3b* in = surface.ptr<cv::Vec3b>(y);
    cv::Vec3b* o = out.ptr<cv::Vec3b>(y);
    for (int x = 0; x < size; ++x) {
      const double light = gain * (1.0 + gx * (x - size / 2.0) + gy * (y - size / 2.0));
      for (int c = 0; c < 3; ++c)
        o[x][c] =
            cv::saturate_cast<std::uint8_t>(in[x][c] * light + noiseSigma * quickGaussian(rng));
    }
  }
  return out;
}

}  // namespace mdd::data
