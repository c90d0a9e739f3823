// The nearest-neighbour patch baseline of issue 7 (PatchCore-style), on the same teacher
// as MDD-Net, so every results table has its reference row:
//   features: the teacher's middle tap plus its coarsest tap upsampled to the same grid
//   (InceptionV3: mixed2 + mixed4), 3x3 local averaging; memory bank: a seeded random
//   fraction of every training patch of the class; score map: distance of each test patch
//   to its nearest bank patch, bilinear to the input size, Gaussian sigma 4; image score:
//   the map's maximum. One bank per class (a one-class method). Metrics as mddnet eval.
//
//   bench_patch_baseline DATASET... [--backbone inception_v3] [--size 256]
//       [--bank-fraction 0.1] [--seed 0] [--random-weights] [--standardise]
//       [--json FILE]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "infer/anomaly_maps.h"
#include "infer/tensor_image.h"
#include "mdd/ground_truth.h"
#include "mdd/backbones.h"
#include "mdd/dataset.h"
#include "mdd/image_io.h"
#include "mdd/metrics.h"
#include "mdd/preprocess.h"
#include "mdd/report_format.h"
#include "mdd/runtime.h"
#include "nn/backbones/backbone.h"

namespace {

struct Options {
  std::vector<std::string> roots;
  std::string backbone = "inception_v3";
  int size = 256;
  double bankFraction = 0.1;
  std::uint64_t seed = 0;
  bool randomWeights = false;
  bool standardise = false;  // per-image intensity standardisation (PreprocessConfig)
  std::string json;
};

[[noreturn]] void usage(const char* argv0, const std::string& problem) {
  std::fprintf(stderr,
               "%s: %s\nusage: %s DATASET... [--backbone inception_v3] [--size 256] "
               "[--bank-fraction 0.1] [--seed 0] [--random-weights] [--standardise] "
               "[--json FILE]\n",
               argv0, problem.c_str(), argv0);
  std::exit(2);
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(argv[0], "option " + a + " needs a value");
      return argv[++i];
    };
    if (a == "--backbone") o.backbone = value();
    else if (a == "--size") o.size = std::atoi(value().c_str());
    else if (a == "--bank-fraction") o.bankFraction = std::atof(value().c_str());
    else if (a == "--seed") o.seed = std::strtoull(value().c_str(), nullptr, 10);
    else if (a == "--random-weights") o.randomWeights = true;
    else if (a == "--standardise") o.standardise = true;
    else if (a == "--json") o.json = value();
    else if (a.rfind("--", 0) == 0) usage(argv[0], "unknown option " + a);
    else o.roots.push_back(a);
  }
  if (o.roots.empty()) usage(argv[0], "give at least one dataset folder");
  if (!(o.bankFraction > 0 && o.bankFraction <= 1)) usage(argv[0], "--bank-fraction must be in (0, 1]");
  return o;
}

// [N, C, h, w] patch features of a batch: tap 1 + tap 2 upsampled to tap 1's grid, 3x3 mean.
torch::Tensor patchFeatures(mdd::nn::BackboneImpl& teacher, const torch::Tensor& x) {
  const auto taps = teacher.forward(x);
  const auto& mid = taps[1];
  const auto coarse = torch::nn::functional::interpolate(
      taps[2], torch::nn::functional::InterpolateFuncOptions()
                   .size(std::vector<int64_t>{mid.size(2), mid.size(3)})
                   .mode(torch::kBilinear)
                   .align_corners(false));
  const auto f = torch::cat({mid, coarse}, 1);
  return torch::avg_pool2d(f, 3, 1, 1, /*ceil_mode=*/false, /*count_include_pad=*/false);
}

std::vector<cv::Mat> loadBatch(const std::vector<mdd::Sample>& samples, size_t begin, size_t end,
                               const mdd::PreprocessConfig& pre) {
  std::vector<cv::Mat> out;
  for (size_t i = begin; i < end; ++i) out.push_back(mdd::preprocess(mdd::readImage(samples[i].path), pre));
  return out;
}

