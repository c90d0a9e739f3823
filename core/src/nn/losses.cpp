#include "nn/losses.h"

#include "nn/layers.h"

namespace mdd::nn {

torch::Tensor cosineDistanceMap(const torch::Tensor& a, const torch::Tensor& b) {
  return 1 - torch::cosine_similarity(a, b, /*dim=*/1, /*eps=*/1e-8);
}

torch::Tensor featureCosineLoss(const std::vector<torch::Tensor>& a,
                                const std::vector<torch::Tensor>& b, CosineMode mode) {
  torch::Tensor sum = torch::zeros({}, a.front().options());
  for (size_t i = 0; i < a.size(); ++i) {
    if (mode == CosineMode::Flattened)
      sum = sum + (1 - torch::cosine_similarity(a[i].flatten(1), b[i].flatten(1), 1, 1e-8)).mean();
    else
      sum = sum + cosineDistanceMap(a[i], b[i]).mean();
  }
  return sum;
}

torch::Tensor distillationLoss(const std::vector<torch::Tensor>& restored,
                               const std::vector<torch::Tensor>& identity,
                               const torch::Tensor& mask) {
  torch::Tensor sum = torch::zeros({}, restored.front().options());
  for (size_t i = 0; i < restored.size(); ++i) {
    const auto gt = resizeTo(mask, restored[i].sizes().slice(2)).squeeze(1);
    sum = sum + (cosineDistanceMap(restored[i], identity[i]) - gt).abs().mean();
  }
  return sum;
}

}  // namespace mdd::nn
