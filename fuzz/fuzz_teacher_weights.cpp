// Fuzz target: the teacher weight readers, Keras layout (MobileNetV2, InceptionV3:
// nn::loadKerasWeights) and torchvision layout (ResNet-18: nn::loadTorchvisionWeights),
// through BackboneImpl::loadWeights. Byte 0 picks the backbone, the rest is the archive
// (see fuzz_archive_input.h). Documented rejection: std::runtime_error naming the file
// (io::ArchiveError is one); anything else is a bug.
#include <torch/torch.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include "fuzz_archive_input.h"
#include "nn/backbones/backbone.h"

namespace {

// Built once: a backbone costs far more than one input. A successful load only overwrites
// its weights, a refused one leaves them untouched (documented), so reuse is sound.
mdd::nn::BackboneImpl& backbone(unsigned selector) {
  static const std::array<const char*, 3> ids = {"mobilenet_v2", "resnet18", "inception_v3"};
  static std::array<mdd::nn::BackbonePtr, 3> nets;
  const unsigned i = selector % ids.size();
  if (!nets[i]) nets[i] = mdd::nn::createBackbone(ids[i]);
  return *nets[i];
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  torch::set_num_threads(1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  auto& net = backbone(data[0]);
  const std::string path = mddfuzz::writeArchiveInput(data + 1, size - 1, "teacher.mdda");
  try {
    net.loadWeights(path);
  } catch (const std::runtime_error&) {
  }
  return 0;
}
