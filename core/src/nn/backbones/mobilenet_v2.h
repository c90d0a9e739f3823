#pragma once
// Keras MobileNetV2 (alpha 1.0) from the input to block_9, the ImageNet part of the
// nsfwjs trunk. Taps: block_2_add (24 ch, /4), block_5_add (32, /8), block_9_add
// (64, /16). The file also holds block_10, which no tap needs; it is not built.
#include <string>
#include <vector>

#include "nn/backbones/backbone.h"
#include "nn/backbones/conv_bn.h"

namespace mdd::nn {

class MobileNetV2Impl : public BackboneImpl {
 public:
  MobileNetV2Impl();

  std::vector<torch::Tensor> forward(const torch::Tensor& x) override;
  void loadWeights(const std::string& path) override;
  void foldBatchNorm() override;

 private:
  // Keras' inverted residual block: [1x1 expand ->] 3x3 depthwise -> 1x1 project
  // (linear), plus the input when stride 1 and the channel count is unchanged.
  struct InvertedResidual {
    bool hasExpand = false;
    ConvBn expand;
    ConvBn depthwise;
    ConvBn project;
    int64_t stride = 1;
    bool residual = false;
  };
  // `prefix` is the Keras layer prefix: "expanded_conv" or "block_<n>".
  void addBlock(const std::string& prefix, int64_t in, int64_t expandTo, int64_t out,
                int64_t stride);
  torch::Tensor run(InvertedResidual& b, const torch::Tensor& x);
  std::vector<ConvBn*> allConvBns();

  ConvBn stem_;                           // Conv1 / bn_Conv1 / Conv1_relu
  std::vector<InvertedResidual> blocks_;  // expanded_conv, block_1 .. block_9
};

}  // namespace mdd::nn
