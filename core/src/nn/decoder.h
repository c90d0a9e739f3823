#pragma once
// A decoder mirroring the teacher (RD4AD's de-ResNet): from the code z it climbs back
// through the three scales, coarsest first, each stage upsampling to the teacher tap's
// exact size, refining with residual blocks and projecting to the tap's channel count.
// MDD-Net has two: the restoration decoder D_R and the identity decoder D_I.
#include <array>
#include <vector>

#include <torch/torch.h>

#include "nn/layers.h"

namespace mdd::nn {

struct DecoderImpl : torch::nn::Module {
  DecoderImpl(std::array<int, 3> teacherChannels, const NetworkConfig& config);
  // sizes: the teacher taps' spatial sizes, finest first. Returns three maps, finest first.
  std::vector<torch::Tensor> forward(const torch::Tensor& code,
                                     const std::array<std::array<int64_t, 2>, 3>& sizes);

  std::vector<Upsample> ups;                   // coarsest stage first
  std::vector<torch::nn::Sequential> refine;
  std::vector<torch::nn::Conv2d> project;
};
TORCH_MODULE(Decoder);

}  // namespace mdd::nn
