#include "nn/neck.h"

namespace mdd::nn {

NeckImpl::NeckImpl(std::array<int, 3> c, const NetworkConfig& config) {
  const int w = config.neckChannels;
  fine = register_module("fine", torch::nn::Sequential(ConvBnRelu(c[0], w, 3, 2),
                                                       ConvBnRelu(w, w, 3, 2)));
  middle = register_module("middle", torch::nn::Sequential(ConvBnRelu(c[1], w, 3, 2)));
  coarse = register_module("coarse", ConvBnRelu(c[2], w, 1, 1));
  fuse = register_module("fuse", ConvBnRelu(3 * w, config.codeChannels, 1, 1));
  blocks = register_module("blocks", torch::nn::Sequential());
  for (int i = 0; i < std::max(1, config.neckBlocks); ++i)
    blocks->push_back(BottleneckBlock(config.codeChannels, config.codeChannels, i == 0 ? 2 : 1));
}

torch::Tensor NeckImpl::forward(const std::vector<torch::Tensor>& f) {
  const auto size = f[2].sizes().slice(2);
  const auto x = torch::cat({resizeTo(fine->forward(f[0]), size),
                             resizeTo(middle->forward(f[1]), size), coarse(f[2])},
                            1);
  return blocks->forward(fuse(x));
}

}  // namespace mdd::nn
