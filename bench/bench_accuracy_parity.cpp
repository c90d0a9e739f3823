// What the inference speed-ups do to the results: evaluates one trained model on one
// dataset split with each inference path, in one run, and compares them with the
// straightforward fp32 path (the student's layers as written):
//   optimised fp32  - student BatchNorm folded, transposed conv as 1x1 conv + pixel shuffle;
//   optimised bf16  - the same under bf16 autocast (forced: on CPUs without AMX or
//                     AVX512-BF16 it is emulated and slow, but the numbers are the same).
// Prints each path's metrics (mean over classes) and the largest score difference.
//
//   bench_accuracy_parity --model M.mdda --dataset DIR [--split test] [--bf16 0|1]
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "mdd/dataset.h"
#include "mdd/evaluate.h"
#include "mdd/model.h"
#include "mdd/runtime.h"
#include "nn/folded_conv.h"

int main(int argc, char** argv) {
  std::string modelPath, datasetPath, split = "test";
  bool bf16 = true;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i], value = argv[i + 1];
    if (key == "--model") modelPath = value;
    else if (key == "--dataset") datasetPath = value;
    else if (key == "--split") split = value;
    else if (key == "--bf16") bf16 = std::atoi(value.c_str()) != 0;
  }
  if (modelPath.empty() || datasetPath.empty()) {
    std::fprintf(stderr, "usage: %s --model M.mdda --dataset DIR [--split test] [--bf16 0|1]\n", argv[0]);
    return 2;
  }
  mdd::initRuntime();
  mdd::Model model = mdd::Model::load(modelPath, "cpu");
  mdd::LoadReport report;
  const mdd::Dataset dataset = mdd::loadDataset(datasetPath, mdd::DatasetOptions{}, report);
  mdd::EvaluationOptions options;
  options.split = split == "validation" ? mdd::Split::Validation
                  : split == "train"    ? mdd::Split::Train
                                        : mdd::Split::Test;
  struct Path {
    const char* name;
    bool folded;
    mdd::Precision precision;
  };
  std::vector<Path> paths = {{"straightforward fp32", false, mdd::Precision::Float32},
                             {"optimised fp32", true, mdd::Precision::Float32}};
  if (bf16) paths.push_back({"optimised bf16", true, mdd::Precision::BFloat16});
  std::printf("%s on %s (%s split)\n", modelPath.c_str(), datasetPath.c_str(), split.c_str());
  std::printf("%-22s %8s %8s %8s %8s %8s %12s %8s\n", "path", "I-AUROC", "I-AP", "P-AUROC", "P-AP",
              "AU-PRO", "max |dscore|", "seconds");
  std::vector<mdd::ImageResult> reference;
  for (const auto& p : paths) {
    mdd::nn::setFoldedInference(p.folded);
    model.setPrecision(p.precision);
    const auto r = mdd::evaluateModel(model, dataset, options, {}, {});
    double worst = 0;
    if (reference.empty()) reference = r.images;
    for (size_t i = 0; i < r.images.size() && i < reference.size(); ++i)
      worst = std::max(worst, std::abs(r.images[i].score - reference[i].score) /
                                  (std::abs(reference[i].score) + 1e-12));
    const auto& m = r.mean;
    std::printf("%-22s %8.2f %8.2f %8.2f %8.2f %8.2f %11.1e%% %8.1f\n", p.name, 100 * m.iAuroc,
                100 * m.iAp, 100 * m.pAuroc, 100 * m.pAp, 100 * m.auPro, 100 * worst, r.seconds);
    std::fflush(stdout);
  }
  return 0;
}
