// The backbone catalogue: what each teacher is, its taps and where its weights come from.
#include <filesystem>
#include <stdexcept>

#include "mdd/backbones.h"
#include "mdd/paths.h"

namespace mdd {
namespace {

constexpr std::array<float, 3> kKerasMean{0.5f, 0.5f, 0.5f};  // x / 127.5 - 1
constexpr std::array<float, 3> kKerasStd{0.5f, 0.5f, 0.5f};
constexpr std::array<float, 3> kImageNetMean{0.485f, 0.456f, 0.406f};
constexpr std::array<float, 3> kImageNetStd{0.229f, 0.224f, 0.225f};

const char* kNsfwjsHowTo =
    "run scripts/teachers/fetch_teachers.sh <folder> (or scripts/setup.sh build, which "
    "does it), then point MDDNET_TEACHER_DIR at <folder>";
const char* kTorchvisionHowTo =
    "export torchvision's ImageNet weights once with scripts/export_torchvision_weights.py "
    "(see README.md) into a folder and point MDDNET_TEACHER_DIR at it";

BackboneInfo torchvisionResNet(const std::string& id, const std::string& name, int widen) {
  // layer1..layer3: 64/128/256 channels x expansion (1 for BasicBlock, 4 for Bottleneck).
  // Symmetric padding (7x7/2 pad 3, pool 3x3/2 pad 1, 3x3/2 pad 1): cell j at stride * j.
  return {id,
          name,
          {{"layer1", 64 * widen, 4}, {"layer2", 128 * widen, 8}, {"layer3", 256 * widen, 16}},
          id + ".mdda",
          "torchvision",
          kImageNetMean,
          kImageNetStd,
          256,
          kTorchvisionHowTo};
}

}  // namespace

const std::vector<BackboneInfo>& listBackbones() {
  static const std::vector<BackboneInfo> all = {
      {"inception_v3",
       "InceptionV3 (ImageNet, to mixed4)",
       // Valid padding: the stem's 3x3/2, 3x3, pool 3x3/2 and 3x3 put activation_5's cell j
       // at 4j + 9; each later valid 3x3/2 reduction maps j to 2j + 1.
       {{"activation_5", 192, 4, 9}, {"mixed2", 288, 8, 13}, {"mixed4", 768, 16, 21}},
       "inception_v3.mdda",
       "keras",
       kKerasMean,
       kKerasStd,
       256,
       kNsfwjsHowTo},
      {"mobilenet_v2",
       "MobileNetV2 (ImageNet, to block_10)",
       // Each stride-2 3x3 is valid after one zero row and column at the bottom right, so
       // output j is centred on input 2j + 1.
       {{"block_2_add", 24, 4, 3}, {"block_5_add", 32, 8, 7}, {"block_9_add", 64, 16, 15}},
       "mobilenet_v2.mdda",
       "keras",
       kKerasMean,
       kKerasStd,
       256,
       kNsfwjsHowTo},
      torchvisionResNet("resnet18", "ResNet-18 (torchvision)", 1),
      torchvisionResNet("resnet50", "ResNet-50 (torchvision)", 4),
      torchvisionResNet("wide_resnet50_2", "WideResNet-50-2 (torchvision, the paper's)", 4),
  };
  return all;
}

const BackboneInfo& backboneInfo(const std::string& id) {
  std::string known;
  for (const auto& b : listBackbones()) {
    if (b.id == id) return b;
    known += (known.empty() ? "" : ", ") + b.id;
  }
  throw std::invalid_argument("unknown backbone '" + id + "' (known: " + known + ")");
}

std::string findBackboneWeights(const std::string& id) {
  return findTeacherFile(backboneInfo(id).weightFile);
}

}  // namespace mdd
