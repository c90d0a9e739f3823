#include "nn/backbones/resnet.h"

#include <sstream>
#include <stdexcept>

#include <torch/torch.h>

#include "nn/backbones/fold_batch_norm.h"
#include "nn/backbones/torchvision_weights.h"

namespace mdd::nn {
namespace {

// torchvision's constructor arguments for the three networks, restricted to layer1..3.
struct ResNetSpec {
  const char* id;
  bool bottleneck;                // Bottleneck blocks (x4 expansion) or BasicBlocks
  std::array<int, 3> blockCount;  // blocks in layer1..layer3
  int64_t widthPerGroup;          // Bottleneck inner width per 64 planes: 128 makes it "wide"
};

constexpr ResNetSpec kSpecs[] = {
    {"resnet18", false, {2, 2, 2}, 64},
    {"resnet50", true, {3, 4, 6}, 64},
    {"wide_resnet50_2", true, {3, 4, 6}, 128},
};

const ResNetSpec& specFor(const std::string& id) {
  for (const auto& s : kSpecs)
    if (id == s.id) return s;
  throw std::invalid_argument("'" + id + "' is not a torchvision ResNet");
}

}  // namespace

bool isTorchvisionResNet(const std::string& id) {
  for (const auto& s : kSpecs)
    if (id == s.id) return true;
  return false;
}

ResNetBackbone::ResNetBackbone(const std::string& id) : BackboneImpl(id) {
  const ResNetSpec& spec = specFor(id);
  conv1_ = register_module("conv1", makeConv(3, 64, 7, 2, 3));
  bn1_ = register_module("bn1", makeBatchNorm(64));
  const int64_t expansion =
      spec.bottleneck ? BottleneckImpl::kExpansion : BasicBlockImpl::kExpansion;
  int64_t channels = 64;
  for (size_t stage = 0; stage < stages_.size(); ++stage) {
    const int64_t planes = int64_t{64} << stage;  // 64, 128, 256
    torch::nn::ModuleList layer;
    for (int b = 0; b < spec.blockCount[stage]; ++b) {
      // As torchvision's _make_layer: the first block of layer2/3 halves the resolution.
      const int64_t stride = (b == 0 && stage > 0) ? 2 : 1;
      std::shared_ptr<ResidualBlockImpl> block;
      if (spec.bottleneck)
        block = std::make_shared<BottleneckImpl>(channels, planes, planes * spec.widthPerGroup / 64,
                                                 stride);
      else
        block = std::make_shared<BasicBlockImpl>(channels, planes, stride);
      layer->push_back(block);
      stages_[stage].push_back(block);
      channels = planes * expansion;
    }
    register_module("layer" + std::to_string(stage + 1), layer);
  }
}

std::vector<torch::Tensor> ResNetBackbone::forward(const torch::Tensor& x) {
  if (x.dim() != 4 || x.size(1) != 3) {
    std::ostringstream got;
    got << x.sizes();
    throw std::invalid_argument(info().id + ": input must be N x 3 x H x W, got " + got.str());
  }
  auto y = convBn(conv1_, bn1_, folded_, x).relu_();
  y = torch::max_pool2d(y, /*kernel_size=*/3, /*stride=*/2, /*padding=*/1);
  std::vector<torch::Tensor> taps;
  for (auto& stage : stages_) {
    for (auto& block : stage) y = block->forward(y);
    taps.push_back(y);
  }
  return taps;
}

void ResNetBackbone::loadWeights(const std::string& path) {
  if (folded_)
    // Folding rewrote the convs and forward skips the BNs: new weights would stay unfolded.
    throw std::logic_error(info().id + ": load weights before folding BatchNorm ('" + path + "')");
  loadTorchvisionWeights(*this, info(), path);
}

void ResNetBackbone::foldBatchNorm() {
  if (folded_) return;
  foldBatchNormInto(conv1_, bn1_);
  for (auto& stage : stages_)
    for (auto& block : stage) block->foldBatchNorm();
  folded_ = true;
}

}  // namespace mdd::nn
