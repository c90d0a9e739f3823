#pragma once
// bf16 autocast for one scope on one device type: matrix products and convolutions run in
// bf16, reductions and the losses stay fp32 (LibTorch's autocast op lists). Restores the
// previous state on exit. Covers LibTorch 1.13 (per-device functions) and 2.4+ (functions
// taking the device type).
#include <c10/core/impl/LocalDispatchKeySet.h>
#include <torch/torch.h>

namespace mdd {

class AutocastScope {
 public:
  // enable = false makes the scope a no-op.
  AutocastScope(const torch::Device& device, bool enable);
  ~AutocastScope();
  AutocastScope(const AutocastScope&) = delete;
  AutocastScope& operator=(const AutocastScope&) = delete;

 private:
  bool active_ = false;
  bool cuda_ = false;
  bool wasEnabled_ = false;
  at::ScalarType previousType_ = at::kFloat;
};

// Within an AutocastScope: the ops run in their inputs' precision again, for the parts
// whose result bf16 rounding would change (the memory's softmax addressing).
class AutocastOff {
 public:
  AutocastOff() : guard_(c10::autocast_dispatch_keyset) {}

 private:
  c10::impl::ExcludeDispatchKeyGuard guard_;
};

}  // namespace mdd
