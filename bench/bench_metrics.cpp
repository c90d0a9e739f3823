// Time and peak memory of the seven metrics for one class of 1,000 test images of 256x256
// (65.5 M pixels): random smooth anomaly maps, random blob masks on half of the images.
//   bench_metrics [images] [size]
// Maps are generated one at a time and dropped after add(), as an evaluation loop would,
// so the peak memory is the metric state itself plus one image.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <random>
#include <string>

#include <opencv2/imgproc.hpp>

#include "mdd/metrics.h"

namespace {

// Wall and CPU seconds: the build machines are shared, and CPU time (everything here is
// single-threaded) stays meaningful when other jobs steal the cores.
struct Seconds {
  double wall = 0.0, cpu = 0.0;
  Seconds& operator+=(const Seconds& o) {
    wall += o.wall;
    cpu += o.cpu;
    return *this;
  }
};

class Stopwatch {
 public:
  Stopwatch() : wall_(std::chrono::steady_clock::now()), cpu_(std::clock()) {}
  Seconds elapsed() const {
    return {std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_).count(),
            static_cast<double>(std::clock() - cpu_) / CLOCKS_PER_SEC};
  }

 private:
  std::chrono::steady_clock::time_point wall_;
  std::clock_t cpu_;
};

void printRow(const char* phase, const Seconds& s) {
  std::printf("%-44s %9.3f %9.3f\n", phase, s.wall, s.cpu);
}

// "VmHWM" (peak resident set) or "VmRSS" from /proc/self/status, in MiB.
double procStatusMiB(const std::string& field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::atof(line.c_str() + field.size() + 1) / 1024.0;
  }
  return -1.0;
}

// Low-resolution noise upsampled bicubically: smooth like a blurred anomaly map, and cheap.
cv::Mat smoothNoise(cv::RNG& rng, int size, int cells) {
  cv::Mat coarse(cells, cells, CV_32FC1), smooth;
  rng.fill(coarse, cv::RNG::UNIFORM, 0.0f, 1.0f);
  cv::resize(coarse, smooth, cv::Size(size, size), 0, 0, cv::INTER_CUBIC);
  return smooth;
}

}  // namespace

int main(int argc, char** argv) {
  const int images = argc > 1 ? std::atoi(argv[1]) : 1000;
  const int size = argc > 2 ? std::atoi(argv[2]) : 256;
  const double baselineMiB = procStatusMiB("VmRSS");
  cv::RNG rng(20250414);
  mdd::ClassEvaluator evaluator("bench");

  Seconds generate, add;
  for (int i = 0; i < images; ++i) {
    Stopwatch generating;
    cv::Mat map = smoothNoise(rng, size, 24), mask = cv::Mat::zeros(size, size, CV_8UC1);
    if (i % 2 == 1) {  // defect image: blobs where another smooth field is high
      cv::Mat field = smoothNoise(rng, size, 12);
      mask = field > 0.85f;
      cv::Mat boost;
      mask.convertTo(boost, CV_32FC1, 0.15 / 255.0);
      map += boost;
    }
    double high = 0.0;
    cv::minMaxLoc(map, nullptr, &high);
    generate += generating.elapsed();
    Stopwatch adding;
    evaluator.add(static_cast<float>(high), map, mask);
    add += adding.elapsed();
  }
  const double afterAddMiB = procStatusMiB("VmHWM");

  Stopwatch computing;
  const mdd::ClassMetrics metrics = evaluator.compute();  // sorts, then sweeps
  const Seconds compute = computing.elapsed();
  Stopwatch sweeping;
  evaluator.compute();  // already sorted: the sweep alone
  const Seconds sweep = sweeping.elapsed();
  Stopwatch imageLevel;
  mdd::imageMetrics(evaluator.imageScores(), evaluator.imageLabels());
  const Seconds image = imageLevel.elapsed();
  Seconds total = add;
  total += compute;

  std::printf("%d images of %dx%d: %.1f M pixels (%.2f M defect, %lld regions)\n\n", images, size,
              size, metrics.pixels / 1e6, metrics.defectPixels / 1e6,
              static_cast<long long>(metrics.regions));
  std::printf("%-44s %9s %9s\n", "phase", "wall s", "cpu s");
  printRow("generate maps and masks (not metric time)", generate);
  printRow("add(): keys, regions (8-connected)", add);
  printRow("compute(): sort + sweep, all seven metrics", compute);
  printRow("  of which the sweep (second compute())", sweep);
  printRow("  of which image metrics (one call)", image);
  printRow("metric time (add + compute)", total);
  std::printf("\n%-44s %9s\n", "memory", "MiB");
  std::printf("%-44s %9.1f\n", "resident at start (VmRSS)", baselineMiB);
  std::printf("%-44s %9.1f\n", "peak after add() (VmHWM)", afterAddMiB);
  std::printf("%-44s %9.1f\n", "peak at end (VmHWM)", procStatusMiB("VmHWM"));
  std::printf(
      "%-44s %9.2f\n", "peak bytes per pixel above start",
      (procStatusMiB("VmHWM") - baselineMiB) * 1048576.0 / static_cast<double>(metrics.pixels));
  std::printf("\n%s", mdd::formatMetricsTable({metrics}).c_str());
  return 0;
}
