#include "nn/backbones/mobilenet_v2.h"

#include <torch/torch.h>

#include "nn/backbones/keras_weights.h"

namespace mdd::nn {
namespace {

namespace F = torch::nn::functional;

// Keras' ZeroPadding2D(((0, 1), (0, 1))) before every stride-2 "valid" convolution:
// one zero row at the bottom and one zero column on the right. Symmetric padding
// would shift the sampling grid by a pixel and change every later value.
torch::Tensor padBottomRight(const torch::Tensor& x) {
  return F::pad(x, F::PadFuncOptions({0, 1, 0, 1}));
}

ConvBnSpec spec(const std::string& convName, const std::string& bnName, int64_t in, int64_t out,
                int64_t kernel, int64_t stride, bool depthwise, Activation activation) {
  ConvBnSpec s;
  s.convName = convName;
  s.bnName = bnName;
  s.in = in;
  s.out = out;
  s.kernelH = kernel;
  s.kernelW = kernel;
  s.stride = stride;
  s.samePadding = stride == 1;  // stride 2 is "valid" after ZeroPadding2D
  s.depthwise = depthwise;
  s.bnHasGamma = true;
  s.activation = activation;
  return s;
}

// Which block output each tap is: block_2_add, block_5_add, block_9_add.
constexpr size_t kTapBlocks[] = {2, 5, 9};

}  // namespace

MobileNetV2Impl::MobileNetV2Impl() : BackboneImpl("mobilenet_v2") {
  stem_ = registerConvBn(*this, spec("Conv1", "bn_Conv1", 3, 32, 3, 2, false, Activation::kRelu6));
  addBlock("expanded_conv", 32, 32, 16, 1);  // no expand stage (expansion 1)
  addBlock("block_1", 16, 96, 24, 2);
  addBlock("block_2", 24, 144, 24, 1);
  addBlock("block_3", 24, 144, 32, 2);
  addBlock("block_4", 32, 192, 32, 1);
  addBlock("block_5", 32, 192, 32, 1);
  addBlock("block_6", 32, 192, 64, 2);
  addBlock("block_7", 64, 384, 64, 1);
  addBlock("block_8", 64, 384, 64, 1);
  addBlock("block_9", 64, 384, 64, 1);
}

void MobileNetV2Impl::addBlock(const std::string& prefix, int64_t in, int64_t expandTo,
                               int64_t out, int64_t stride) {
  InvertedResidual b;
  b.hasExpand = expandTo != in;
  if (b.hasExpand)
    b.expand = registerConvBn(*this, spec(prefix + "_expand", prefix + "_expand_BN", in,
                                          expandTo, 1, 1, false, Activation::kRelu6));
  b.depthwise = registerConvBn(*this, spec(prefix + "_depthwise", prefix + "_depthwise_BN",
                                           expandTo, expandTo, 3, stride, true,
                                           Activation::kRelu6));
  b.project = registerConvBn(*this, spec(prefix + "_project", prefix + "_project_BN", expandTo,
                                         out, 1, 1, false, Activation::kNone));
  b.stride = stride;
  b.residual = stride == 1 && in == out;
  blocks_.push_back(std::move(b));
}

torch::Tensor MobileNetV2Impl::run(InvertedResidual& b, const torch::Tensor& x) {
  auto y = b.hasExpand ? b.expand(x, folded_) : x;
  if (b.stride == 2) y = padBottomRight(y);
  y = b.project(b.depthwise(y, folded_), folded_);
  return b.residual ? x + y : y;  // Keras Add([shortcut, residual])
}

std::vector<torch::Tensor> MobileNetV2Impl::forward(const torch::Tensor& input) {
  auto x = stem_(padBottomRight(input), folded_);
  std::vector<torch::Tensor> taps;
  for (size_t i = 0; i < blocks_.size(); ++i) {
    x = run(blocks_[i], x);
    for (size_t tapBlock : kTapBlocks)
      if (i == tapBlock) taps.push_back(x);
  }
  return taps;
}

std::vector<ConvBn*> MobileNetV2Impl::allConvBns() {
  std::vector<ConvBn*> all{&stem_};
  for (auto& b : blocks_) {
    if (b.hasExpand) all.push_back(&b.expand);
    all.push_back(&b.depthwise);
    all.push_back(&b.project);
  }
  return all;
}

void MobileNetV2Impl::loadWeights(const std::string& path) {
  if (folded_)
    throw std::logic_error("MobileNetV2: load weights before folding the batch norms");
  loadKerasWeights(path, info(), allConvBns());
}

void MobileNetV2Impl::foldBatchNorm() {
  if (folded_) return;
  for (ConvBn* c : allConvBns()) c->foldBatchNorm();
  folded_ = true;
}

}  // namespace mdd::nn
