// DRAEM's colour augmentation of the anomaly texture, so that textures do not repeat their
// original look and the model sees anomalies of every brightness and colour.
#include <array>
#include <cmath>
#include <opencv2/imgproc.hpp>

#include "data/seeded_random.h"
#include "mdd/synthesis.h"

namespace mdd {
namespace {

using Lut = std::array<std::uint8_t, 256>;

cv::Mat applyPerChannel(const cv::Mat& bgr, const std::array<Lut, 3>& luts) {
  std::vector<cv::Mat> c;
  cv::split(bgr, c);
  for (int i = 0; i < 3; ++i)
    cv::LUT(c[i], cv::Mat(1, 256, CV_8U, const_cast<std::uint8_t*>(luts[i].data())), c[i]);
  cv::Mat out;
  cv::merge(c, out);
  return out;
}

template <typename F>
cv::Mat applyPerChannel(const cv::Mat& bgr, F valueMap) {
  std::array<Lut, 3> luts;
  for (int c = 0; c < 3; ++c)
    for (int v = 0; v < 256; ++v) luts[c][v] = cv::saturate_cast<std::uint8_t>(valueMap(c, v));
  return applyPerChannel(bgr, luts);
}

cv::Mat gammaContrast(const cv::Mat& x, std::mt19937& rng) {
  std::array<double, 3> g;
  for (double& v : g) v = data::uniform(rng, 0.5, 2.0);
  return applyPerChannel(x, [&](int c, int v) { return 255.0 * std::pow(v / 255.0, g[c]); });
}

cv::Mat brightness(const cv::Mat& x, std::mt19937& rng) {
  const double mul = data::uniform(rng, 0.8, 1.2), add = data::uniform(rng, -30, 30);
  return applyPerChannel(x, [&](int, int v) { return v * mul + add; });
}

cv::Mat sharpen(const cv::Mat& x, std::mt19937& rng) {
  cv::Mat blurred, out;
  cv::GaussianBlur(x, blurred, cv::Size(3, 3), 0);
  const double k = data::uniform(rng, 0.5, 1.5);
  cv::addWeighted(x, 1 + k, blurred, -k, 0, out);
  return out;
}

cv::Mat hueSaturation(const cv::Mat& x, std::mt19937& rng) {
  cv::Mat hsv;
  cv::cvtColor(x, hsv, cv::COLOR_BGR2HSV_FULL);
  const int dh = data::uniformInt(rng, -50, 50), ds = data::uniformInt(rng, -50, 50);
  std::array<Lut, 3> luts;
  for (int v = 0; v < 256; ++v) {
    luts[0][v] = std::uint8_t((v + dh + 256) & 255);  // hue wraps around
    luts[1][v] = cv::saturate_cast<std::uint8_t>(v + ds);
    luts[2][v] = std::uint8_t(v);
  }
  cv::Mat out;
  cv::cvtColor(applyPerChannel(hsv, luts), out, cv::COLOR_HSV2BGR_FULL);
  return out;
}

cv::Mat solarise(const cv::Mat& x, std::mt19937& rng) {
  const int t = data::uniformInt(rng, 32, 128);
  return applyPerChannel(x, [&](int, int v) { return v >= t ? 255 - v : v; });
}

cv::Mat posterise(const cv::Mat& x, std::mt19937& rng) {
  const int bits = data::uniformInt(rng, 2, 6);
  const int keep = (0xFF << (8 - bits)) & 0xFF;
  return applyPerChannel(x, [&](int, int v) { return v & keep; });
}

cv::Mat invert(const cv::Mat& x, std::mt19937&) {
  cv::Mat out;
  cv::bitwise_not(x, out);
  return out;
}

cv::Mat autoContrast(const cv::Mat& x, std::mt19937&) {
  std::vector<cv::Mat> c;
  cv::split(x, c);
  for (auto& p : c) cv::normalize(p, p, 0, 255, cv::NORM_MINMAX);
  cv::Mat out;
  cv::merge(c, out);
  return out;
}

cv::Mat equalise(const cv::Mat& x, std::mt19937&) {
  std::vector<cv::Mat> c;
  cv::split(x, c);
  for (auto& p : c) cv::equalizeHist(p, p);
  cv::Mat out;
  cv::merge(c, out);
  return out;
}

}  // namespace

cv::Mat augmentTexture(const cv::Mat& bgr8, std::mt19937& rng) {
  using Op = cv::Mat (*)(const cv::Mat&, std::mt19937&);
  std::vector<Op> ops = {gammaContrast, brightness, sharpen,      hueSaturation, solarise,
                         posterise,     invert,     autoContrast, equalise};
  data::shuffleInPlace(ops, rng);
  cv::Mat out = bgr8;
  for (int i = 0; i < 3; ++i) out = ops[i](out, rng);
  return out;
}

}  // namespace mdd
