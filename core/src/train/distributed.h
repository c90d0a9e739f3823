#pragma once
// One rank's membership of a data-parallel training group (c10d). Every collective packs
// its tensors into one flat buffer, so a training step costs one round trip per kind
// (gradients, buffers, step statistics) however many parameters the network has.
#include <memory>
#include <vector>

#include <torch/torch.h>

#include "mdd/distributed.h"

namespace mdd::train {

class DistributedGroup {
 public:
  // Rendezvous through a TCP store at masterAddr:masterPort (rank 0 hosts it), then the
  // process group: NCCL for a CUDA device when LibTorch has it, Gloo otherwise. Throws
  // std::runtime_error naming the address when the other ranks do not show up in time.
  DistributedGroup(const DistributedConfig& config, const torch::Device& device);
  ~DistributedGroup();
  DistributedGroup(const DistributedGroup&) = delete;
  DistributedGroup& operator=(const DistributedGroup&) = delete;

  int rank() const { return config_.rank; }
  int worldSize() const { return config_.worldSize; }

  // Overwrites every rank's tensors with rank 0's (in place, no gradient recorded).
  void broadcastFromRoot(const std::vector<torch::Tensor>& tensors);
  // Replaces each tensor by its mean over the ranks (in place, no gradient recorded).
  void averageInPlace(const std::vector<torch::Tensor>& tensors);
  // Replaces one tensor by its element-wise sum over the ranks (in place, no gradient).
  void sumInPlace(torch::Tensor& tensor);
  // The mean over the ranks of each value.
  std::vector<double> average(const std::vector<double>& values);
  // The largest |x - rank 0's x| over all elements: 0 when the ranks agree exactly.
  double maxDifferenceFromRoot(const std::vector<torch::Tensor>& tensors);

 private:
  struct Impl;
  DistributedConfig config_;
  std::unique_ptr<Impl> impl_;
};

// The tensors a rank must share: every trainable parameter's gradient (zeros where a step
// produced none, so all ranks pack the same layout).
std::vector<torch::Tensor> gradientsOf(const std::vector<torch::Tensor>& parameters);
// The floating-point buffers (BatchNorm running statistics) of a module tree.
std::vector<torch::Tensor> floatingBuffersOf(const torch::nn::Module& module);

}  // namespace mdd::train
