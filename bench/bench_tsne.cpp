// Time of a 2-D t-SNE of memory-item-like vectors: n points of dimension 256 in 10
// Gaussian clusters, exact and Barnes-Hut (1000 iterations, perplexity 30, PCA init), with
// the trustworthiness of each result.
//   bench_tsne [max_exact_points] [sizes...]     defaults: 3000, sizes 300 1000 3000
// Both wall and CPU seconds are printed: the build machines are shared, and the CPU time
// (summed over OpenCV's threads) stays meaningful when other jobs steal the cores.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <vector>

#include <opencv2/core/utility.hpp>

#include "mdd/analysis.h"

namespace {

constexpr int kDims = 256;
constexpr int kClusters = 10;

mdd::FloatMatrix memoryLikeItems(int count) {
  std::mt19937 engine(2025);
  std::normal_distribution<float> normal;
  std::vector<std::vector<float>> centres(kClusters, std::vector<float>(kDims));
  for (auto& centre : centres) {
    for (float& v : centre) v = 0.5f * normal(engine);
  }
  mdd::FloatMatrix items(count, kDims);
  for (int i = 0; i < count; ++i) {
    for (int d = 0; d < kDims; ++d) {
      items.at(i, d) = centres[i % kClusters][d] + 0.15f * normal(engine);
    }
  }
  return items;
}

struct Timed {
  mdd::TsneResult result;
  double wall = 0.0, cpu = 0.0;
};

Timed timedTsne(const mdd::FloatMatrix& items, mdd::TsneMethod method) {
  mdd::TsneOptions options;
  options.method = method;
  const auto wall = std::chrono::steady_clock::now();
  const std::clock_t cpu = std::clock();
  Timed timed;
  timed.result = mdd::tsne(items, options);
  timed.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
  timed.cpu = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
  return timed;
}

}  // namespace

int main(int argc, char** argv) {
  const int maxExact = argc > 1 ? std::atoi(argv[1]) : 3000;
  std::vector<int> sizes;
  for (int a = 2; a < argc; ++a) sizes.push_back(std::atoi(argv[a]));
  if (sizes.empty()) sizes = {300, 1000, 3000};
  std::printf("t-SNE, dimension %d, %d clusters, 1000 iterations, %d threads\n", kDims, kClusters,
              cv::getNumThreads());
  std::printf("%6s %-11s %9s %9s %5s %8s %8s\n", "n", "method", "wall s", "cpu s", "iter", "KL",
              "trust");
  for (int n : sizes) {
    const mdd::FloatMatrix items = memoryLikeItems(n);
    for (mdd::TsneMethod method : {mdd::TsneMethod::Exact, mdd::TsneMethod::BarnesHut}) {
      const char* name = method == mdd::TsneMethod::Exact ? "exact" : "barnes-hut";
      if (method == mdd::TsneMethod::Exact && n > maxExact) {
        std::printf("%6d %-11s %9s\n", n, name, "skipped");
        continue;
      }
      const Timed t = timedTsne(items, method);
      std::printf("%6d %-11s %9.2f %9.2f %5d %8.4f %8.4f\n", n, name, t.wall, t.cpu,
                  t.result.iterations, t.result.klDivergence,
                  mdd::trustworthiness(items, t.result.embedding, 5));
      std::fflush(stdout);
    }
  }
  return 0;
}
