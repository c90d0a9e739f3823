#pragma once
// From features to anomaly maps and image scores (docs/METHOD.md, "Inference"):
// A_TR = sum_i up(1 - cos(F_T, F_R)), A_RI = sum_i up(1 - cos(F_R, F_I)), fused, smoothed,
// and reduced to one score per image by the configured rule.
#include <vector>

#include <torch/torch.h>

#include "mdd/backbones.h"
#include "mdd/model_config.h"

namespace mdd::infer {

struct MapTensors {
  torch::Tensor fused, teacherRestoration, restorationIdentity;  // [B, H, W], smoothed
  torch::Tensor selected;  // the one MapConfig::source names (shares storage)
};

// |a - b|^2 / (|a|^2 + |b|^2) per position over channels: [B, C, H, W] x2 -> [B, H, W], in
// [0, 2]. Where |a| = |b| it equals 1 - cos; a length ratio r adds to it as 1 - 2r / (1 + r^2).
torch::Tensor relativeSquaredDistanceMap(const torch::Tensor& a, const torch::Tensor& b);

// Sum over scales of the per-position distance (`distance`: cosine or relative squared),
// each brought onto the input's pixels by where its cells sit (taps[i], nn/tap_geometry.h;
// or stretched over the input).
// `content` (optional, [B, H, W], 1 on the image, 0 on letterbox borders): each pixel is
// then interpolated from its neighbouring cells in proportion to how much of each is image
// (normalised interpolation), so cells that see mostly border never leak into the image.
// `weights` (optional, one per scale) multiplies each scale's term. `pooling` (odd, in
// cells): both features are first averaged over that window around each cell (at the
// input's edge over the cells that exist).
torch::Tensor scaleSummedDistance(const std::vector<torch::Tensor>& a,
                                  const std::vector<torch::Tensor>& b,
                                  const std::vector<FeatureTap>& taps, at::IntArrayRef size,
                                  CellPlacement placement = CellPlacement::ReceptiveField,
                                  const torch::Tensor& content = {},
                                  const std::vector<float>& weights = {},
                                  MapDistance distance = MapDistance::Cosine, int pooling = 1);

MapTensors anomalyMaps(const std::vector<torch::Tensor>& teacher,
                       const std::vector<torch::Tensor>& restored,
                       const std::vector<torch::Tensor>& identity,
                       const std::vector<FeatureTap>& taps, const MapConfig& config,
                       at::IntArrayRef size, const torch::Tensor& content = {});

// Separable Gaussian blur of [B, H, W] maps with reflect padding (scipy's
// gaussian_filter with mode="reflect", truncate=4). sigma <= 0 returns the input.
torch::Tensor gaussianBlur(const torch::Tensor& maps, double sigma);

// [B] scores from [B, H, W] maps: Max, mean of the top `topPercent` % pixels, or the
// max after poolSize x poolSize average pooling.
torch::Tensor imageScores(const torch::Tensor& maps, const MapConfig& config);

}  // namespace mdd::infer
