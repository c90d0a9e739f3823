#pragma once
// Keras InceptionV3 from the input to `mixed4`, the ImageNet part of the nsfwjs trunk.
// Taps: activation_5 (192 ch, ~/4), mixed2 (288, ~/8), mixed4 (768, ~/16); at 256x256
// input they are 60x60, 29x29 and 14x14 (the stem uses valid padding).
#include <string>
#include <vector>

#include "nn/backbones/backbone.h"
#include "nn/backbones/conv_bn.h"

namespace mdd::nn {

class InceptionV3Impl : public BackboneImpl {
 public:
  InceptionV3Impl();

  std::vector<torch::Tensor> forward(const torch::Tensor& x) override;
  void loadWeights(const std::string& path) override;
  void foldBatchNorm() override;

 private:
  // conv2d_n -> batch_normalization_n -> activation_n (Keras numbers them in creation
  // order, which is the order of the constructor's add() calls).
  void add(int64_t in, int64_t out, int64_t kernelH, int64_t kernelW, int64_t stride = 1,
           bool same = true);
  torch::Tensor unit(int n, const torch::Tensor& x);  // conv/BN/ReLU number n
  torch::Tensor mixed0to2(const torch::Tensor& x, int first);  // 35x35 blocks
  torch::Tensor mixed3(const torch::Tensor& x);                // grid reduction
  torch::Tensor mixed4(const torch::Tensor& x);                // 17x17 block (7x1/1x7)

  std::vector<ConvBn> units_;  // units_[n - 1] is conv2d_n
};

}  // namespace mdd::nn