// Row-wise squared distance to the nearest bank row, in chunks (bank: [M, C]).
torch::Tensor nearestDistance(const torch::Tensor& queries, const torch::Tensor& bank,
                              const torch::Tensor& bankNorms) {
  const auto q = queries.contiguous();
  const auto qn = q.pow(2).sum(1, true);
  torch::Tensor best;
  const int64_t chunk = 8192;
  for (int64_t s = 0; s < bank.size(0); s += chunk) {
    const auto b = bank.narrow(0, s, std::min(chunk, bank.size(0) - s));
    const auto bn = bankNorms.narrow(0, s, b.size(0));
    const auto d = std::get<0>((qn + bn.unsqueeze(0) - 2 * torch::matmul(q, b.t())).min(1));
    best = best.defined() ? torch::minimum(best, d) : d;
  }
  return best.clamp_min(0).sqrt();
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = parse(argc, argv);
  mdd::initRuntime();
  torch::NoGradGuard noGrad;
  const auto started = std::chrono::steady_clock::now();
  const auto& info = mdd::backboneInfo(o.backbone);
  torch::manual_seed(o.seed);  // before creating the network: random weights follow the seed
  auto teacher = o.randomWeights ? mdd::nn::createBackbone(o.backbone)
                                 : mdd::nn::createTeacher(o.backbone, torch::kCPU);
  if (o.randomWeights) teacher->foldBatchNorm();
  teacher->eval();

  mdd::PreprocessConfig pre;
  pre.width = pre.height = o.size;
  pre.resize = mdd::ResizeMode::Squash;
  pre.perImageStandardise = o.standardise;
  pre.mean = info.mean;
  pre.std = info.std;
  pre.channelOrder = mdd::ChannelOrder::RGB;

  std::vector<mdd::ClassMetrics> metrics;
  for (const auto& root : o.roots) {
    mdd::LoadReport report;
    mdd::DatasetOptions dataOptions;
    dataOptions.validationFraction = 0;
    const mdd::Dataset dataset = mdd::loadDataset(root, dataOptions, report);
    if (report.hasErrors()) {
      std::fprintf(stderr, "%s\n", report.format().c_str());
      return 1;
    }
    for (const auto& name : dataset.classNames) {
      const auto train = dataset.select(mdd::Split::Train, name);
      const auto test = dataset.select(mdd::Split::Test, name);
      // Memory bank: a seeded random fraction of every training patch.
      std::vector<torch::Tensor> kept;
      torch::Generator gen = at::detail::createCPUGenerator(o.seed);
      for (size_t b = 0; b < train.size(); b += 8) {
        const auto x = mdd::infer::imagesToTensor(loadBatch(train, b, std::min(train.size(), b + 8), pre), torch::kCPU);
        const auto f = patchFeatures(*teacher, x);
        const auto rows = f.permute({0, 2, 3, 1}).reshape({-1, f.size(1)});
        const auto keep = torch::rand({rows.size(0)}, gen) < o.bankFraction;
        kept.push_back(rows.index({keep}).clone());
      }
      const auto bank = torch::cat(kept);
      const auto bankNorms = bank.pow(2).sum(1);
      std::printf("%s: bank of %ld patches x %ld from %zu images\n", name.c_str(),
                  static_cast<long>(bank.size(0)), static_cast<long>(bank.size(1)), train.size());
      std::fflush(stdout);

      mdd::ClassEvaluator evaluator(name);
      for (size_t b = 0; b < test.size(); b += 8) {
        const size_t end = std::min(test.size(), b + 8);
        const auto x = mdd::infer::imagesToTensor(loadBatch(test, b, end, pre), torch::kCPU);
        const auto f = patchFeatures(*teacher, x);
        const int64_t n = f.size(0), h = f.size(2), w = f.size(3);
        const auto d = nearestDistance(f.permute({0, 2, 3, 1}).reshape({-1, f.size(1)}), bank,
                                       bankNorms)
                           .reshape({n, 1, h, w});
        auto maps = torch::nn::functional::interpolate(
                        d, torch::nn::functional::InterpolateFuncOptions()
                               .size(std::vector<int64_t>{o.size, o.size})
                               .mode(torch::kBilinear)
                               .align_corners(false))
                        .squeeze(1);
        maps = mdd::infer::gaussianBlur(maps, 4.0);
        const auto scores = std::get<0>(maps.flatten(1).max(1));
        for (size_t i = b; i < end; ++i) {
          const mdd::GroundTruth truth = mdd::groundTruthAtModelSize(test[i], pre);
          evaluator.add(scores[i - b].item<float>(), mdd::infer::tensorToMat(maps[i - b]),
                        truth.mask, truth.label);
        }
      }
      metrics.push_back(evaluator.compute());
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("%s", mdd::formatMetricsTable(metrics).c_str());
  std::printf("baseline: %s%s%s, %dx%d squashed, bank %.0f%%, %.0f s\n", o.backbone.c_str(),
              o.randomWeights ? " (random weights)" : "", o.standardise ? ", standardised" : "",
              o.size, o.size, 100 * o.bankFraction, seconds);
  if (!o.json.empty()) std::ofstream(o.json) << mdd::metricsJson(metrics) << "\n";
  return 0;
}
