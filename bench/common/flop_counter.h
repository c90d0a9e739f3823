#pragma once
// Counts the floating-point operations of the matrix-product-like ops (convolutions,
// transposed convolutions, mm, addmm, bmm) that run on this thread while a FlopCounter
// is alive, from each op's actual tensor shapes (LibTorch's RecordFunction callbacks).
// A multiply-add counts as 2. Element-wise work (BN, ReLU, softmax, cosine, resize) is
// left out: it is memory-bound and a few percent of the total.
#include <cstdint>

#include <ATen/record_function.h>

namespace bench {

class FlopCounter {
 public:
  FlopCounter();
  ~FlopCounter();
  FlopCounter(const FlopCounter&) = delete;
  FlopCounter& operator=(const FlopCounter&) = delete;
  double flops() const;

 private:
  at::CallbackHandle handle_;
};

}  // namespace bench
