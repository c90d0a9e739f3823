#pragma once
// MDD-Net's loss terms (docs/METHOD.md, "Training"). Feature lists hold the three
// scales, finest first.
#include <vector>

#include <torch/torch.h>

#include "mdd/model_config.h"

namespace mdd::nn {

// 1 - cos per position over channels: [B, C, H, W] x2 -> [B, H, W].
torch::Tensor cosineDistanceMap(const torch::Tensor& a, const torch::Tensor& b);

// sum_i [1 - cos(a_i, b_i)]: Flattened = RD4AD's cosine of each sample's whole C*H*W map,
// mean over the batch; PerPixel = mean of cosineDistanceMap.
torch::Tensor featureCosineLoss(const std::vector<torch::Tensor>& a,
                                const std::vector<torch::Tensor>& b, CosineMode mode);

// L_dist = sum_i mean |M_i^RI - M_gt^i|, M_i^RI = cosineDistanceMap(restored_i, identity_i),
// M_gt^i the mask [B, 1, H, W] in {0,1} resized bilinearly to scale i.
torch::Tensor distillationLoss(const std::vector<torch::Tensor>& restored,
                               const std::vector<torch::Tensor>& identity,
                               const torch::Tensor& mask);

struct LossTerms {
  torch::Tensor restoration, identity, distillation, memoryClass, memoryReconstruction, total;
};

}  // namespace mdd::nn
