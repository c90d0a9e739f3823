// MDD-Net speed per teacher backbone, in one run on one machine:
// - FLOPs per image (teacher alone and the whole network: teacher, memory, neck, both
//   decoders), counted from the ops' shapes;
// - the teacher alone, images/s at batch N;
// - full inference through mdd::Model::infer (preprocessing, network, maps, Gaussian,
//   score, map back to the image size), images/s and latency at batch 1 and batch N, in
//   up to four variants: "straightforward" (fp32, student BatchNorm and transposed conv as
//   written) with LibTorch's default of one thread and with all cores, "optimised" (the
//   default path: folded student, all cores, precision auto) and bf16 (when the device runs
//   it fast, or with --bf16);
// - one training step (both paths, all five losses, backward, Adam), fp32 and bf16;
// - the peak resident memory of each phase, and the achieved FLOP rate against the
//   machine's peak.
// The teacher uses its converted weights when found and random weights otherwise (the
// time does not depend on them).
//
//   bench_model [--size 256] [--batch 8] [--steps 3] [--seconds 4] [--device cpu]
//               [--backbone ID] [--bf16 0|1] [--training 0|1]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include "common/flop_counter.h"
#include "common/machine_peak.h"
#include "mdd/backbones.h"
#include "mdd/runtime.h"
#include "model/model_impl.h"
#include "nn/backbones/backbone.h"
#include "nn/folded_conv.h"
#include "runtime/autocast_scope.h"

namespace {

struct Options {
  int size = 256;
  int batch = 8;
  int steps = 3;         // timed training steps after one warm-up step
  double seconds = 4.0;  // measuring time per inference figure, after warm-up
  std::string device = "cpu";
  std::string backbone;  // empty: every backbone of the catalogue
  int bf16 = -1;         // -1: where the device runs it fast; 0 never; 1 always
  bool training = true;
};

[[noreturn]] void usage(const char* argv0) {
  std::fprintf(stderr,
               "usage: %s [--size 256] [--batch 8] [--steps 3] [--seconds 4] [--device cpu] "
               "[--backbone ID] [--bf16 0|1] [--training 0|1]\n",
               argv0);
  std::exit(2);
}

Options parse(int argc, char** argv) {
  Options o;
  if (argc % 2 == 0) usage(argv[0]);
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i], value = argv[i + 1];
    if (key == "--size") o.size = std::atoi(value.c_str());
    else if (key == "--batch") o.batch = std::atoi(value.c_str());
    else if (key == "--steps") o.steps = std::atoi(value.c_str());
    else if (key == "--seconds") o.seconds = std::atof(value.c_str());
    else if (key == "--device") o.device = value;
    else if (key == "--backbone") o.backbone = value;
    else if (key == "--bf16") o.bf16 = std::atoi(value.c_str());
    else if (key == "--training") o.training = std::atoi(value.c_str()) != 0;
    else usage(argv[0]);
  }
  return o;
}

// Linux: writing 5 to clear_refs resets the peak resident size (VmHWM) to the current one.
void resetPeakMemory() { std::ofstream("/proc/self/clear_refs") << "5"; }

double peakMemoryMiB() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::atof(line.c_str() + 6) / 1024.0;
  return 0;
}

double seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

void synchronise(const torch::Device& device) {
  if (device.is_cuda()) torch::cuda::synchronize(device.index());
}

