// What the CPU's instruction set offers for the network's arithmetic, from /proc/cpuinfo
// (Linux): the vector width for fp32 and whether bf16 has hardware support (AMX tiles or
// AVX512-BF16 dot products, which oneDNN uses for bf16 convolutions and matrix products).
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "mdd/runtime.h"

namespace mdd {
namespace {

std::set<std::string> cpuFlags() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("flags", 0) != 0) continue;
    std::istringstream words(line.substr(line.find(':') + 1));
    std::set<std::string> flags;
    for (std::string w; words >> w;) flags.insert(w);
    return flags;
  }
  return {};
}

}  // namespace

CpuFeatures cpuFeatures() {
  static const CpuFeatures features = [] {
    const auto f = cpuFlags();
    CpuFeatures c;
    c.amx = f.count("amx_bf16") > 0;
    c.avx512bf16 = f.count("avx512_bf16") > 0;
    c.avx512 = f.count("avx512f") > 0;
    c.avx2 = f.count("avx2") > 0 && f.count("fma") > 0;
    c.fp32FlopsPerCycle = c.avx512 ? 64 : c.avx2 ? 32 : f.count("avx") ? 16 : 8;
    for (const char* name : {"amx_bf16", "avx512_bf16", "avx512f", "avx2", "fma"})
      if (f.count(name)) c.summary += (c.summary.empty() ? "" : " ") + std::string(name);
    if (c.summary.empty()) c.summary = "none of avx2/avx512/amx";
    return c;
  }();
  return features;
}

}  // namespace mdd
