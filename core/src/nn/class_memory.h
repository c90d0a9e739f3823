#pragma once
// The Class-aware Memory Module (CMM): one bank of N prototype items per class and per
// teacher scale. A feature vector is replaced by a sparse, shrunk combination of its
// class's items (MemAE addressing), so the restoration path can only rebuild what the
// memory knows as normal. Class logits come from the best-matching item of each class.
#include <array>
#include <vector>

#include <torch/torch.h>

#include "mdd/model_config.h"

namespace mdd::nn {

struct ClassMemoryImpl : torch::nn::Module {
  ClassMemoryImpl(int numClasses, std::array<int, 3> channels, const MemoryConfig& config);

  // features: the three teacher scales [B, C_i, H_i, W_i]; classes: [B] int64.
  // Scales switched off in the config pass through unchanged.
  std::vector<torch::Tensor> read(const std::vector<torch::Tensor>& features,
                                  const torch::Tensor& classes);

  // [B, K]: mean over the memory's scales of mean_hw max_n cos(q_hw, M_k,n) / tau.
  torch::Tensor classLogits(const std::vector<torch::Tensor>& features);

  // Sets every class's items to randomly chosen feature vectors of that class, so the
  // memory starts on the teacher's manifold instead of at random: distinct positions while
  // the class has enough of them. `cells` (optional, one [B, h, w] per teacher scale): the
  // image's share of each cell; positions mostly on letterbox borders are not drawn.
  void initialiseFrom(const std::vector<torch::Tensor>& features, const torch::Tensor& classes,
                      torch::Generator generator, const std::vector<torch::Tensor>& cells = {});

  // Addressing weights for one scale: [B, HW, N] after softmax, hard shrink and L1
  // renormalisation (exposed for tests).
  torch::Tensor addressing(const torch::Tensor& queries, const torch::Tensor& items) const;

  int numClasses;
  MemoryConfig config;
  std::vector<int> scaleIndex;       // teacher scale of each bank
  std::vector<torch::Tensor> banks;  // per memory scale: [K, N, C]
};
TORCH_MODULE(ClassMemory);

}  // namespace mdd::nn
