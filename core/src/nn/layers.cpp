#include "nn/layers.h"

namespace mdd::nn {

namespace F = torch::nn::functional;

namespace {

// Folded weights carry no gradient to the BN parameters: only eval mode without autograd
// (inference, validation) takes that path.
bool useFoldedPath(const torch::nn::Module& m) {
  return !m.is_training() && !torch::GradMode::is_enabled() && foldedInference();
}

}  // namespace

ConvBnReluImpl::ConvBnReluImpl(int in, int out, int kernel, int stride, bool relu_)
    : relu(relu_) {
  conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                                       .stride(stride)
                                                       .padding(kernel / 2)
                                                       .bias(false)));
  bn = register_module("bn", torch::nn::BatchNorm2d(out));
}

torch::Tensor ConvBnReluImpl::forward(const torch::Tensor& x) {
  if (useFoldedPath(*this)) {
    const auto& f = folded.fromConv(*conv, *bn);
    const auto& o = conv->options;
    auto y = F::conv2d(x, f.weight, F::Conv2dFuncOptions().bias(f.bias).stride(o.stride())
                                        .padding(o.padding()).dilation(o.dilation()));
    return relu ? y.relu_() : y;
  }
  auto y = crossRankBatchNorm(conv(x), *bn, crossRankSum);
  return relu ? torch::relu(y) : y;
}

BottleneckBlockImpl::BottleneckBlockImpl(int in, int out, int stride) {
  const int mid = std::max(out / 4, 8);
  reduce = register_module("reduce", ConvBnRelu(in, mid, 1, 1));
  spatial = register_module("spatial", ConvBnRelu(mid, mid, 3, stride));
  expand = register_module("expand", ConvBnRelu(mid, out, 1, 1, /*relu=*/false));
  if (in != out || stride != 1)
    shortcut = register_module("shortcut", ConvBnRelu(in, out, 1, stride, /*relu=*/false));
}

torch::Tensor BottleneckBlockImpl::forward(const torch::Tensor& x) {
  auto y = expand(spatial(reduce(x)));
  return torch::relu(y + (shortcut ? shortcut(x) : x));
}

UpsampleImpl::UpsampleImpl(int in, int out, UpsampleMode mode_) : mode(mode_) {
  if (mode == UpsampleMode::TransposedConv)
    deconv = register_module("deconv", torch::nn::ConvTranspose2d(
                                           torch::nn::ConvTranspose2dOptions(in, out, 2)
                                               .stride(2)
                                               .bias(false)));
  else
    conv = register_module(
        "conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1).bias(false)));
  bn = register_module("bn", torch::nn::BatchNorm2d(out));
}

torch::Tensor UpsampleImpl::forward(const torch::Tensor& x, at::IntArrayRef size) {
  if (useFoldedPath(*this)) {
    // BN is a per-channel affine map, so it commutes with the bilinear resize (whose
    // weights sum to 1) and folds into the conv on either path.
    if (mode == UpsampleMode::TransposedConv) {
      const auto& f = folded.fromTransposed(*deconv, *bn);
      const auto y = F::pixel_shuffle(F::conv2d(x, f.weight, F::Conv2dFuncOptions().bias(f.bias)), 2);
      auto up = resizeTo(y, size);
      return up.relu_();
    }
    const auto& f = folded.fromConv(*conv, *bn);
    auto y = F::conv2d(resizeTo(x, size), f.weight, F::Conv2dFuncOptions().bias(f.bias).padding(1));
    return y.relu_();
  }
  torch::Tensor y = mode == UpsampleMode::TransposedConv ? resizeTo(deconv(x), size)
                                                          : conv(resizeTo(x, size));
  return torch::relu(crossRankBatchNorm(y, *bn, crossRankSum));
}

torch::Tensor resizeTo(const torch::Tensor& x, at::IntArrayRef size) {
  if (x.size(-2) == size[0] && x.size(-1) == size[1]) return x;
  return F::interpolate(x, F::InterpolateFuncOptions()
                               .size(std::vector<int64_t>{size[0], size[1]})
                               .mode(torch::kBilinear)
                               .align_corners(false));
}

}  // namespace mdd::nn
