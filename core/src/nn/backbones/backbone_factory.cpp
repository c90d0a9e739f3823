// Builds backbones by id. Each architecture lives in its own file; this is the one table.
#include <stdexcept>

#include <torch/torch.h>

#include "nn/backbones/backbone.h"
#include "nn/backbones/inception_v3.h"
#include "nn/backbones/mobilenet_v2.h"
#include "nn/backbones/resnet.h"

namespace mdd::nn {

BackbonePtr createBackbone(const std::string& id) {
  backboneInfo(id);  // throws for unknown ids
  if (id == "inception_v3") return std::make_shared<InceptionV3Impl>();
  if (id == "mobilenet_v2") return std::make_shared<MobileNetV2Impl>();
  if (isTorchvisionResNet(id)) return std::make_shared<ResNetBackbone>(id);
  throw std::invalid_argument("backbone '" + id + "' is not built into this version");
}

BackbonePtr createTeacher(const std::string& id, const torch::Device& device,
                          const std::string& weightPath) {
  const BackboneInfo& info = backboneInfo(id);
  const std::string path = weightPath.empty() ? findBackboneWeights(id) : weightPath;
  if (path.empty())
    throw std::runtime_error("no weights for backbone '" + id + "' (file '" + info.weightFile +
                             "' not found in the teacher folders): " + info.weightHowTo);
  BackbonePtr net = createBackbone(id);
  net->loadWeights(path);
  net->foldBatchNorm();
  net->eval();
  for (auto& p : net->parameters()) p.set_requires_grad(false);
  net->to(device);
  return net;
}

}  // namespace mdd::nn
