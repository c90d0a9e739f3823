// Area defects: a hole (a dark, irregular pit), a stain (a soft-edged discoloured blob) and
// a foreign patch (a piece of another material).
#include <cmath>
#include <opencv2/imgproc.hpp>

#include "data/defect_painters.h"
#include "data/seeded_random.h"

namespace mdd::data {
namespace {

constexpr double kPi = 3.14159265358979;

// BGR: dark oil, rust, pale dried residue, greenish contamination.
const cv::Scalar kStainColours[] = {{25, 45, 60}, {30, 80, 160}, {175, 190, 200}, {60, 120, 90}};

cv::Point2d randomCentre(cv::Size size, std::mt19937& rng) {
  return {uniform(rng, 0.2, 0.8) * size.width, uniform(rng, 0.2, 0.8) * size.height};
}

// A closed outline around `centre` whose radius wanders by up to `roughness`, smoothed over
// neighbouring vertices so it looks worn rather than star-shaped.
std::vector<cv::Point> irregularOutline(const CoverageCanvas& canvas, cv::Point2d centre,
                                        double radius, double roughness, int vertices,
                                        std::mt19937& rng) {
  std::vector<double> r(vertices);
  for (double& v : r) v = 1.0 + roughness * uniform(rng, -1, 1);
  std::vector<cv::Point> outline;
  const double stretch = uniform(rng, 0.7, 1.0), tilt = uniform(rng, 0, kPi);
  for (int i = 0; i < vertices; ++i) {
    const double smooth = (r[(i + vertices - 1) % vertices] + 2 * r[i] + r[(i + 1) % vertices]) / 4;
    const double a = 2 * kPi * i / vertices;
    const cv::Point2d e(std::cos(a) * radius * smooth, std::sin(a) * radius * smooth * stretch);
    const cv::Point2d turned(e.x * std::cos(tilt) - e.y * std::sin(tilt),
                             e.x * std::sin(tilt) + e.y * std::cos(tilt));
    outline.push_back(canvas.toHiRes(centre + turned));
  }
  return outline;
}

}  // namespace

cv::Mat paintHole(cv::Mat& image, std::mt19937& rng) {
  const cv::Size size = image.size();
  CoverageCanvas canvas(size);
  const double radius = std::max(2.5, uniform(rng, 0.03, 0.06) * size.width);
  const cv::Point2d centre = randomCentre(size, rng);
  cv::fillPoly(canvas.hiRes(), irregularOutline(canvas, centre, radius, 0.25, 24, rng),
               cv::Scalar(255));
  // The pit is dark, a little lighter on the side facing the light.
  cv::Mat target(size, CV_8UC3);
  const double light = uniform(rng, 0, 2 * kPi);
  for (int y = 0; y < size.height; ++y) {
    for (int x = 0; x < size.width; ++x) {
      const double side =
          ((x - centre.x) * std::cos(light) + (y - centre.y) * std::sin(light)) / radius;
      const cv::Vec3b p = image.at<cv::Vec3b>(y, x);
      const double shade = 0.12 + 0.1 * std::clamp(side, -1.0, 1.0);
      for (int c = 0; c < 3; ++c)
        target.at<cv::Vec3b>(y, x)[c] = cv::saturate_cast<std::uint8_t>(p[c] * shade + 8);
    }
  }
  return applyCoverage(image, canvas.coverage(), target, 0.95f);
}

cv::Mat paintStain(cv::Mat& image, std::mt19937& rng) {
  const cv::Size size = image.size();
  CoverageCanvas canvas(size);
  const cv::Point2d centre = randomCentre(size, rng);
  const double radius = uniform(rng, 0.06, 0.1) * size.width;
  const int blobs = uniformInt(rng, 3, 5);
  for (int i = 0; i < blobs; ++i) {
    const cv::Point2d offset(uniform(rng, -1, 1) * radius, uniform(rng, -1, 1) * radius);
    cv::circle(canvas.hiRes(), canvas.toHiRes(centre + offset),
               canvas.thickness(radius * uniform(rng, 0.5, 0.9)), cv::Scalar(255), cv::FILLED);
  }
  // Soft edges: liquid spreads and fades out. Blurred at image resolution, where the
  // kernel is 16 times cheaper than on the canvas, then rescaled so the core is solid.
  cv::Mat coverage = canvas.coverage();
  cv::GaussianBlur(coverage, coverage, cv::Size(), radius * 0.25);
  double peak = 0;
  cv::minMaxLoc(coverage, nullptr, &peak);
  if (peak > 0) coverage /= peak;
  // Oil, rust or dried residue, whichever differs from this surface: a stain is seen
  // because its colour is wrong, on dark and light materials alike.
  const cv::Scalar meanColour = cv::mean(image);
  std::vector<cv::Scalar> visible;
  for (const cv::Scalar& c : kStainColours)
    if (cv::norm(c - meanColour) > 90) visible.push_back(c);
  if (visible.empty()) visible.assign(std::begin(kStainColours), std::end(kStainColours));
  const cv::Scalar colour = visible[std::size_t(uniformInt(rng, 0, int(visible.size()) - 1))];
  cv::Mat target;
  cv::addWeighted(image, 0.35, cv::Mat(image.size(), CV_8UC3, colour), 0.65, 0, target);
  return applyCoverage(image, coverage, target, float(uniform(rng, 0.75, 0.9)));
}

cv::Mat paintForeignPatch(cv::Mat& image, const cv::Mat& foreign, std::mt19937& rng) {
  const cv::Size size = image.size();
  CoverageCanvas canvas(size);
  const double radius = std::max(3.0, uniform(rng, 0.06, 0.11) * size.width);
  const int vertices = uniformInt(rng, 6, 9);
  cv::fillPoly(canvas.hiRes(),
               irregularOutline(canvas, randomCentre(size, rng), radius, 0.35, vertices, rng),
               cv::Scalar(255));
  return applyCoverage(image, canvas.coverage(), foreign, 1.0f);
}

}  // namespace mdd::data
