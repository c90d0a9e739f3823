#include "nn/backbones/conv_bn.h"

#include <stdexcept>

#include <torch/torch.h>

#include "nn/backbones/fold_batch_norm.h"

namespace mdd::nn {

ConvBn registerConvBn(torch::nn::Module& owner, const ConvBnSpec& spec) {
  if (spec.stride != 1 && spec.samePadding)
    // Keras "same" at stride 2 pads asymmetrically; none of our teachers uses it.
    throw std::invalid_argument("ConvBn '" + spec.convName + "': same padding needs stride 1");
  if (spec.depthwise && spec.in != spec.out)
    throw std::invalid_argument("ConvBn '" + spec.convName + "': depthwise needs in == out");
  const int64_t padH = spec.samePadding ? spec.kernelH / 2 : 0;
  const int64_t padW = spec.samePadding ? spec.kernelW / 2 : 0;
  auto options = torch::nn::Conv2dOptions(spec.in, spec.out, {spec.kernelH, spec.kernelW})
                     .stride(spec.stride)
                     .padding({padH, padW})
                     .groups(spec.depthwise ? spec.in : 1)
                     .bias(true);
  ConvBn block;
  block.spec = spec;
  block.conv = owner.register_module(spec.convName, torch::nn::Conv2d(options));
  // Keras' convolutions here have no bias, but BN folding needs one, and LibTorch cannot
  // add a parameter to a convolution created without it (the name "bias" is already
  // taken by an undefined placeholder). So every conv has a bias that stays zero until
  // folding writes the BN shift into it.
  {
    torch::NoGradGuard noGrad;
    block.conv->bias.zero_();
  }
  // Keras' BatchNormalization epsilon is 1e-3 (LibTorch's default is 1e-5). The
  // momentum is irrelevant: the teachers only run in eval mode.
  block.bn = owner.register_module(
      spec.bnName, torch::nn::BatchNorm2d(torch::nn::BatchNorm2dOptions(spec.out).eps(1e-3)));
  if (!spec.bnHasGamma) {
    // Keras scale=False means gamma == 1 always; keep LibTorch's weight fixed at one.
    block.bn->weight.set_requires_grad(false);
  }
  return block;
}

torch::Tensor ConvBn::operator()(const torch::Tensor& x, bool bnFolded) {
  auto y = conv->forward(x);
  if (!bnFolded) y = bn->forward(y);
  switch (spec.activation) {
    case Activation::kNone:
      return y;
    case Activation::kRelu:
      return torch::relu(y);
    case Activation::kRelu6:
      return torch::clamp(y, 0.0, 6.0);
  }
  return y;
}

void ConvBn::foldBatchNorm() { foldBatchNormInto(conv, bn); }

}  // namespace mdd::nn