// Median seconds per call of `fn` after one warm-up call: at least 3 calls and `budget`
// seconds. The median keeps a busy neighbour's burst from deciding the figure.
template <class Fn>
double medianSeconds(Fn fn, double budget, const torch::Device& device) {
  fn();
  synchronise(device);
  std::vector<double> times;
  const auto start = std::chrono::steady_clock::now();
  while (times.size() < 3 || seconds(start) < budget) {
    const auto t = std::chrono::steady_clock::now();
    fn();
    synchronise(device);
    times.push_back(seconds(t));
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

std::shared_ptr<mdd::Model::Impl> buildModel(const std::string& backbone, const Options& o,
                                             bool& pretrained) {
  mdd::ModelConfig config;
  config.network.backbone = backbone;
  config.network.inputWidth = config.network.inputHeight = o.size;
  config.classNames = {"a", "b"};
  pretrained = !mdd::findBackboneWeights(backbone).empty();
  const torch::Device device(mdd::resolveDevice(o.device));
  auto teacher = pretrained ? mdd::nn::createTeacher(backbone, device, {})
                            : mdd::nn::createBackbone(backbone);
  if (!pretrained) teacher->foldBatchNorm();
  return mdd::makeModelImpl(config, device, teacher);
}

struct Flops {
  double teacher = 0, full = 0;  // per image
};

Flops countFlops(mdd::Model::Impl& impl, const Options& o) {
  c10::InferenceMode inference;
  impl.net->eval();
  const auto x = torch::rand({1, 3, o.size, o.size}, torch::TensorOptions().device(impl.device));
  const auto classes = torch::full({1}, -1, torch::TensorOptions().dtype(torch::kLong).device(impl.device));
  Flops f;
  {
    bench::FlopCounter counter;
    impl.net->teacher->forward(x);
    f.teacher = counter.flops();
  }
  bench::FlopCounter counter;
  impl.net->forward(x, classes);
  f.full = counter.flops();
  return f;
}

double teacherImagesPerSecond(mdd::Model::Impl& impl, const Options& o) {
  const auto x = torch::rand({o.batch, 3, o.size, o.size}, torch::TensorOptions().device(impl.device));
  c10::InferenceMode inference;
  return o.batch / medianSeconds([&] { impl.net->teacher->forward(x); }, o.seconds, impl.device);
}

struct Timing {
  double imagesPerSecond = 0, latencyMs = 0, peakMiB = 0;
};

std::vector<cv::Mat> randomImages(int n, int size) {
  std::vector<cv::Mat> images;
  cv::RNG rng(1);
  for (int i = 0; i < n; ++i) {
    cv::Mat img(size, size, CV_8UC3);
    rng.fill(img, cv::RNG::UNIFORM, 0, 256);
    images.push_back(img);
  }
  return images;
}

// One way of running inference: `apply` switches the model and runtime to it.
struct Variant {
  std::string name;
  std::function<void()> apply;
  Timing one, many;
};

// Times every variant at batch 1 and batch N, interleaved call by call (A B C A B C ...)
// so that a change in the machine's load hits all of them alike; medians per variant.
void timeInterleaved(const mdd::Model& model, std::vector<Variant>& variants, const Options& o) {
  const torch::Device device(model.device());
  for (const int batch : {1, o.batch}) {
    const auto images = randomImages(batch, o.size);
    std::vector<std::vector<double>> times(variants.size());
    for (auto& v : variants) {  // warm-up: oneDNN primitives, folded weights, allocator
      v.apply();
      model.infer(images);
    }
    const auto start = std::chrono::steady_clock::now();
    while (times[0].size() < 3 || seconds(start) < o.seconds * static_cast<double>(variants.size())) {
      for (size_t k = 0; k < variants.size(); ++k) {
        variants[k].apply();
        const auto t = std::chrono::steady_clock::now();
        model.infer(images);
        synchronise(device);
        times[k].push_back(seconds(t));
      }
    }
    for (size_t k = 0; k < variants.size(); ++k) {
      auto& v = times[k];
      std::sort(v.begin(), v.end());
      const double median = v[v.size() / 2];
      (batch == 1 ? variants[k].one : variants[k].many) = {batch / median, 1000.0 * median, 0};
    }
  }
}

// Peak resident memory of inference at batch N with the current settings.
double inferencePeakMiB(const mdd::Model& model, const Options& o) {
  const auto images = randomImages(o.batch, o.size);
  resetPeakMemory();
  model.infer(images);
  return peakMemoryMiB();
}

// Seconds per training step and the phase's peak memory.
Timing timeTraining(mdd::Model::Impl& impl, const Options& o, bool bf16) {
  auto& net = impl.net;
  const auto device = impl.device;
  torch::manual_seed(0);
  const auto opts = torch::TensorOptions().device(device);
  const auto normal = torch::rand({o.batch, 3, o.size, o.size}, opts);
  const auto mask = (torch::rand({o.batch, 1, o.size, o.size}, opts) > 0.9).to(torch::kFloat);
  const auto anomalous = normal * (1 - mask) + mask * torch::rand_like(normal);
  const auto classes =
      torch::arange(o.batch, torch::TensorOptions().dtype(torch::kLong).device(device)) % 2;
  torch::optim::Adam optimizer(net->studentParameters(), torch::optim::AdamOptions(1e-4));
  net->train();
  resetPeakMemory();
  auto step = [&] {
    torch::Tensor total;
    {
      mdd::AutocastScope autocast(device, bf16);
      total = net->losses(normal, anomalous, mask, classes).total;
    }
    optimizer.zero_grad();
    total.backward();
    optimizer.step();
  };
  step();  // warm-up: allocator, oneDNN primitive caches
  synchronise(device);
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < o.steps; ++i) step();
  synchronise(device);
  const double perStep = seconds(start) / o.steps;
  net->eval();
  return {o.batch / perStep, 1000.0 * perStep, peakMemoryMiB()};
}

void printRow(const Variant& v, double flopsPerImage, double peakGflops, double baseline) {
  const double achieved = flopsPerImage * v.many.imagesPerSecond * 1e-9;
  std::printf("  %-34s %8.2f %8.1f | %8.2f %8.1f | %7.0f %5.0f%% | %6.2fx\n", v.name.c_str(),
              v.one.imagesPerSecond, v.one.latencyMs, v.many.imagesPerSecond, v.many.latencyMs,
              achieved, peakGflops > 0 ? 100.0 * achieved / peakGflops : 0.0,
              v.many.imagesPerSecond / baseline);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = parse(argc, argv);
  mdd::initRuntime();
  std::printf("%s", mdd::formatRuntimeInfo(mdd::runtimeInfo()).c_str());
  const auto peak = bench::measureMachinePeak();
  std::printf("Machine:         %s\n", peak.description.c_str());
  std::printf("input %dx%d, batch N = %d, device %s; img/s and ms per call are medians; "
              "GFLOP/s counts convolutions and matrix products\n\n",
              o.size, o.size, o.batch, o.device.c_str());
  const int threads = torch::get_num_threads();
  int failures = 0;
  for (const auto& info : mdd::listBackbones()) {
    if (!o.backbone.empty() && info.id != o.backbone) continue;
    try {
      bool pretrained = false;
      auto impl = buildModel(info.id, o, pretrained);
      const mdd::Model model = mdd::Model::fromImpl(impl);
      const Flops flops = countFlops(*impl, o);
      std::printf("%s (%s teacher weights): %.2f GFLOP per image (teacher %.2f)\n",
                  info.id.c_str(), pretrained ? "converted" : "random", flops.full * 1e-9,
                  flops.teacher * 1e-9);
      const double teacherRate = teacherImagesPerSecond(*impl, o);
      std::printf("  teacher alone, batch %d: %.2f img/s, %.0f GFLOP/s\n", o.batch, teacherRate,
                  teacherRate * flops.teacher * 1e-9);
      const bool cpu = impl->device.is_cpu();
      const bool bf16 = o.bf16 == 1 || (o.bf16 == -1 && mdd::choosePrecision(mdd::Precision::Auto, impl->device.str()).bf16);
      // Straightforward: fp32, the student as written (BN after each conv, LibTorch's
      // transposed conv), with LibTorch's default thread count on Debian (one) and with
      // all cores. Optimised: the default path.
      auto setting = [&impl, threads](bool folded, mdd::Precision precision, int nThreads) {
        return [&impl, folded, precision, nThreads] {
          mdd::nn::setFoldedInference(folded);
          impl->precision = precision;
          if (torch::get_num_threads() != nThreads) torch::set_num_threads(nThreads);
        };
      };
      std::vector<Variant> variants;
      if (cpu) variants.push_back({"straightforward fp32, 1 thread", setting(false, mdd::Precision::Float32, 1), {}, {}});
      variants.push_back({"straightforward fp32, all threads", setting(false, mdd::Precision::Float32, threads), {}, {}});
      variants.push_back({"optimised fp32", setting(true, mdd::Precision::Float32, threads), {}, {}});
      if (bf16) variants.push_back({"optimised bf16", setting(true, mdd::Precision::BFloat16, threads), {}, {}});
      timeInterleaved(model, variants, o);
      std::printf("  %-34s %8s %8s | %8s %8s | %7s %6s | %7s\n", "inference (medians, interleaved)",
                  "b1 img/s", "b1 ms", "bN img/s", "bN ms", "GFLOP/s", "peak", "vs 1st");
      for (const auto& v : variants)
        printRow(v, flops.full, peak.gemmGflops, variants.front().many.imagesPerSecond);
      variants.back().apply();  // the fastest path, for the memory figure
      std::printf("  inference peak memory, batch %d (%s): %.0f MiB\n", o.batch,
                  variants.back().name.c_str(), inferencePeakMiB(model, o));
      setting(true, mdd::Precision::Auto, threads)();
      if (o.training) {
        const auto fp32 = timeTraining(*impl, o, false);
        std::printf("  training step, batch %d: fp32 %.2f s (%.2f img/s, peak %.0f MiB)", o.batch,
                    fp32.latencyMs / 1000, fp32.imagesPerSecond, fp32.peakMiB);
        if (bf16) {
          const auto half = timeTraining(*impl, o, true);
          std::printf("; bf16 %.2f s (%.2f img/s, peak %.0f MiB)", half.latencyMs / 1000,
                      half.imagesPerSecond, half.peakMiB);
        }
        std::printf("\n");
      }
      std::printf("\n");
      std::fflush(stdout);
    } catch (const std::exception& e) {
      std::printf("%s failed: %s\n", info.id.c_str(), e.what());
      ++failures;
    }
  }
  return failures == 0 ? 0 : 1;
}
