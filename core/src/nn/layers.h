#pragma once
// Building blocks of the student side (neck and decoders), after RD4AD's OCBE and
// de-ResNet: conv-BN-ReLU, the residual bottleneck block, and an upsampling step that
// lands on an exact target size (teacher taps need not halve cleanly, e.g. 60/29/14).
#include <torch/torch.h>

#include "mdd/model_config.h"
#include "nn/cross_rank_batch_norm.h"
#include "nn/folded_conv.h"

namespace mdd::nn {

struct ConvBnReluImpl : torch::nn::Module {
  ConvBnReluImpl(int in, int out, int kernel, int stride, bool relu = true);
  torch::Tensor forward(const torch::Tensor& x);
  torch::nn::Conv2d conv{nullptr};
  torch::nn::BatchNorm2d bn{nullptr};
  bool relu;
  std::shared_ptr<CrossRankSum> crossRankSum;  // set for data-parallel training
  FoldedConv folded;                           // eval-mode conv with the BN folded in
};
TORCH_MODULE(ConvBnRelu);

// 1x1 reduce -> 3x3 (stride) -> 1x1 expand, plus a projected shortcut when the shape
// changes; ReLU after the sum.
struct BottleneckBlockImpl : torch::nn::Module {
  BottleneckBlockImpl(int in, int out, int stride);
  torch::Tensor forward(const torch::Tensor& x);
  ConvBnRelu reduce{nullptr}, spatial{nullptr}, expand{nullptr};
  ConvBnRelu shortcut{nullptr};  // null when identity
};
TORCH_MODULE(BottleneckBlock);

// Upsamples to an exact spatial size: a 2x2 stride-2 transposed convolution (RD4AD) or
// bilinear resize + 3x3 conv; either way followed by BN + ReLU. A final bilinear resize
// absorbs odd sizes.
struct UpsampleImpl : torch::nn::Module {
  UpsampleImpl(int in, int out, UpsampleMode mode);
  torch::Tensor forward(const torch::Tensor& x, at::IntArrayRef size);
  UpsampleMode mode;
  torch::nn::ConvTranspose2d deconv{nullptr};
  torch::nn::Conv2d conv{nullptr};
  torch::nn::BatchNorm2d bn{nullptr};
  std::shared_ptr<CrossRankSum> crossRankSum;  // set for data-parallel training
  FoldedConv folded;                           // eval-mode conv with the BN folded in
};
TORCH_MODULE(Upsample);

// Bilinear resize to `size` when the spatial size differs, identity otherwise.
torch::Tensor resizeTo(const torch::Tensor& x, at::IntArrayRef size);

}  // namespace mdd::nn
