#include "nn/losses.h"

#include "nn/layers.h"
#include "nn/tap_geometry.h"

namespace mdd::nn {

torch::Tensor cosineDistanceMap(const torch::Tensor& a, const torch::Tensor& b) {
  return 1 - torch::cosine_similarity(a, b, /*dim=*/1, /*eps=*/1e-8);
}

namespace {

// mean of x [B, h, w], weighted by w [B, h, w] when given.
torch::Tensor weightedMean(const torch::Tensor& x, const torch::Tensor& w) {
  if (!w.defined()) return x.mean();
  return (x * w).sum() / w.sum().clamp_min(1e-6);
}

torch::Tensor cellsAt(const std::vector<torch::Tensor>& cells, size_t i) {
  return i < cells.size() ? cells[i] : torch::Tensor();
}

}  // namespace

torch::Tensor featureCosineLoss(const std::vector<torch::Tensor>& a,
                                const std::vector<torch::Tensor>& b, CosineMode mode,
                                const std::vector<torch::Tensor>& cells) {
  torch::Tensor sum = torch::zeros({}, a.front().options());
  for (size_t i = 0; i < a.size(); ++i) {
    const auto w = cellsAt(cells, i);
    if (mode == CosineMode::Flattened) {
      // Border cells are zeroed in both vectors: they add nothing to the dot product or
      // to either norm.
      const auto keep = w.defined() ? w.unsqueeze(1).to(a[i].scalar_type()) : torch::Tensor();
      const auto x = keep.defined() ? a[i] * keep : a[i];
      const auto y = keep.defined() ? b[i] * keep : b[i];
      sum = sum + (1 - torch::cosine_similarity(x.flatten(1), y.flatten(1), 1, 1e-8)).mean();
    } else {
      sum = sum + weightedMean(cosineDistanceMap(a[i], b[i]), w);
    }
  }
  return sum;
}

std::vector<torch::Tensor> contentCells(const torch::Tensor& content,
                                        const std::vector<torch::Tensor>& features,
                                        const std::vector<FeatureTap>& taps) {
  std::vector<torch::Tensor> out;
  for (size_t i = 0; i < features.size(); ++i)
    out.push_back(pixelsToCells(content.squeeze(1).to(torch::kFloat32), taps[i],
                                features[i].sizes().slice(2)));
  return out;
}

torch::Tensor distillationLoss(const std::vector<torch::Tensor>& restored,
                               const std::vector<torch::Tensor>& identity,
                               const torch::Tensor& mask, const std::vector<FeatureTap>& taps,
                               const std::vector<torch::Tensor>& cells) {
  torch::Tensor sum = torch::zeros({}, restored.front().options());
  for (size_t i = 0; i < restored.size(); ++i) {
    // Each cell's target: the anomalous share of the pixels it sits on.
    const auto gt = pixelsToCells(mask.squeeze(1), taps[i], restored[i].sizes().slice(2));
    sum = sum + weightedMean((cosineDistanceMap(restored[i], identity[i]) - gt).abs(),
                             cellsAt(cells, i));
  }
  return sum;
}

}  // namespace mdd::nn
