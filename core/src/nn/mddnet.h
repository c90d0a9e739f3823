#pragma once
// MDD-Net: frozen teacher E, Class-aware Memory on the restoration path, a neck per path
// (or one shared, NetworkConfig::neckPerPath), restoration decoder D_R and identity
// decoder D_I (docs/METHOD.md).
#include <array>
#include <vector>

#include <torch/torch.h>

#include "mdd/model_config.h"
#include "nn/backbones/backbone.h"
#include "nn/class_memory.h"
#include "nn/decoder.h"
#include "nn/losses.h"
#include "nn/neck.h"

namespace mdd::nn {

struct Features {
  std::vector<torch::Tensor> teacher, restored, identity;  // three scales each
  torch::Tensor classLogits;                               // [B, K], undefined without memory
  torch::Tensor classes;                                   // [B] the class each memory read used
};

struct MddNetImpl : torch::nn::Module {
  MddNetImpl(const ModelConfig& config, BackbonePtr teacher);

  // Frozen teacher features, without gradient.
  std::vector<torch::Tensor> teacherFeatures(const torch::Tensor& x);

  // Inference pass. `classes` [B] int64 selects each image's memory bank; an undefined
  // tensor, or entries < 0, use the memory's own prediction (argmax of the logits).
  Features forward(const torch::Tensor& x, const torch::Tensor& classes = {});

  // One training step's losses. normal/anomalous: [B, 3, H, W] preprocessed; mask
  // [B, 1, H, W] in {0,1}; classes [B] int64; content (optional) [B, 1, H, W], 1 where
  // the input shows the image and 0 on letterbox borders, which then take no part.
  LossTerms losses(const torch::Tensor& normal, const torch::Tensor& anomalous,
                   const torch::Tensor& mask, const torch::Tensor& classes,
                   const torch::Tensor& content = {});

  // Everything that trains (memory, neck, both decoders); the teacher is frozen.
  std::vector<torch::Tensor> studentParameters();

  // Keeps the teacher in eval mode whatever the student does.
  void train(bool on = true) override;

  ModelConfig config;
  std::array<int, 3> channels{};
  BackbonePtr teacher;
  ClassMemory memory{nullptr};  // null when the memory is switched off
  Neck neck{nullptr};          // the restoration path's (and the identity path's if shared)
  Neck identityNeck{nullptr};  // the identity path's own; null when the neck is shared
  Decoder restoration{nullptr}, identity{nullptr};

 private:
  std::vector<torch::Tensor> identify(const std::vector<torch::Tensor>& f,
                                      const std::array<std::array<int64_t, 2>, 3>& sizes);
  std::vector<torch::Tensor> restore(const std::vector<torch::Tensor>& f,
                                     const torch::Tensor& classes,
                                     const std::array<std::array<int64_t, 2>, 3>& sizes);
};
TORCH_MODULE(MddNet);

std::array<std::array<int64_t, 2>, 3> spatialSizes(const std::vector<torch::Tensor>& f);

}  // namespace mdd::nn
