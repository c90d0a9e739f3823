#pragma once
// Loads a Keras-layout teacher file (.mdda kind "teacher-weights", layout "keras"; see
// docs/FORMATS.md and docs/TEACHERS.md) into ConvBn blocks.
//
// Mapping: `<conv>/kernel` [kh,kw,in,out] -> weight.permute({3,2,0,1});
// `<conv>/depthwise_kernel` [kh,kw,C,1] -> weight.permute({2,3,0,1}) (groups = C);
// `<bn>/gamma|beta|moving_mean|moving_variance` -> weight|bias|running_mean|running_var.
// The conv's own bias (kept for folding, see conv_bn.cpp) is set to zero.
#include <string>
#include <vector>

#include "mdd/backbones.h"
#include "nn/backbones/conv_bn.h"

namespace mdd::nn {

// Checks the file's kind, layout and backbone id, then that every tensor the blocks
// need is present, float32 and of the expected shape, and that each layer's stride
// and padding in the file's `layers` table match the block; only then copies the
// values (onto whatever device the blocks live). Tensors the blocks do not use are
// ignored. Throws std::runtime_error naming the file, the tensor or layer, and
// info.weightHowTo; the blocks are untouched on error.
void loadKerasWeights(const std::string& path, const BackboneInfo& info,
                      const std::vector<ConvBn*>& blocks);

}  // namespace mdd::nn
