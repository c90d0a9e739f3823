#include "nn/decoder.h"

namespace mdd::nn {

DecoderImpl::DecoderImpl(std::array<int, 3> c, const NetworkConfig& config) {
  int in = config.codeChannels;
  for (int stage = 0; stage < 3; ++stage) {
    const int scale = 2 - stage;  // coarsest first
    const int width = config.decoderWidths[scale];
    const std::string n = std::to_string(scale);
    ups.push_back(register_module("up" + n, Upsample(in, width, config.upsample)));
    auto seq = torch::nn::Sequential();
    for (int b = 0; b < std::max(1, config.decoderBlocks); ++b)
      seq->push_back(BottleneckBlock(width, width, 1));
    refine.push_back(register_module("refine" + n, seq));
    project.push_back(register_module(
        "project" + n, torch::nn::Conv2d(torch::nn::Conv2dOptions(width, c[scale], 1))));
    in = width;
  }
}

std::vector<torch::Tensor> DecoderImpl::forward(
    const torch::Tensor& code, const std::array<std::array<int64_t, 2>, 3>& sizes) {
  std::vector<torch::Tensor> out(3);
  torch::Tensor x = code;
  for (int stage = 0; stage < 3; ++stage) {
    const int scale = 2 - stage;
    x = refine[stage]->forward(ups[stage]->forward(x, sizes[scale]));
    out[scale] = project[stage]->forward(x);
  }
  return out;
}

}  // namespace mdd::nn
