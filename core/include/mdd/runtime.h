#pragma once
// Facts about the compute runtime, and its one-time set-up. Torch-free.
#include <string>

namespace mdd {

struct RuntimeInfo {
  std::string mddnetVersion;
  std::string torchVersion;
  std::string opencvVersion;
  std::string blas;          // the BLAS library LibTorch's matrix products resolve to
  std::string allocator;     // the malloc this process uses (tcmalloc when linked)
  int cpuCores = 0;          // logical cores the process may use
  std::string cpuFeatures;   // the vector extensions that matter here, e.g. "avx2 fma"
  int intraOpThreads = 0;    // LibTorch's intra-op thread count in effect
  bool cudaAvailable = false;
  int cudaDeviceCount = 0;
  std::string cudaDeviceName;  // device 0, empty without CUDA
  std::string defaultDevice;   // "cuda:0" or "cpu"
  std::string autoPrecision;   // what --precision auto means on defaultDevice: "fp32" or "bf16"
  std::string autoPrecisionReason;  // why, in one line
  std::string distributedBackends;  // c10d backends for train --distributed, e.g. "gloo"
  std::string teacherDir;      // where converted teacher weights are looked for
};

// The CPU's vector extensions, read once from /proc/cpuinfo.
struct CpuFeatures {
  bool amx = false;          // AMX-BF16 tiles
  bool avx512bf16 = false;   // AVX512-BF16 dot products
  bool avx512 = false;
  bool avx2 = false;         // AVX2 with FMA
  int fp32FlopsPerCycle = 8; // per core, assuming two FMA units per core
  std::string summary;
};
CpuFeatures cpuFeatures();

// Sets LibTorch's intra-op threads to the usable core count (Debian's LibTorch
// starts with one), or to OMP_NUM_THREADS when that is set. Safe to call more than once;
// the first call does the work.
void initRuntime();

RuntimeInfo runtimeInfo();

// One line per fact, for --version style output and the About dialog.
std::string formatRuntimeInfo(const RuntimeInfo& info);
std::string runtimeInfoJson(const RuntimeInfo& info);

}  // namespace mdd
