#include "nn/backbones/inception_v3.h"

#include <torch/torch.h>

#include "nn/backbones/keras_weights.h"

namespace mdd::nn {
namespace {

namespace F = torch::nn::functional;

// Keras MaxPooling2D(3, strides=2), padding "valid".
torch::Tensor maxPool3s2(const torch::Tensor& x) {
  return F::max_pool2d(x, F::MaxPool2dFuncOptions(3).stride(2));
}

// Keras AveragePooling2D(3, strides=1, padding="same") averages only the pixels inside
// the image at the border, i.e. count_include_pad = false.
torch::Tensor avgPool3Same(const torch::Tensor& x) {
  return F::avg_pool2d(x, F::AvgPool2dFuncOptions(3).stride(1).padding(1).count_include_pad(false));
}

}  // namespace

InceptionV3Impl::InceptionV3Impl() : BackboneImpl("inception_v3") {
  // Stem (Keras applications' inception_v3.py, same order).
  add(3, 32, 3, 3, 2, false);  // 1
  add(32, 32, 3, 3, 1, false);  // 2
  add(32, 64, 3, 3);            // 3
  add(64, 80, 1, 1, 1, false);  // 4
  add(80, 192, 3, 3, 1, false);  // 5 -> activation_5, the first tap
  // mixed0..mixed2: 1x1 | 1x1 -> 5x5 | 1x1 -> 3x3 -> 3x3 | avgpool -> 1x1.
  for (const int64_t in : {192, 256, 288}) {
    add(in, 64, 1, 1);
    add(in, 48, 1, 1);
    add(48, 64, 5, 5);
    add(in, 64, 1, 1);
    add(64, 96, 3, 3);
    add(96, 96, 3, 3);
    add(in, in == 192 ? 32 : 64, 1, 1);  // mixed0's pool branch is narrower
  }
  // mixed3: 3x3/2 | 1x1 -> 3x3 -> 3x3/2 | maxpool.
  add(288, 384, 3, 3, 2, false);  // 27
  add(288, 64, 1, 1);             // 28
  add(64, 96, 3, 3);              // 29
  add(96, 96, 3, 3, 2, false);    // 30
  // mixed4: 1x1 | 1x1 -> 1x7 -> 7x1 | 1x1 -> 7x1 -> 1x7 -> 7x1 -> 1x7 | avgpool -> 1x1.
  // Keras kernel_size (1, 7) is height 1, width 7.
  add(768, 192, 1, 1);  // 31
  add(768, 128, 1, 1);  // 32
  add(128, 128, 1, 7);  // 33
  add(128, 192, 7, 1);  // 34
  add(768, 128, 1, 1);  // 35
  add(128, 128, 7, 1);  // 36
  add(128, 128, 1, 7);  // 37
  add(128, 128, 7, 1);  // 38
  add(128, 192, 1, 7);  // 39
  add(768, 192, 1, 1);  // 40
}

void InceptionV3Impl::add(int64_t in, int64_t out, int64_t kernelH, int64_t kernelW,
                          int64_t stride, bool same) {
  const std::string n = std::to_string(units_.size() + 1);
  ConvBnSpec spec;
  spec.convName = "conv2d_" + n;
  spec.bnName = "batch_normalization_" + n;
  spec.in = in;
  spec.out = out;
  spec.kernelH = kernelH;
  spec.kernelW = kernelW;
  spec.stride = stride;
  spec.samePadding = same;
  spec.bnHasGamma = false;  // Keras InceptionV3 uses BatchNormalization(scale=False)
  spec.activation = Activation::kRelu;
  units_.push_back(registerConvBn(*this, spec));
}

torch::Tensor InceptionV3Impl::unit(int n, const torch::Tensor& x) {
  return units_[static_cast<size_t>(n - 1)](x, folded_);
}

torch::Tensor InceptionV3Impl::mixed0to2(const torch::Tensor& x, int first) {
  const int f = first;
  auto b1x1 = unit(f, x);
  auto b5x5 = unit(f + 2, unit(f + 1, x));
  auto b3x3dbl = unit(f + 5, unit(f + 4, unit(f + 3, x)));
  auto bPool = unit(f + 6, avgPool3Same(x));
  return torch::cat({b1x1, b5x5, b3x3dbl, bPool}, 1);
}

torch::Tensor InceptionV3Impl::mixed3(const torch::Tensor& x) {
  auto b3x3 = unit(27, x);
  auto b3x3dbl = unit(30, unit(29, unit(28, x)));
  return torch::cat({b3x3, b3x3dbl, maxPool3s2(x)}, 1);
}

torch::Tensor InceptionV3Impl::mixed4(const torch::Tensor& x) {
  auto b1x1 = unit(31, x);
  auto b7x7 = unit(34, unit(33, unit(32, x)));
  auto b7x7dbl = unit(39, unit(38, unit(37, unit(36, unit(35, x)))));
  auto bPool = unit(40, avgPool3Same(x));
  return torch::cat({b1x1, b7x7, b7x7dbl, bPool}, 1);
}

std::vector<torch::Tensor> InceptionV3Impl::forward(const torch::Tensor& input) {
  auto x = unit(3, unit(2, unit(1, input)));
  x = unit(4, maxPool3s2(x));
  const auto activation5 = unit(5, x);
  x = maxPool3s2(activation5);
  x = mixed0to2(x, 6);                   // mixed0
  x = mixed0to2(x, 13);                  // mixed1
  const auto mixed2 = mixed0to2(x, 20);  // mixed2
  return {activation5, mixed2, mixed4(mixed3(mixed2))};
}

void InceptionV3Impl::loadWeights(const std::string& path) {
  if (folded_)
    throw std::logic_error("InceptionV3: load weights before folding the batch norms");
  std::vector<ConvBn*> blocks;
  for (auto& u : units_) blocks.push_back(&u);
  loadKerasWeights(path, info(), blocks);
}

void InceptionV3Impl::foldBatchNorm() {
  if (folded_) return;
  for (auto& u : units_) u.foldBatchNorm();
  folded_ = true;
}

}  // namespace mdd::nn
