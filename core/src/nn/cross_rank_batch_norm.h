#pragma once
// BatchNorm whose training-mode statistics cover the global batch of all data-parallel
// ranks (PyTorch's SyncBatchNorm): each rank normalises with the mean and variance of
// every rank's share, so distributed training computes what one process would on the
// whole batch. Without a cross-rank sum, or in eval mode, it is plain BatchNorm.
#include <functional>
#include <memory>

#include <torch/torch.h>

namespace mdd::nn {

// Replaces a tensor, in place, by its element-wise sum over all ranks. Every rank must
// make the same calls in the same order (they do: the ranks run the same graph).
using CrossRankSum = std::function<void(torch::Tensor&)>;

// Batch normalisation of x [B, C, H, W] with `bn`'s affine weights and running statistics.
torch::Tensor crossRankBatchNorm(const torch::Tensor& x, torch::nn::BatchNorm2dImpl& bn,
                                 const std::shared_ptr<CrossRankSum>& sum);

// Makes every BatchNorm of the student layers under `root` use `sum` in training mode
// (nullptr: back to plain, per-process BatchNorm).
void useCrossRankBatchNorm(torch::nn::Module& root, std::shared_ptr<CrossRankSum> sum);

}  // namespace mdd::nn
