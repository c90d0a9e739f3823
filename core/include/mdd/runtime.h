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
  int intraOpThreads = 0;    // LibTorch's intra-op thread count in effect
  bool cudaAvailable = false;
  int cudaDeviceCount = 0;
  std::string cudaDeviceName;  // device 0, empty without CUDA
  std::string defaultDevice;   // "cuda:0" or "cpu"
  std::string distributedBackends;  // c10d backends for train --distributed, e.g. "gloo"
  std::string teacherDir;      // where converted teacher weights are looked for
};

// Sets LibTorch's intra-op threads to the usable core count (Debian's LibTorch
// starts with one), or to OMP_NUM_THREADS when that is set. Safe to call more than once;
// the first call does the work.
void initRuntime();

RuntimeInfo runtimeInfo();

// One line per fact, for --version style output and the About dialog.
std::string formatRuntimeInfo(const RuntimeInfo& info);
std::string runtimeInfoJson(const RuntimeInfo& info);

}  // namespace mdd
