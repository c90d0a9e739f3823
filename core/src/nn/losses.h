#pragma once
// MDD-Net's loss terms (docs/METHOD.md, "Training"). Feature lists hold the three
// scales, finest first.
#include <vector>

#include <torch/torch.h>

#include "mdd/backbones.h"
#include "mdd/model_config.h"

namespace mdd::nn {

// 1 - cos per position over channels: [B, C, H, W] x2 -> [B, H, W].
torch::Tensor cosineDistanceMap(const torch::Tensor& a, const torch::Tensor& b);

// sum_i [1 - cos(a_i, b_i)]: Flattened = RD4AD's cosine of each sample's whole C*H*W map,
// mean over the batch; PerPixel = mean of cosineDistanceMap. `cells` (optional, one [B, h, w]
// per scale in [0, 1]): how much of each cell is image rather than letterbox border; cells
// outside the image then take no part (Flattened: left out of the vectors; PerPixel: a
// weighted mean).
torch::Tensor featureCosineLoss(const std::vector<torch::Tensor>& a,
                                const std::vector<torch::Tensor>& b, CosineMode mode,
                                const std::vector<torch::Tensor>& cells = {});

// Each scale's share of image per cell: the content mask [B, 1, H, W] (1 = image, 0 =
// letterbox border) averaged over each cell's window (taps[i]), shaped like `features`.
std::vector<torch::Tensor> contentCells(const torch::Tensor& content,
                                        const std::vector<torch::Tensor>& features,
                                        const std::vector<FeatureTap>& taps);

// L_dist = sum_i mean |M_i^RI - M_gt^i|, M_i^RI = cosineDistanceMap(restored_i, identity_i),
// M_gt^i the mask [B, 1, H, W] in {0,1} averaged over each cell's window of scale i
// (taps[i], nn/tap_geometry.h).
torch::Tensor distillationLoss(const std::vector<torch::Tensor>& restored,
                               const std::vector<torch::Tensor>& identity,
                               const torch::Tensor& mask, const std::vector<FeatureTap>& taps,
                               const std::vector<torch::Tensor>& cells = {});

struct LossTerms {
  torch::Tensor restoration, identity, distillation, memoryClass, memoryReconstruction, total;
};

}  // namespace mdd::nn
