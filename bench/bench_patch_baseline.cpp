// The nearest-neighbour patch baseline of issue 7 (PatchCore-style), on the same teacher
// as MDD-Net, so every results table has its reference row:
//   features: the teacher's middle tap plus its coarsest tap upsampled to the same grid
//   (InceptionV3: mixed2 + mixed4), 3x3 local averaging of each tap on its own grid; memory bank: a seeded random
//   fraction of every training patch of the class; score map: distance of each test patch
//   to its nearest bank patch, bilinear to the input size, Gaussian sigma 4; image score:
//   the map's maximum. One bank per class (a one-class method). Metrics as mddnet eval.
//
//   bench_patch_baseline DATASET... [--backbone inception_v3] [--size 256]
//       [--resize squash|letterbox] [--taps 1,2] [--bank-fraction 0.1] [--seed 0]
//       [--random-weights] [--standardise] [--average-after] [--json FILE]
// --taps names two teacher taps, finer first: the patch grid is the finer one's. With
// --resize letterbox the map is 0 outside the image content (the border is not scored).
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
#include "nn/tap_geometry.h"

namespace {

struct Options {
  std::vector<std::string> roots;
  std::string backbone = "inception_v3";
  int size = 256;
  double bankFraction = 0.1;
  std::uint64_t seed = 0;
  bool randomWeights = false;
  bool standardise = false;  // per-image intensity standardisation (PreprocessConfig)
  mdd::ResizeMode resize = mdd::ResizeMode::Squash;
  int fineTap = 1, coarseTap = 2;
  bool averageBeforeUpsampling = true;  // PatchCore's order; --average-after for the other
  bool stretch = false;  // bilinear stretch of the cell grid over the input (the old maps)
  std::string json;
};

[[noreturn]] void usage(const char* argv0, const std::string& problem) {
  std::fprintf(stderr,
               "%s: %s\nusage: %s DATASET... [--backbone inception_v3] [--size 256] "
               "[--resize squash|letterbox] [--taps 1,2] [--bank-fraction 0.1] [--seed 0] "
               "[--random-weights] [--standardise] [--average-after] [--stretch] [--json FILE]\n",
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
    else if (a == "--average-after") o.averageBeforeUpsampling = false;
    else if (a == "--stretch") o.stretch = true;
    else if (a == "--json") o.json = value();
    else if (a == "--resize") {
      const std::string r = value();
      if (r == "squash") o.resize = mdd::ResizeMode::Squash;
      else if (r == "letterbox") o.resize = mdd::ResizeMode::Letterbox;
      else usage(argv[0], "--resize is squash or letterbox, not " + r);
    } else if (a == "--taps") {
      const std::string t = value();
      if (std::sscanf(t.c_str(), "%d,%d", &o.fineTap, &o.coarseTap) != 2 || o.fineTap < 0 ||
          o.coarseTap > 2 || o.fineTap >= o.coarseTap)
        usage(argv[0], "--taps takes two tap indices 0..2, finer first, e.g. 1,2");
    }
    else if (a.rfind("--", 0) == 0) usage(argv[0], "unknown option " + a);
    else o.roots.push_back(a);
  }
  if (o.roots.empty()) usage(argv[0], "give at least one dataset folder");
  if (!(o.bankFraction > 0 && o.bankFraction <= 1)) usage(argv[0], "--bank-fraction must be in (0, 1]");
  return o;
}

torch::Tensor localMean(const torch::Tensor& f) {
  return torch::avg_pool2d(f, 3, 1, 1, /*ceil_mode=*/false, /*count_include_pad=*/false);
}

// [N, C, h, w] patch features of a batch: the fine tap + the coarse tap upsampled to the
// fine tap's grid, each 3x3-averaged on its own grid first (PatchCore's order: the coarse
// tap's neighbourhood is then twice as wide) or the concatenation averaged afterwards.
torch::Tensor patchFeatures(mdd::nn::BackboneImpl& teacher, const torch::Tensor& x,
                            const Options& o) {
  const auto taps = teacher.forward(x);
  const bool first = o.averageBeforeUpsampling;
  const auto fine = first ? localMean(taps[o.fineTap]) : taps[o.fineTap];
  const auto coarseCells = first ? localMean(taps[o.coarseTap]) : taps[o.coarseTap];
  // Each fine cell takes the coarse features of the input pixel it sits on: the coarse grid
  // in units of fine cells has stride s_c / s_f and offset (o_c - o_f) / s_f. --stretch
  // stretches one grid over the other instead (a bilinear resize).
  const auto& fineTap = teacher.info().taps[static_cast<size_t>(o.fineTap)];
  const auto& coarseTap = teacher.info().taps[static_cast<size_t>(o.coarseTap)];
  const auto grid = [&](int64_t coarseCount, int64_t fineCount) {
    return o.stretch ? mdd::nn::stretchedGrid(coarseCount, fineCount)
                     : mdd::nn::CellGrid{double(coarseTap.stride) / fineTap.stride,
                                         (coarseTap.offset - fineTap.offset) / fineTap.stride};
  };
  const int64_t n = coarseCells.size(0), c = coarseCells.size(1);
  const auto coarse =
      mdd::nn::cellsToPixels(coarseCells.flatten(0, 1), grid(coarseCells.size(2), fine.size(2)),
                             grid(coarseCells.size(3), fine.size(3)), {fine.size(2), fine.size(3)})
          .view({n, c, fine.size(2), fine.size(3)});
  const auto f = torch::cat({fine, coarse}, 1);
  return first ? f : localMean(f);
}

std::vector<cv::Mat> loadBatch(const std::vector<mdd::Sample>& samples, size_t begin, size_t end,
                               const mdd::PreprocessConfig& pre) {
  std::vector<cv::Mat> out;
  for (size_t i = begin; i < end; ++i) out.push_back(mdd::preprocess(mdd::readImage(samples[i].path), pre));
  return out;
}

// Row-wise distance to the nearest bank row (bank: [M, C]), in chunks of bank rows that
// reuse one product buffer: |q|^2 + min_b (|b|^2 - 2 q.b).
torch::Tensor nearestDistance(const torch::Tensor& queries, const torch::Tensor& bank,
                              const torch::Tensor& bankNorms) {
  const auto q = queries.contiguous();
  const int64_t chunk = 4096;
  torch::Tensor buffer = torch::empty({q.size(0), std::min(chunk, bank.size(0))}, q.options());
  torch::Tensor best;
  for (int64_t s = 0; s < bank.size(0); s += chunk) {
    const int64_t rows = std::min(chunk, bank.size(0) - s);
    auto out = buffer.narrow(1, 0, rows);
    if (rows != buffer.size(1)) out = torch::empty({q.size(0), rows}, q.options());
    torch::addmm_out(out, bankNorms.narrow(0, s, rows).unsqueeze(0), q,
                     bank.narrow(0, s, rows).t(), /*beta=*/1, /*alpha=*/-2);
    const auto d = std::get<0>(out.min(1));
    best = best.defined() ? torch::minimum(best, d) : d;
  }
  return (best + q.pow(2).sum(1)).clamp_min(0).sqrt();
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
  pre.resize = o.resize;
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
    // Warnings (a dataset without pixel masks: image metrics only) are said and the run
    // goes on; errors stop it.
    if (!report.issues.empty()) std::fprintf(stderr, "%s", report.format().c_str());
    if (report.hasErrors()) return 1;
    for (const auto& name : dataset.classNames) {
      const auto train = dataset.select(mdd::Split::Train, name);
      const auto test = dataset.select(mdd::Split::Test, name);
      // Memory bank: a seeded random fraction of every training patch.
      std::vector<torch::Tensor> kept;
      torch::Generator gen = at::detail::createCPUGenerator(o.seed);
      for (size_t b = 0; b < train.size(); b += 8) {
        const auto x = mdd::infer::imagesToTensor(loadBatch(train, b, std::min(train.size(), b + 8), pre), torch::kCPU);
        const auto f = patchFeatures(*teacher, x, o);
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
        const auto f = patchFeatures(*teacher, x, o);
        const int64_t n = f.size(0), h = f.size(2), w = f.size(3);
        const auto d = nearestDistance(f.permute({0, 2, 3, 1}).reshape({-1, f.size(1)}), bank,
                                       bankNorms)
                           .reshape({n, 1, h, w});
        // The distances live on the fine tap's cells: onto the pixels those cells sit on
        // (nn/tap_geometry.h), or stretched over the input as before (--stretch).
        const auto cells = [&](int64_t count) {
          return o.stretch ? mdd::nn::stretchedGrid(count, o.size)
                           : mdd::nn::cellGrid(info.taps[o.fineTap]);
        };
        auto maps = mdd::nn::cellsToPixels(d.squeeze(1), cells(h), cells(w), {o.size, o.size});
        maps = mdd::infer::gaussianBlur(maps, 4.0);
        for (size_t i = b; i < end; ++i) {
          const mdd::GroundTruth truth = mdd::groundTruthAtModelSize(test[i], pre);
          // Letterbox: only the image content is scored (truth.content is all of a squash).
          const cv::Rect r = truth.content;
          auto m = maps[static_cast<int64_t>(i - b)];
          const auto inside = m.narrow(0, r.y, r.height).narrow(1, r.x, r.width).clone();
          m.zero_();
          m.narrow(0, r.y, r.height).narrow(1, r.x, r.width).copy_(inside);
          mdd::addToEvaluator(evaluator, m.max().item<float>(), mdd::infer::tensorToMat(m), truth);
        }
      }
      metrics.push_back(evaluator.compute());
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("%s", mdd::formatMetricsTable(metrics).c_str());
  std::printf("baseline: %s%s%s, taps %d+%d averaged %s upsampling, maps %s, %dx%d %s, bank "
              "%.0f%%, %.0f s\n",
              o.backbone.c_str(), o.randomWeights ? " (random weights)" : "",
              o.standardise ? ", standardised" : "", o.fineTap, o.coarseTap,
              o.averageBeforeUpsampling ? "before" : "after",
              o.stretch ? "stretched" : "on the cells' pixels", o.size, o.size,
              o.resize == mdd::ResizeMode::Squash ? "squashed" : "letterboxed",
              100 * o.bankFraction, seconds);
  if (!o.json.empty()) std::ofstream(o.json) << mdd::metricsJson(metrics) << "\n";
  return 0;
}
