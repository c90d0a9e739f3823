#include "mdd/runtime.h"

#include <dlfcn.h>
#include <sched.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <torch/torch.h>

#include "mdd/distributed.h"
#include "mdd/paths.h"
#include "mdd/precision.h"

namespace mdd {
namespace {

int usableCores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof(set), &set) == 0) {
    const int n = CPU_COUNT(&set);
    if (n > 0) return n;
  }
  const unsigned n = std::thread::hardware_concurrency();
  return n > 0 ? static_cast<int>(n) : 1;
}

// LibTorch calls the generic BLAS symbols; find the library that provides them in
// this process and name it. OpenBLAS also exports openblas_get_config.
std::string detectBlas() {
  using ConfigFn = char* (*)();
  if (auto fn = reinterpret_cast<ConfigFn>(dlsym(RTLD_DEFAULT, "openblas_get_config"))) {
    std::string where;
    Dl_info dl{};
    if (dladdr(reinterpret_cast<void*>(fn), &dl) && dl.dli_fname) where = dl.dli_fname;
    std::error_code ec;
    const auto real = std::filesystem::canonical(where, ec);
    return std::string("OpenBLAS (") + fn() + ") " + (ec ? where : real.string());
  }
  void* sym = dlsym(RTLD_DEFAULT, "sgemm_");
  if (!sym) return "built into LibTorch (MKL or none exported)";
  Dl_info dl{};
  if (!dladdr(sym, &dl) || !dl.dli_fname) return "unknown";
  std::error_code ec;
  const auto real = std::filesystem::canonical(dl.dli_fname, ec);
  const std::string path = ec ? dl.dli_fname : real.string();
  if (path.find("mkl") != std::string::npos) return "Intel MKL " + path;
  if (path.find("blis") != std::string::npos) return "BLIS " + path;
  if (path.find("atlas") != std::string::npos) return "ATLAS " + path;
  return "reference BLAS (slow: install libopenblas0-pthread) " + path;
}

// Which library `malloc` resolves to in this process (MDD_USE_TCMALLOC links tcmalloc).
std::string detectAllocator() {
  void* sym = dlsym(RTLD_DEFAULT, "malloc");
  Dl_info dl{};
  std::string path = sym && dladdr(sym, &dl) && dl.dli_fname ? dl.dli_fname : "";
  std::error_code ec;
  if (!path.empty()) {
    const auto real = std::filesystem::canonical(path, ec);
    if (!ec) path = real.string();
  }
  if (dlsym(RTLD_DEFAULT, "tc_malloc") || path.find("tcmalloc") != std::string::npos)
    return "tcmalloc " + path;
  if (path.find("jemalloc") != std::string::npos) return "jemalloc " + path;
  return "glibc malloc (slower on the CPU: install libtcmalloc-minimal4) " + path;
}

// OMP_NUM_THREADS, when set to a positive number, wins over the core count: it is how
// several processes share one machine (torchrun sets it for distributed ranks).
int intraOpThreadsWanted() {
  if (const char* text = std::getenv("OMP_NUM_THREADS")) {
    const int n = std::atoi(text);
    if (n > 0) return n;
  }
  return usableCores();
}

}  // namespace

void initRuntime() {
  static std::once_flag once;
  std::call_once(once, [] { torch::set_num_threads(intraOpThreadsWanted()); });
}

RuntimeInfo runtimeInfo() {
  initRuntime();
  RuntimeInfo info;
  info.mddnetVersion = MDD_VERSION;
  std::ostringstream tv;
  tv << TORCH_VERSION_MAJOR << '.' << TORCH_VERSION_MINOR << '.' << TORCH_VERSION_PATCH;
  info.torchVersion = tv.str();
  info.opencvVersion = CV_VERSION;
  info.blas = detectBlas();
  info.allocator = detectAllocator();
  info.cpuCores = usableCores();
  info.cpuFeatures = cpuFeatures().summary;
  info.intraOpThreads = torch::get_num_threads();
  info.cudaAvailable = torch::cuda::is_available();
  info.cudaDeviceCount = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
  if (info.cudaAvailable) {
    // Device name without including CUDA headers: ask the CUDA runtime via dlsym so the
    // CPU-only build links the same way.
    struct Props { char name[256]; };
    using GetProps = int (*)(void*, int);
    if (auto fn = reinterpret_cast<GetProps>(dlsym(RTLD_DEFAULT, "cudaGetDeviceProperties"))) {
      alignas(64) unsigned char buffer[4096] = {};
      if (fn(buffer, 0) == 0) info.cudaDeviceName = reinterpret_cast<Props*>(buffer)->name;
    }
    if (info.cudaDeviceName.empty()) info.cudaDeviceName = "CUDA device 0";
  }
  info.defaultDevice = info.cudaAvailable ? "cuda:0" : "cpu";
  const PrecisionChoice precision = choosePrecision(Precision::Auto, info.defaultDevice);
  info.autoPrecision = precision.name();
  info.autoPrecisionReason = precision.reason;
  info.distributedBackends = distributedBackends();
  const auto found = findTeacherFile("inception_v3.mdda");
  info.teacherDir = found.empty() ? teacherSearchPath().front()
                                  : std::filesystem::path(found).parent_path().string();
  return info;
}

std::string formatRuntimeInfo(const RuntimeInfo& info) {
  std::ostringstream out;
  out << "MDD-Net Inspector " << info.mddnetVersion << '\n'
      << "LibTorch:        " << info.torchVersion << '\n'
      << "OpenCV:          " << info.opencvVersion << '\n'
      << "BLAS:            " << info.blas << '\n'
      << "Allocator:       " << info.allocator << '\n'
      << "CPU cores:       " << info.cpuCores << " (" << info.cpuFeatures << ")\n"
      << "Torch threads:   " << info.intraOpThreads << '\n'
      << "CUDA:            "
      << (info.cudaAvailable ? "available, " + std::to_string(info.cudaDeviceCount) +
                                   " device(s), " + info.cudaDeviceName
                             : std::string("not available"))
      << '\n'
      << "Compute device:  " << info.defaultDevice << '\n'
      << "Precision auto:  " << info.autoPrecisionReason << '\n'
      << "Distributed:     " << info.distributedBackends << '\n'
      << "Teacher weights: " << info.teacherDir << '\n';
  return out.str();
}

std::string runtimeInfoJson(const RuntimeInfo& info) {
  nlohmann::json j = {
      {"mddnet_version", info.mddnetVersion}, {"torch_version", info.torchVersion},
      {"opencv_version", info.opencvVersion}, {"blas", info.blas},
      {"allocator", info.allocator},
      {"cpu_cores", info.cpuCores},           {"cpu_features", info.cpuFeatures},           {"intra_op_threads", info.intraOpThreads},
      {"cuda_available", info.cudaAvailable}, {"cuda_device_count", info.cudaDeviceCount},
      {"cuda_device_name", info.cudaDeviceName}, {"device", info.defaultDevice},
      {"auto_precision", info.autoPrecision}, {"auto_precision_reason", info.autoPrecisionReason},
      {"distributed_backends", info.distributedBackends}, {"teacher_dir", info.teacherDir}};
  return j.dump(2);
}

}  // namespace mdd
