#pragma once
// A Keras convolution followed by its BatchNormalization and activation: the one
// building block of the Keras teachers (InceptionV3, MobileNetV2).
//
// ConvBn is not a module of its own: the backbone registers the convolution and the
// batch norm directly under their Keras layer names ("conv2d_5",
// "batch_normalization_5"), so parameter names map 1:1 to the weight file's tensors.
#include <string>

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/types.h>

namespace mdd::nn {

enum class Activation { kNone, kRelu, kRelu6 };

struct ConvBnSpec {
  std::string convName;  // Keras layer names
  std::string bnName;
  int64_t in = 0;
  int64_t out = 0;  // equal to `in` for a depthwise convolution
  int64_t kernelH = 1;
  int64_t kernelW = 1;
  int64_t stride = 1;
  bool samePadding = false;  // Keras "same" at stride 1: kernel/2 on every side
  bool depthwise = false;    // DepthwiseConv2D: groups = channels, depth multiplier 1
  bool bnHasGamma = true;    // false for Keras BatchNormalization(scale=False)
  Activation activation = Activation::kRelu;
};

struct ConvBn {
  ConvBnSpec spec;
  torch::nn::Conv2d conv{nullptr};
  torch::nn::BatchNorm2d bn{nullptr};

  // conv -> BN (skipped once folded) -> activation.
  torch::Tensor operator()(const torch::Tensor& x, bool bnFolded);
  // Folds the BN into the convolution (see fold_batch_norm.h).
  void foldBatchNorm();
};

// Creates the layers of `spec` with random weights (BN: mean 0, variance 1, Keras
// epsilon 1e-3), registers them on `owner` under their Keras names and returns them.
ConvBn registerConvBn(torch::nn::Module& owner, const ConvBnSpec& spec);

}  // namespace mdd::nn
