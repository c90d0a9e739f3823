#pragma once
// A small MDD-Net configuration for unit tests of the student side with FakeBackbone
// (MobileNetV2 taps at 64x64 input): narrow neck and decoders, 4 memory items per class.
#include <string>

#include "mdd/model_config.h"

namespace mddtest {

inline mdd::ModelConfig smallModelConfig(int classes = 2,
                                         mdd::UpsampleMode upsample = mdd::UpsampleMode::TransposedConv) {
  mdd::ModelConfig c;
  c.network.backbone = "mobilenet_v2";
  c.network.inputWidth = c.network.inputHeight = 64;
  c.network.neckChannels = 16;
  c.network.codeChannels = 32;
  c.network.decoderWidths = {16, 16, 32};
  c.network.memory.itemsPerClass = 4;
  c.network.upsample = upsample;
  for (int i = 0; i < classes; ++i) c.classNames.push_back("class" + std::to_string(i));
  return c;
}

}  // namespace mddtest
