#pragma once
// BatchNorm folding shared by every backbone: y = BN(conv(x)) becomes conv'(x) with
//   w' = w * g / sqrt(var + eps),  b' = beta + (b - mean) * g / sqrt(var + eps).
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>

namespace mdd::nn {

// Rewrites `conv`'s weight and bias (adding a bias, registered as the parameter
// "folded_bias", when it had none) so that conv'(x) == bn(conv(x)) in eval mode. `bn` is
// left as it was; the caller stops calling it. Keras BatchNorm without gamma (scale=false) is stored with weight = 1.
void foldBatchNormInto(torch::nn::Conv2d& conv, const torch::nn::BatchNorm2d& bn);

}  // namespace mdd::nn
