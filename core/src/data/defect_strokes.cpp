// Line-like defects: a scratch (a smooth bright or dark curve) and a crack (a dark, jagged,
// branching path that thins towards its ends).
#include <cmath>
#include <opencv2/imgproc.hpp>

#include "data/defect_painters.h"
#include "data/seeded_random.h"

namespace mdd::data {
namespace {

constexpr double kPi = 3.14159265358979;

cv::Point2d randomPointInCentre(cv::Size size, std::mt19937& rng) {
  return {uniform(rng, 0.2, 0.8) * size.width, uniform(rng, 0.2, 0.8) * size.height};
}

struct Walker {
  cv::Point2d at;
  double heading;
};

// Draws a crack from `w` of `length` image pixels, thinning from `width` to a third of it.
void drawCrack(CoverageCanvas& canvas, Walker w, double length, double width, std::mt19937& rng,
               std::vector<Walker>* branchStarts) {
  const double mainHeading = w.heading, step = 2.0;
  const int steps = std::max(2, int(length / step));
  for (int i = 0; i < steps; ++i) {
    // Jagged but going somewhere: random turns, pulled back towards the main heading.
    w.heading += 0.3 * gaussian(rng) + 0.25 * (mainHeading - w.heading);
    const cv::Point2d next = w.at + step * cv::Point2d(std::cos(w.heading), std::sin(w.heading));
    const double t = double(i) / steps;
    const double thickness = width * (1.0 - 0.66 * std::abs(2 * t - 1));
    cv::line(canvas.hiRes(), canvas.toHiRes(w.at), canvas.toHiRes(next), cv::Scalar(255),
             canvas.thickness(thickness), cv::LINE_8);
    w.at = next;
    if (branchStarts && i > steps / 5 && i < steps * 4 / 5 && bernoulli(rng, 0.04))
      branchStarts->push_back(
          {w.at, w.heading + (bernoulli(rng, 0.5) ? 1 : -1) * uniform(rng, 0.4, 1.0)});
  }
}

}  // namespace

cv::Mat paintScratch(cv::Mat& image, std::mt19937& rng) {
  const cv::Size size = image.size();
  CoverageCanvas canvas(size);
  const cv::Point2d centre = randomPointInCentre(size, rng);
  const double angle = uniform(rng, 0, kPi), length = uniform(rng, 0.25, 0.55) * size.width;
  const cv::Point2d along(std::cos(angle), std::sin(angle)), across(-along.y, along.x);
  const cv::Point2d a = centre - along * (length / 2), b = centre + along * (length / 2);
  const cv::Point2d bend = centre + across * (uniform(rng, -0.15, 0.15) * length);
  std::vector<cv::Point> curve;
  for (int i = 0; i <= 48; ++i) {  // quadratic Bezier a -> bend -> b
    const double t = i / 48.0;
    curve.push_back(canvas.toHiRes((1 - t) * (1 - t) * a + 2 * (1 - t) * t * bend + t * t * b));
  }
  const double width = uniform(rng, 1.3, 2.4) * size.width / 256.0;
  cv::polylines(canvas.hiRes(), curve, false, cv::Scalar(255), canvas.thickness(width), cv::LINE_8);
  const cv::Mat coverage = canvas.coverage();
  // Scratches show the lighter material below, except on pale surfaces: a dark groove.
  const cv::Mat target =
      contrastingTarget(image, coverage, 165, uniform(rng, 0.35, 0.55), uniform(rng, 60, 100));
  return applyCoverage(image, coverage, target, 0.9f);
}

cv::Mat paintCrack(cv::Mat& image, std::mt19937& rng) {
  const cv::Size size = image.size();
  CoverageCanvas canvas(size);
  const double length = uniform(rng, 0.3, 0.6) * size.width;
  const double width = uniform(rng, 2.0, 3.2) * size.width / 256.0;
  const Walker start{randomPointInCentre(size, rng), uniform(rng, -kPi, kPi)};
  // Start half a crack length back, so the crack runs through the chosen point.
  const Walker from{
      start.at - (length / 2) * cv::Point2d(std::cos(start.heading), std::sin(start.heading)),
      start.heading};
  std::vector<Walker> branches;
  drawCrack(canvas, from, length, width, rng, &branches);
  for (std::size_t i = 0; i < std::min<std::size_t>(branches.size(), 2); ++i)
    drawCrack(canvas, branches[i], length * uniform(rng, 0.2, 0.4), width * 0.6, rng, nullptr);
  const cv::Mat coverage = canvas.coverage();
  const cv::Mat target =
      contrastingTarget(image, coverage, 80, uniform(rng, 0.12, 0.3), uniform(rng, 70, 110));
  return applyCoverage(image, coverage, target, 0.95f);
}

}  // namespace mdd::data
