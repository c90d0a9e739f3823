#include "nn/backbones/fold_batch_norm.h"

#include <torch/torch.h>

namespace mdd::nn {

void foldBatchNormInto(torch::nn::Conv2d& conv, const torch::nn::BatchNorm2d& bn) {
  torch::NoGradGuard noGrad;
  const double eps = bn->options.eps();
  const auto gamma = bn->options.affine() ? bn->weight : torch::ones_like(bn->running_mean);
  const auto beta = bn->options.affine() ? bn->bias : torch::zeros_like(bn->running_mean);
  const auto scale = gamma / torch::sqrt(bn->running_var + eps);  // [out]
  auto& w = conv->weight;
  const auto oldBias = conv->bias.defined() ? conv->bias : torch::zeros_like(bn->running_mean);
  w.mul_(scale.reshape({-1, 1, 1, 1}));
  const auto newBias = beta + (oldBias - bn->running_mean) * scale;
  if (conv->bias.defined()) {
    conv->bias.copy_(newBias);
  } else {
    // A bias-free LibTorch conv has "bias" registered as an undefined tensor, and the name
    // cannot be registered again (OrderedDict throws "already defined"). forward() reads the
    // `bias` member, so point it at a tensor registered under another name: Module::to()
    // converts registered tensors in place, so the member follows device and dtype moves.
    conv->bias = conv->register_parameter("folded_bias", newBias.clone(), /*requires_grad=*/false);
    conv->options.bias(true);
  }
}

}  // namespace mdd::nn
