// Map and score-rule ablation of a trained model, in one pass over the test split: the
// fused map, A_TR alone and A_RI alone (all after the model's Gaussian), each scored by
// the maximum (all seven metrics and mAD) and by the mean of its top 1% pixels (image
// metrics). Needs no retraining: the three maps come out of every inference.
//
//   bench_map_ablation MODEL DATASET... [--batch 8] [--device cpu] [--stretched]
//                      [--scale-weights W0,W1,W2] [--sigma S] [--precision auto|fp32|bf16]
//                      [--distance cosine|relative_squared] [--pooling K]
//
// --stretched places the feature cells as the first versions did (a bilinear stretch over
// the input) instead of on their receptive fields' centres, to measure the difference.
// --scale-weights weighs each feature scale (finest first) in both maps; --sigma replaces
// the model's Gaussian; --precision as mddnet eval's (auto: bf16 where the CPU runs it fast);
// --distance replaces how the maps compare two features at a position (maps.distance);
// --pooling averages both features over K x K cells first (maps.featurePooling).
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "mdd/ground_truth.h"
#include "mdd/dataset.h"
#include "mdd/image_io.h"
#include "mdd/metrics.h"
#include "mdd/model.h"
#include "mdd/precision.h"
#include "mdd/preprocess.h"
#include "mdd/runtime.h"

namespace {

float topPercentMean(const cv::Mat& map, double percent) {
  std::vector<float> v(map.begin<float>(), map.end<float>());
  const auto k = std::max<std::size_t>(1, static_cast<std::size_t>(v.size() * percent / 100.0));
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k) - 1, v.end(), std::greater<float>());
  double sum = 0;
  for (std::size_t i = 0; i < k; ++i) sum += v[i];
  return static_cast<float>(sum / static_cast<double>(k));
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> roots;
  int batch = 8;
  std::string device = "cpu";
  bool stretched = false;
  std::vector<float> scaleWeights;
  float sigma = -1;
  std::string precision = "auto";
  std::string distance;
  int pooling = 0;
  const auto usage = [&] {
    std::fprintf(stderr,
                 "usage: %s MODEL DATASET... [--batch 8] [--device cpu] [--stretched]"
                 " [--scale-weights W0,W1,W2] [--sigma S] [--precision auto|fp32|bf16]"
                 " [--distance cosine|relative_squared] [--pooling K]\n",
                 argv[0]);
    return 2;
  };
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--stretched") {
      stretched = true;
    } else if (a == "--scale-weights" && i + 1 < argc) {
      for (const char* p = argv[++i]; *p;) {
        char* end = nullptr;
        scaleWeights.push_back(std::strtof(p, &end));
        if (end == p) return usage();
        p = *end == ',' ? end + 1 : end;
      }
    } else if (a == "--precision" && i + 1 < argc) {
      precision = argv[++i];
    } else if (a == "--distance" && i + 1 < argc) {
      distance = argv[++i];
      if (distance != "cosine" && distance != "relative_squared") return usage();
    } else if (a == "--pooling" && i + 1 < argc) {
      pooling = std::atoi(argv[++i]);
      if (pooling < 1 || pooling % 2 == 0) return usage();
    } else if (a == "--sigma" && i + 1 < argc) {
      sigma = std::strtof(argv[++i], nullptr);
    } else if ((a == "--batch" || a == "--device") && i + 1 < argc) {
      (a == "--batch" ? (void)(batch = std::atoi(argv[++i])) : (void)(device = argv[++i]));
    } else if (a.rfind("--", 0) == 0) {
      return usage();
    } else {
      roots.push_back(a);
    }
  }
  if (roots.size() < 2) return usage();
  mdd::initRuntime();
  mdd::Model model = mdd::Model::load(roots[0], device);
  model.setPrecision(mdd::parsePrecision(precision));
  if (stretched) model.mutableMapConfig().maps.cellPlacement = mdd::CellPlacement::Stretched;
  if (!scaleWeights.empty()) model.mutableMapConfig().maps.scaleWeights = scaleWeights;
  if (sigma >= 0) model.mutableMapConfig().maps.gaussianSigma = sigma;
  if (pooling > 0) model.mutableMapConfig().maps.featurePooling = pooling;
  if (!distance.empty())
    model.mutableMapConfig().maps.distance = distance == "cosine"
                                                 ? mdd::MapDistance::Cosine
                                                 : mdd::MapDistance::RelativeSquared;
  const mdd::PreprocessConfig pre = model.preprocessing();
  const std::array<const char*, 3> mapNames = {"fused", "A_TR", "A_RI"};

  std::vector<mdd::ClassMetrics> rows;
  std::vector<std::string> topRows;
  for (std::size_t r = 1; r < roots.size(); ++r) {
    mdd::LoadReport report;
    const mdd::Dataset dataset = mdd::loadDataset(roots[r], {}, report);
    if (!report.issues.empty()) std::fprintf(stderr, "%s", report.format().c_str());
    for (const auto& name : dataset.classNames) {
      const int cls = model.classIndex(name);
      if (cls < 0) {
        std::fprintf(stderr, "class '%s' is not in the model: skipped\n", name.c_str());
        continue;
      }
      const auto test = dataset.select(mdd::Split::Test, name);
      std::vector<mdd::ClassEvaluator> evaluators;
      for (const char* m : mapNames) evaluators.emplace_back(name + " " + m);
      std::array<std::vector<float>, 3> topScores;
      std::vector<int> labels;
      for (std::size_t b = 0; b < test.size(); b += static_cast<std::size_t>(batch)) {
        const std::size_t end = std::min(test.size(), b + static_cast<std::size_t>(batch));
        std::vector<cv::Mat> images;
        for (std::size_t i = b; i < end; ++i) images.push_back(mdd::readImage(test[i].path));
        const auto results = model.infer(images, std::vector<int>(images.size(), cls));
        for (std::size_t i = b; i < end; ++i) {
          const auto& s = test[i];
          const auto& res = results[i - b];
          const mdd::GroundTruth truth = mdd::groundTruthAtModelSize(s, pre);
          const std::array<const cv::Mat*, 3> maps = {&res.fused, &res.teacherRestoration,
                                                      &res.restorationIdentity};
          for (int m = 0; m < 3; ++m) {
            double peak = 0;
            cv::minMaxLoc(*maps[m], nullptr, &peak);
            mdd::addToEvaluator(evaluators[m], static_cast<float>(peak), *maps[m], truth);
            topScores[m].push_back(topPercentMean(*maps[m], 1.0));
          }
        }
        std::fprintf(stderr, "\r%s: %zu/%zu", name.c_str(), end, test.size());
      }
      std::fprintf(stderr, "\n");
      for (int m = 0; m < 3; ++m) {
        rows.push_back(evaluators[m].compute());
        const auto top = mdd::imageMetrics(topScores[m], evaluators[m].imageLabels());
        char line[160];
        std::snprintf(line, sizeof line, "%-22s top-1%% mean: I-AUROC %.2f  I-AP %.2f  I-F1max %.2f",
                      (name + " " + mapNames[m]).c_str(), 100 * top.auroc, 100 * top.ap,
                      100 * top.f1max);
        topRows.push_back(line);
      }
    }
  }
  std::printf("score = map maximum:\n%s\n", mdd::formatMetricsTable(rows).c_str());
  for (const auto& line : topRows) std::printf("%s\n", line.c_str());
  return 0;
}
