#pragma once
// The student's eval-time fast path: a conv followed by BatchNorm becomes one conv whose
// weights carry the BN's scale and shift (one pass over the activations instead of two),
// and RD4AD's 2x2 stride-2 transposed conv becomes a 1x1 conv to 4x the channels plus a
// pixel shuffle (a plain matrix product, which the CPU kernels run ~1.7x faster than
// LibTorch's transposed-conv path; identical up to float rounding).
//
// The folded weights are cached and rebuilt whenever a source tensor changes: the key is
// each source's storage address and version counter, so training steps, loading a model
// file or moving to another device all invalidate it.
#include <vector>

#include <torch/torch.h>

namespace mdd::nn {

class FoldedConv {
 public:
  // conv(x) then bn, as one conv: weight [out, in, k, k] and bias [out].
  const FoldedConv& fromConv(const torch::nn::Conv2dImpl& conv, const torch::nn::BatchNorm2dImpl& bn);
  // deconv (2x2, stride 2, no bias) then bn, as a 1x1 conv to 4*out channels whose output
  // pixel_shuffle(2) rearranges into the transposed conv's.
  const FoldedConv& fromTransposed(const torch::nn::ConvTranspose2dImpl& deconv,
                                   const torch::nn::BatchNorm2dImpl& bn);
  torch::Tensor weight, bias;

 private:
  bool current(const std::vector<torch::Tensor>& sources);
  std::vector<int64_t> key_;
};

// BatchNorm in eval mode as y = x * scale + shift, per channel.
std::pair<torch::Tensor, torch::Tensor> batchNormScaleShift(const torch::nn::BatchNorm2dImpl& bn);

// Whether the student's layers take the folded path in eval mode without autograd
// (default: yes). Off only to measure the straightforward implementation (bench_model).
void setFoldedInference(bool on);
bool foldedInference();

}  // namespace mdd::nn
