#include "common/machine_peak.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include <torch/torch.h>

#include "mdd/runtime.h"

namespace bench {
namespace {

double cpuClockMhz() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("cpu MHz", 0) == 0) return std::atof(line.substr(line.find(':') + 1).c_str());
  return 0;
}

}  // namespace

MachinePeak measureMachinePeak() {
  MachinePeak p;
  const auto features = mdd::cpuFeatures();
  p.cores = torch::get_num_threads();
  p.clockMhz = cpuClockMhz();
  p.nominalGflops = p.cores * p.clockMhz * 1e-3 * features.fp32FlopsPerCycle;
  torch::NoGradGuard noGrad;
  const auto a = torch::rand({2048, 2048}), b = torch::rand({2048, 2048});
  double best = 1e9;
  for (int i = 0; i < 4; ++i) {
    const auto start = std::chrono::steady_clock::now();
    auto c = torch::mm(a, b);
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  p.gemmGflops = 2.0 * 2048.0 * 2048.0 * 2048.0 / best * 1e-9;
  char text[256];
  std::snprintf(text, sizeof text,
                "%d threads, %.0f MHz, %s: fp32 peak %.0f GFLOP/s nominal, %.0f GFLOP/s "
                "measured (2048^3 matrix product)",
                p.cores, p.clockMhz, features.summary.c_str(), p.nominalGflops, p.gemmGflops);
  p.description = text;
  return p;
}

}  // namespace bench
