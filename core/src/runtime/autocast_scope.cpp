#include "runtime/autocast_scope.h"

#include <ATen/autocast_mode.h>
#include <torch/version.h>


// LibTorch 2.4 replaced the per-device autocast switches by ones taking the device type.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
#define MDD_AUTOCAST_BY_DEVICE_TYPE 1
#endif

namespace mdd {
namespace {

bool autocastEnabled(bool cuda) {
#ifdef MDD_AUTOCAST_BY_DEVICE_TYPE
  return at::autocast::is_autocast_enabled(cuda ? at::kCUDA : at::kCPU);
#else
  return cuda ? at::autocast::is_enabled() : at::autocast::is_cpu_enabled();
#endif
}

void setAutocast(bool cuda, bool on) {
#ifdef MDD_AUTOCAST_BY_DEVICE_TYPE
  at::autocast::set_autocast_enabled(cuda ? at::kCUDA : at::kCPU, on);
#else
  if (cuda)
    at::autocast::set_enabled(on);
  else
    at::autocast::set_cpu_enabled(on);
#endif
}

at::ScalarType autocastType(bool cuda) {
#ifdef MDD_AUTOCAST_BY_DEVICE_TYPE
  return at::autocast::get_autocast_dtype(cuda ? at::kCUDA : at::kCPU);
#else
  return cuda ? at::autocast::get_autocast_gpu_dtype() : at::autocast::get_autocast_cpu_dtype();
#endif
}

void setAutocastType(bool cuda, at::ScalarType type) {
#ifdef MDD_AUTOCAST_BY_DEVICE_TYPE
  at::autocast::set_autocast_dtype(cuda ? at::kCUDA : at::kCPU, type);
#else
  if (cuda)
    at::autocast::set_autocast_gpu_dtype(type);
  else
    at::autocast::set_autocast_cpu_dtype(type);
#endif
}

}  // namespace

AutocastScope::AutocastScope(const torch::Device& device, bool enable)
    : active_(enable), cuda_(device.is_cuda()) {
  if (!active_) return;
  wasEnabled_ = autocastEnabled(cuda_);
  previousType_ = autocastType(cuda_);
  setAutocastType(cuda_, at::kBFloat16);
  setAutocast(cuda_, true);
  at::autocast::increment_nesting();
}

AutocastScope::~AutocastScope() {
  if (!active_) return;
  // The outermost scope drops the cast weights it cached.
  if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
  setAutocast(cuda_, wasEnabled_);
  setAutocastType(cuda_, previousType_);
}

}  // namespace mdd
