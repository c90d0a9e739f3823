// MDD-Net speed per teacher backbone: one training step (forward of both paths, all five
// losses, backward, Adam) and full inference through mdd::Model::infer (preprocessing,
// teacher, memory, both decoders, maps, Gaussian, score, map back to the image size),
// with the peak resident memory of each phase. The teacher uses its converted weights
// when found and random weights otherwise (the time does not depend on them).
//
//   bench_model [--size 256] [--batch 8] [--steps 3] [--seconds 4] [--device cpu]
//               [--backbone ID]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include "mdd/backbones.h"
#include "mdd/runtime.h"
#include "model/model_impl.h"
#include "nn/backbones/backbone.h"

namespace {

struct Options {
  int size = 256;
  int batch = 8;
  int steps = 3;         // timed training steps after one warm-up step
  double seconds = 4.0;  // inference measuring time per batch size, after warm-up
  std::string device = "cpu";
  std::string backbone;  // empty: every backbone of the catalogue
};

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i], value = argv[i + 1];
    if (key == "--size") o.size = std::atoi(value.c_str());
    else if (key == "--batch") o.batch = std::atoi(value.c_str());
    else if (key == "--steps") o.steps = std::atoi(value.c_str());
    else if (key == "--seconds") o.seconds = std::atof(value.c_str());
    else if (key == "--device") o.device = value;
    else if (key == "--backbone") o.backbone = value;
    else {
      std::fprintf(stderr,
                   "usage: %s [--size 256] [--batch 8] [--steps 3] [--seconds 4] "
                   "[--device cpu] [--backbone ID]\n",
                   argv[0]);
      std::exit(2);
    }
  }
  if (argc % 2 == 0) {
    std::fprintf(stderr, "%s: option '%s' needs a value\n", argv[0], argv[argc - 1]);
    std::exit(2);
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

std::shared_ptr<mdd::Model::Impl> buildModel(const std::string& backbone, const Options& o,
                                             bool& pretrained) {
  mdd::ModelConfig config;
  config.network.backbone = backbone;
  config.network.inputWidth = config.network.inputHeight = o.size;
  config.classNames = {"a", "b"};
  pretrained = !mdd::findBackboneWeights(backbone).empty();
  auto teacher = pretrained ? mdd::nn::createTeacher(backbone, torch::kCPU, {})
                            : mdd::nn::createBackbone(backbone);
  if (!pretrained) teacher->foldBatchNorm();
  return mdd::makeModelImpl(config, torch::Device(mdd::resolveDevice(o.device)), teacher);
}

// Seconds per training step and the phase's peak memory.
std::pair<double, double> timeTraining(mdd::Model::Impl& impl, const Options& o) {
  auto& net = impl.net;
  const auto device = impl.device;
  torch::manual_seed(0);
  const auto opts = torch::TensorOptions().device(device);
  const auto normal = torch::rand({o.batch, 3, o.size, o.size}, opts);
  const auto mask = (torch::rand({o.batch, 1, o.size, o.size}, opts) > 0.9).to(torch::kFloat);
  const auto anomalous = normal * (1 - mask) + mask * torch::rand_like(normal);
  const auto classes = torch::arange(o.batch, torch::TensorOptions().dtype(torch::kLong).device(device)) % 2;
  torch::optim::Adam optimizer(net->studentParameters(), torch::optim::AdamOptions(1e-3));
  net->train();
  resetPeakMemory();
  auto step = [&] {
    const auto terms = net->losses(normal, anomalous, mask, classes);
    optimizer.zero_grad();
    terms.total.backward();
    optimizer.step();
  };
  step();  // warm-up: allocator, oneDNN primitive caches
  synchronise(device);
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < o.steps; ++i) step();
  synchronise(device);
  const double perStep = seconds(start) / o.steps;
  net->eval();
  return {perStep, peakMemoryMiB()};
}

struct InferenceTiming {
  double imagesPerSecond = 0, latencyMs = 0, peakMiB = 0;
};

InferenceTiming timeInference(const mdd::Model& model, int batch, const Options& o) {
  std::vector<cv::Mat> images;
  cv::RNG rng(1);
  for (int i = 0; i < batch; ++i) {
    cv::Mat img(o.size, o.size, CV_8UC3);
    rng.fill(img, cv::RNG::UNIFORM, 0, 256);
    images.push_back(img);
  }
  resetPeakMemory();
  model.infer(images);  // warm-up
  int calls = 0;
  const auto start = std::chrono::steady_clock::now();
  while (calls < 2 || seconds(start) < o.seconds) {
    model.infer(images);
    ++calls;
  }
  const double elapsed = seconds(start);
  return {calls * batch / elapsed, 1000.0 * elapsed / calls, peakMemoryMiB()};
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = parse(argc, argv);
  mdd::initRuntime();
  std::printf("%s\n", mdd::formatRuntimeInfo(mdd::runtimeInfo()).c_str());
  std::printf("input %dx%d, training batch %d, device %s; peak = resident set high-water mark\n\n",
              o.size, o.size, o.batch, o.device.c_str());
  std::printf("%-18s %-8s %12s %10s | %13s %10s %10s | %13s %10s %10s\n", "backbone", "teacher",
              "train s/step", "peak MiB", "infer b1 img/s", "b1 ms", "peak MiB", "infer bN img/s",
              "bN ms", "peak MiB");
  int failures = 0;
  for (const auto& info : mdd::listBackbones()) {
    if (!o.backbone.empty() && info.id != o.backbone) continue;
    try {
      bool pretrained = false;
      auto impl = buildModel(info.id, o, pretrained);
      const auto [stepSeconds, trainPeak] = timeTraining(*impl, o);
      const mdd::Model model = mdd::Model::fromImpl(impl);
      const auto one = timeInference(model, 1, o);
      const auto many = timeInference(model, o.batch, o);
      std::printf("%-18s %-8s %12.3f %10.0f | %13.2f %10.1f %10.0f | %13.2f %10.1f %10.0f\n",
                  info.id.c_str(), pretrained ? "weights" : "random", stepSeconds, trainPeak,
                  one.imagesPerSecond, one.latencyMs, one.peakMiB, many.imagesPerSecond,
                  many.latencyMs, many.peakMiB);
      std::fflush(stdout);
    } catch (const std::exception& e) {
      std::printf("%-18s failed: %s\n", info.id.c_str(), e.what());
      ++failures;
    }
  }
  return failures == 0 ? 0 : 1;
}
