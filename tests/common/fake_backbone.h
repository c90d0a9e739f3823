#pragma once
// A small stand-in teacher for unit tests of the student side: three strided convs with
// the MobileNetV2 catalogue entry's taps (24/32/64 channels at strides 4/8/16).
#include <torch/torch.h>

#include "nn/backbones/backbone.h"

namespace mddtest {

struct FakeBackboneImpl : mdd::nn::BackboneImpl {
  FakeBackboneImpl() : BackboneImpl("mobilenet_v2") {
    torch::manual_seed(7);
    c1 = register_module("c1", torch::nn::Conv2d(torch::nn::Conv2dOptions(3, 24, 4).stride(4)));
    c2 = register_module("c2", torch::nn::Conv2d(torch::nn::Conv2dOptions(24, 32, 2).stride(2)));
    c3 = register_module("c3", torch::nn::Conv2d(torch::nn::Conv2dOptions(32, 64, 2).stride(2)));
  }
  std::vector<torch::Tensor> forward(const torch::Tensor& x) override {
    auto a = torch::relu(c1(x));
    auto b = torch::relu(c2(a));
    return {a, b, torch::relu(c3(b))};
  }
  void loadWeights(const std::string&) override {}
  void foldBatchNorm() override { folded_ = true; }
  torch::nn::Conv2d c1{nullptr}, c2{nullptr}, c3{nullptr};
};

}  // namespace mddtest
