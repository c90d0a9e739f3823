#pragma once
// torchvision's ResNet-18, ResNet-50 and WideResNet-50-2 from the stem through layer3, the
// part MDD-Net taps (layer1..layer3); layer4 and the classifier are never built. Module
// names follow torchvision (conv1, bn1, layer1.0.conv1, layer1.0.downsample.0, ...), so
// an exported torchvision state dict loads 1:1.
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "nn/backbones/backbone.h"
#include "nn/backbones/resnet_blocks.h"

namespace mdd::nn {

class ResNetBackbone : public BackboneImpl {
 public:
  // `id`: one of the ids isTorchvisionResNet() accepts. Weights start random (LibTorch's
  // initialisation, BN mean 0 / variance 1).
  explicit ResNetBackbone(const std::string& id);

  std::vector<torch::Tensor> forward(const torch::Tensor& x) override;
  // Reads an export of scripts/export_torchvision_weights.py (see torchvision_weights.h).
  void loadWeights(const std::string& path) override;
  void foldBatchNorm() override;

 private:
  torch::nn::Conv2d conv1_{nullptr};
  torch::nn::BatchNorm2d bn1_{nullptr};
  std::array<std::vector<std::shared_ptr<ResidualBlockImpl>>, 3> stages_;  // layer1..layer3
};

bool isTorchvisionResNet(const std::string& id);

}  // namespace mdd::nn
