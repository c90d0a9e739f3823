#pragma once
// What the training loop does differently on several ranks, behind one object whose calls
// are no-ops when training alone: the same starting weights everywhere, BatchNorm over the
// global batch (nn/cross_rank_batch_norm.h), gradients and BatchNorm running statistics
// averaged after each step, one stop decision for all ranks.
#include <memory>
#include <vector>

#include <torch/torch.h>

#include "mdd/train.h"
#include "nn/mddnet.h"
#include "train/distributed.h"

namespace mdd::train {

class DataParallel {
 public:
  // Joins the group (blocking until every rank is there) when config.enabled().
  DataParallel(const DistributedConfig& config, const torch::Device& device, nn::MddNetImpl& net);
  // Returns the network's BatchNorm to per-process statistics (the group is gone).
  ~DataParallel();
  DataParallel(const DataParallel&) = delete;
  DataParallel& operator=(const DataParallel&) = delete;

  bool enabled() const { return group_ != nullptr; }
  int rank() const { return group_ ? group_->rank() : 0; }
  int worldSize() const { return group_ ? group_->worldSize() : 1; }
  bool writesFiles() const { return rank() == 0; }

  // Every rank takes rank 0's student weights and buffers (the teacher is frozen and the
  // same everywhere).
  void shareInitialWeights();
  // After backward(): each gradient becomes the mean over the ranks, i.e. the gradient of
  // the global batch's mean loss.
  void averageGradients();
  // After the optimizer step: BatchNorm running statistics averaged, so they stay equal.
  void averageBuffers();
  // After each step: true when any rank was cancelled, so all stop after the same step.
  // `losses` become their mean over the ranks.
  bool anyCancelled(bool cancelledHere, LossValues& losses);
  // The largest |difference| of this rank's student weights and buffers from rank 0's.
  double weightDifferenceFromRoot();

 private:
  nn::MddNetImpl& net_;
  std::unique_ptr<DistributedGroup> group_;
  std::vector<torch::Tensor> parameters_, buffers_;
};

// The device a rank trains on: "auto" / "cuda" pick cuda:LOCAL_RANK on a multi-GPU machine.
std::string rankDevice(const std::string& requested, const DistributedConfig& config);

}  // namespace mdd::train
