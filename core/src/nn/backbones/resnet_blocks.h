#pragma once
// torchvision's residual blocks (BasicBlock for ResNet-18/34, Bottleneck "v1.5" for
// ResNet-50 and WideResNet-50-2). Submodules are registered under torchvision's names and
// in its order (conv1, bn1, conv2, bn2, [conv3, bn3], downsample.0, downsample.1), so a
// torchvision state dict maps onto named_parameters()/named_buffers() 1:1.
#include <cstdint>

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/types.h>

namespace mdd::nn {

// The interface the ResNet stages call, plus the shortcut both block kinds share.
class ResidualBlockImpl : public torch::nn::Module {
 public:
  virtual torch::Tensor forward(const torch::Tensor& x) = 0;
  // Folds every BatchNorm of the block (downsample's too) into its conv; forward then
  // skips them.
  virtual void foldBatchNorm() = 0;

 protected:
  // The shortcut: identity, or the 1x1 strided conv + BN torchvision calls `downsample`.
  // Registered as a Sequential so the names are downsample.0.* and downsample.1.*.
  void makeDownsample(int64_t inChannels, int64_t outChannels, int64_t stride);
  torch::Tensor shortcut(const torch::Tensor& x);
  void foldDownsample();

  bool folded_ = false;

 private:
  torch::nn::Conv2d downsampleConv_{nullptr};
  torch::nn::BatchNorm2d downsampleBn_{nullptr};
};

// Two 3x3 convs; the first carries the stride. Output channels = planes.
class BasicBlockImpl : public ResidualBlockImpl {
 public:
  static constexpr int64_t kExpansion = 1;
  BasicBlockImpl(int64_t inChannels, int64_t planes, int64_t stride);
  torch::Tensor forward(const torch::Tensor& x) override;
  void foldBatchNorm() override;

 private:
  torch::nn::Conv2d conv1_{nullptr}, conv2_{nullptr};
  torch::nn::BatchNorm2d bn1_{nullptr}, bn2_{nullptr};
};

// 1x1 reduce, 3x3 (with the stride, as torchvision since 0.2), 1x1 expand to planes * 4.
// `width` is the inner channel count: planes for ResNet-50, 2 * planes for WideResNet-50-2.
class BottleneckImpl : public ResidualBlockImpl {
 public:
  static constexpr int64_t kExpansion = 4;
  BottleneckImpl(int64_t inChannels, int64_t planes, int64_t width, int64_t stride);
  torch::Tensor forward(const torch::Tensor& x) override;
  void foldBatchNorm() override;

 private:
  torch::nn::Conv2d conv1_{nullptr}, conv2_{nullptr}, conv3_{nullptr};
  torch::nn::BatchNorm2d bn1_{nullptr}, bn2_{nullptr}, bn3_{nullptr};
};

// torchvision's layers: bias-free convs, BatchNorm with eps 1e-5.
torch::nn::Conv2d makeConv(int64_t in, int64_t out, int64_t kernel, int64_t stride,
                           int64_t padding);
torch::nn::BatchNorm2d makeBatchNorm(int64_t channels);

// bn(conv(x)), or conv(x) once the BN has been folded into the conv.
torch::Tensor convBn(torch::nn::Conv2d& conv, torch::nn::BatchNorm2d& bn, bool bnFolded,
                     const torch::Tensor& x);

}  // namespace mdd::nn
