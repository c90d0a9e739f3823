#pragma once
// The teacher network interface: a frozen ImageNet CNN returning three feature scales.
#include <memory>
#include <string>
#include <vector>

#include <torch/nn/module.h>
#include <torch/types.h>

#include "mdd/backbones.h"

namespace mdd::nn {

class BackboneImpl : public torch::nn::Module {
 public:
  const BackboneInfo& info() const { return mdd::backboneInfo(id_); }

  // x: N x 3 x H x W float, RGB, already normalised with info().mean / info().std.
  // Returns the three taps, finest first (N x C_i x H_i x W_i).
  virtual std::vector<torch::Tensor> forward(const torch::Tensor& x) = 0;

  // Loads a weight file; throws std::runtime_error naming the file and how to get it.
  virtual void loadWeights(const std::string& path) = 0;

  // Folds every BatchNorm into the convolution before it, for inference. The outputs
  // stay the same (within float rounding); training the backbone afterwards is wrong.
  virtual void foldBatchNorm() = 0;
  bool batchNormFolded() const { return folded_; }

 protected:
  explicit BackboneImpl(std::string id) : id_(std::move(id)) {}
  bool folded_ = false;

 private:
  std::string id_;
};

using BackbonePtr = std::shared_ptr<BackboneImpl>;

// A backbone with random weights (for tests and speed measurements).
BackbonePtr createBackbone(const std::string& id);

// The frozen teacher: weights loaded (from `weightPath`, or found with
// findBackboneWeights), eval mode, no gradients, BatchNorm folded, on `device`.
BackbonePtr createTeacher(const std::string& id, const torch::Device& device,
                          const std::string& weightPath = {});

}  // namespace mdd::nn
