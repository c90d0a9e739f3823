#pragma once
// What a mdd::Model holds behind its torch-free face.
#include <torch/torch.h>

#include "mdd/model.h"
#include "nn/mddnet.h"

namespace mdd {

struct Model::Impl {
  ModelConfig config;
  ModelMetadata metadata;
  torch::Device device{torch::kCPU};
  nn::MddNet net{nullptr};
  Precision precision = Precision::Auto;
  // Inference is not re-entrant on one network (BatchNorm mode, caches); callers on
  // several threads take turns.
  std::mutex inferMutex;
};

// Builds the network for `config` with the given teacher on `device`. The teacher's BN
// is folded; the student starts from random weights.
std::shared_ptr<Model::Impl> makeModelImpl(const ModelConfig& config, const torch::Device& device,
                                           nn::BackbonePtr teacher);

// The parameters and buffers a model file stores, by the names it stores them under.
std::vector<std::pair<std::string, torch::Tensor>> modelStateTensors(nn::MddNetImpl& net);

}  // namespace mdd
