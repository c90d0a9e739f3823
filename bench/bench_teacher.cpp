// Teacher forward time per image: every backbone this build can create, folded, eval,
// fp32, inference mode, at batch 1 and 8, in NCHW and channels-last memory layout.
// Uses the converted weights when found (the time does not depend on them) and random
// weights otherwise.
//
//   bench_teacher [--size 256] [--seconds 2]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "mdd/backbones.h"
#include "mdd/runtime.h"
#include "nn/backbones/backbone.h"

namespace {

struct Options {
  int size = 256;
  double seconds = 2.0;  // measuring time per backbone and batch size, after warm-up
};

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--size")) o.size = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--seconds")) o.seconds = std::atof(argv[i + 1]);
    else {
      std::fprintf(stderr, "usage: %s [--size 256] [--seconds 2]\n", argv[0]);
      std::exit(2);
    }
  }
  return o;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Median wall time of one forward pass. Reading one value back waits for the device,
// so GPU timings include the whole pass.
double medianForwardSeconds(mdd::nn::BackboneImpl& net, const torch::Tensor& x, double budget) {
  c10::InferenceMode inference;
  auto once = [&] {
    const auto start = std::chrono::steady_clock::now();
    const auto taps = net.forward(x);
    taps.back().sum().item<float>();
    return secondsSince(start);
  };
  for (int i = 0; i < 2; ++i) once();  // warm-up: allocator, kernel selection
  std::vector<double> times;
  const auto start = std::chrono::steady_clock::now();
  while (times.size() < 3 || (secondsSince(start) < budget && times.size() < 200))
    times.push_back(once());
  std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
  return times[times.size() / 2];
}

// Other processes compete for the same cores on shared machines; say how busy it is.
double loadAverage() {
  double oneMinute = -1;
  std::ifstream("/proc/loadavg") >> oneMinute;
  return oneMinute;
}

// Module::to() takes no memory format in the C++ API: re-lay each 4-D parameter (the
// convolution weights) in place, as Python's model.to(memory_format=...) does.
void toChannelsLast(torch::nn::Module& net) {
  torch::NoGradGuard noGrad;
  for (auto& p : net.parameters())
    if (p.dim() == 4) p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast));
}

}  // namespace

int main(int argc, char** argv) {
  const Options opt = parse(argc, argv);
  mdd::initRuntime();
  const mdd::RuntimeInfo rt = mdd::runtimeInfo();
  const torch::Device device(rt.defaultDevice);
  std::printf("LibTorch %s, %d threads, BLAS: %s, device %s, input %dx%d fp32\n",
              rt.torchVersion.c_str(), rt.intraOpThreads, rt.blas.c_str(),
              rt.defaultDevice.c_str(), opt.size, opt.size);
  const double load = loadAverage();
  std::printf("load average %.2f on %d cores%s\n\n", load, rt.cpuCores,
              load > rt.cpuCores ? " (busy machine: CPU timings are inflated)" : "");
  std::printf("%-16s %-8s %-6s %5s %12s %12s %10s\n", "backbone", "weights", "layout", "batch",
              "ms/batch", "ms/image", "images/s");
  for (const mdd::BackboneInfo& info : mdd::listBackbones()) {
    mdd::nn::BackbonePtr net;
    try {
      net = mdd::nn::createBackbone(info.id);
    } catch (const std::exception& e) {
      std::printf("%-16s skipped: %s\n", info.id.c_str(), e.what());
      continue;
    }
    std::string weights = mdd::findBackboneWeights(info.id);
    if (!weights.empty()) {
      try {
        net->loadWeights(weights);
      } catch (const std::exception& e) {  // timing does not need them: go on without
        std::printf("%-16s random weights: %s\n", info.id.c_str(), e.what());
        weights.clear();
      }
    }
    net->foldBatchNorm();
    net->eval();
    net->to(device);
    for (const bool channelsLast : {false, true}) {
      if (channelsLast) toChannelsLast(*net);
      const auto format = channelsLast ? torch::MemoryFormat::ChannelsLast
                                       : torch::MemoryFormat::Contiguous;
      for (const int batch : {1, 8}) {
        const auto x = torch::randn({batch, 3, opt.size, opt.size}, torch::TensorOptions(device))
                           .contiguous(format);
        const double s = medianForwardSeconds(*net, x, opt.seconds);
        std::printf("%-16s %-8s %-6s %5d %12.2f %12.2f %10.1f\n", info.id.c_str(),
                    weights.empty() ? "random" : "file", channelsLast ? "NHWC" : "NCHW", batch,
                    s * 1e3, s * 1e3 / batch, batch / s);
      }
    }
  }
  return 0;
}
