#pragma once
// Teacher weights in torchvision layout: the state dict of a torchvision model, stored by
// scripts/export_torchvision_weights.py as a tensor archive (kind "teacher-weights",
// layout "torchvision"; docs/FORMATS.md).
#include <string>
#include <utility>
#include <vector>

#include <torch/nn/module.h>
#include <torch/types.h>

#include "mdd/backbones.h"

namespace mdd::nn {

// `net`'s tensors under their state-dict names, in PyTorch's state-dict order (a module's
// parameters, then its buffers, then its children's), leaving out num_batches_tracked
// (training bookkeeping). The tensors share storage with the module.
std::vector<std::pair<std::string, torch::Tensor>> torchvisionStateDict(
    const torch::nn::Module& net);

// Copies the archive at `path` into `net` (whose tensors may live on any device). The file
// must be a "teacher-weights" archive of layout "torchvision" for backbone `info.id` and hold
// every tensor of torchvisionStateDict(net) as float32 of the same shape; it may also hold
// fc.*, layer4.* and num_batches_tracked, which are ignored. Everything is checked before
// anything is copied. Throws io::ArchiveError naming the file, the tensor and
// info.weightHowTo.
void loadTorchvisionWeights(torch::nn::Module& net, const BackboneInfo& info,
                            const std::string& path);

}  // namespace mdd::nn
