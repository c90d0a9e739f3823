#pragma once
// The one-class bottleneck (RD4AD's OCBE): brings the three teacher scales to the
// coarsest grid with strided convolutions, fuses them, and compresses them through
// residual bottleneck blocks (the first with stride 2) into the compact code z.
#include <array>
#include <vector>

#include <torch/torch.h>

#include "nn/layers.h"

namespace mdd::nn {

struct NeckImpl : torch::nn::Module {
  NeckImpl(std::array<int, 3> teacherChannels, const NetworkConfig& config);
  torch::Tensor forward(const std::vector<torch::Tensor>& features);

  torch::nn::Sequential fine{nullptr};    // scale 1: two stride-2 convs
  torch::nn::Sequential middle{nullptr};  // scale 2: one stride-2 conv
  ConvBnRelu coarse{nullptr};             // scale 3: 1x1 projection
  ConvBnRelu fuse{nullptr};
  torch::nn::Sequential blocks{nullptr};
};
TORCH_MODULE(Neck);

}  // namespace mdd::nn
