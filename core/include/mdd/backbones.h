#pragma once
// The teacher backbones MDD-Net can use, described without LibTorch types.
#include <array>
#include <string>
#include <vector>

namespace mdd {

struct FeatureTap {
  std::string layer;  // the backbone's own layer name, e.g. "mixed2" or "layer2"
  int channels = 0;
  int stride = 0;     // nominal stride relative to the input
  // Where the tap's cells sit on the input: cell j's receptive field is centred on input
  // pixel stride * j + offset (pixel centres at whole numbers), from the backbone's padding.
  // InceptionV3's valid padding puts mixed4's cell 0 at pixel 21; torchvision's ResNets pad
  // symmetrically (offset 0).
  double offset = 0;
};

struct BackboneInfo {
  std::string id;            // registry key: "inception_v3", "mobilenet_v2", "resnet18", ...
  std::string displayName;   // for people
  std::vector<FeatureTap> taps;  // exactly three, finest first
  std::string weightFile;    // file name looked up in teacherSearchPath()
  std::string weightLayout;  // "keras" or "torchvision"
  // Input normalisation applied to RGB in [0,1]: (x - mean) / std.
  std::array<float, 3> mean{};
  std::array<float, 3> std{};
  int defaultInputSize = 256;
  std::string weightHowTo;   // how a user obtains the weight file
};

// Every backbone the registry knows, in a stable order (the default first).
const std::vector<BackboneInfo>& listBackbones();
// Throws std::invalid_argument naming the known ids when `id` is unknown.
const BackboneInfo& backboneInfo(const std::string& id);
// Path of the backbone's weight file if one is found in teacherSearchPath(), else empty.
std::string findBackboneWeights(const std::string& id);

}  // namespace mdd
