#include "nn/backbones/resnet_blocks.h"

#include <torch/torch.h>

#include "nn/backbones/fold_batch_norm.h"

namespace mdd::nn {

torch::nn::Conv2d makeConv(int64_t in, int64_t out, int64_t kernel, int64_t stride,
                           int64_t padding) {
  return torch::nn::Conv2d(
      torch::nn::Conv2dOptions(in, out, kernel).stride(stride).padding(padding).bias(false));
}

torch::nn::BatchNorm2d makeBatchNorm(int64_t channels) {
  return torch::nn::BatchNorm2d(torch::nn::BatchNorm2dOptions(channels).eps(1e-5));
}

torch::Tensor convBn(torch::nn::Conv2d& conv, torch::nn::BatchNorm2d& bn, bool bnFolded,
                     const torch::Tensor& x) {
  return bnFolded ? conv->forward(x) : bn->forward(conv->forward(x));
}

void ResidualBlockImpl::makeDownsample(int64_t inChannels, int64_t outChannels, int64_t stride) {
  if (stride == 1 && inChannels == outChannels) return;  // identity shortcut
  downsampleConv_ = makeConv(inChannels, outChannels, 1, stride, 0);
  downsampleBn_ = makeBatchNorm(outChannels);
  // The Sequential only provides the names; forward calls the two parts itself so that it
  // can skip the BN once folded.
  register_module("downsample", torch::nn::Sequential(downsampleConv_, downsampleBn_));
}

torch::Tensor ResidualBlockImpl::shortcut(const torch::Tensor& x) {
  return downsampleConv_ ? convBn(downsampleConv_, downsampleBn_, folded_, x) : x;
}

void ResidualBlockImpl::foldDownsample() {
  if (downsampleConv_) foldBatchNormInto(downsampleConv_, downsampleBn_);
}

BasicBlockImpl::BasicBlockImpl(int64_t inChannels, int64_t planes, int64_t stride) {
  conv1_ = register_module("conv1", makeConv(inChannels, planes, 3, stride, 1));
  bn1_ = register_module("bn1", makeBatchNorm(planes));
  conv2_ = register_module("conv2", makeConv(planes, planes, 3, 1, 1));
  bn2_ = register_module("bn2", makeBatchNorm(planes));
  makeDownsample(inChannels, planes * kExpansion, stride);
}

torch::Tensor BasicBlockImpl::forward(const torch::Tensor& x) {
  auto out = convBn(conv1_, bn1_, folded_, x).relu_();
  out = convBn(conv2_, bn2_, folded_, out);
  out += shortcut(x);
  return torch::relu_(out);
}

void BasicBlockImpl::foldBatchNorm() {
  if (folded_) return;
  foldBatchNormInto(conv1_, bn1_);
  foldBatchNormInto(conv2_, bn2_);
  foldDownsample();
  folded_ = true;
}

BottleneckImpl::BottleneckImpl(int64_t inChannels, int64_t planes, int64_t width, int64_t stride) {
  conv1_ = register_module("conv1", makeConv(inChannels, width, 1, 1, 0));
  bn1_ = register_module("bn1", makeBatchNorm(width));
  conv2_ = register_module("conv2", makeConv(width, width, 3, stride, 1));
  bn2_ = register_module("bn2", makeBatchNorm(width));
  conv3_ = register_module("conv3", makeConv(width, planes * kExpansion, 1, 1, 0));
  bn3_ = register_module("bn3", makeBatchNorm(planes * kExpansion));
  makeDownsample(inChannels, planes * kExpansion, stride);
}

torch::Tensor BottleneckImpl::forward(const torch::Tensor& x) {
  auto out = convBn(conv1_, bn1_, folded_, x).relu_();
  out = convBn(conv2_, bn2_, folded_, out).relu_();
  out = convBn(conv3_, bn3_, folded_, out);
  out += shortcut(x);
  return torch::relu_(out);
}

void BottleneckImpl::foldBatchNorm() {
  if (folded_) return;
  foldBatchNormInto(conv1_, bn1_);
  foldBatchNormInto(conv2_, bn2_);
  foldBatchNormInto(conv3_, bn3_);
  foldDownsample();
  folded_ = true;
}

}  // namespace mdd::nn
