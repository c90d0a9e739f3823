#include <stdexcept>

#include "mdd/backbones.h"
#include "model/model_impl.h"
#include "runtime/autocast_scope.h"

namespace mdd {

std::string resolveDevice(const std::string& device) {
  if (device.empty() || device == "auto")
    return torch::cuda::is_available() ? "cuda:0" : "cpu";
  if (device == "cpu") return device;
  if (device.rfind("cuda", 0) == 0) {
    if (!torch::cuda::is_available())
      throw std::runtime_error("device '" + device +
                               "' asked for, but CUDA is not available in this build or "
                               "machine: use --device cpu");
    const auto colon = device.find(':');
    const int index = colon == std::string::npos ? 0 : std::stoi(device.substr(colon + 1));
    if (index < 0 || index >= static_cast<int>(torch::cuda::device_count()))
      throw std::runtime_error("device '" + device + "' does not exist (" +
                               std::to_string(torch::cuda::device_count()) + " CUDA devices)");
    return "cuda:" + std::to_string(index);
  }
  throw std::invalid_argument("unknown device '" + device + "' (use auto, cpu, cuda or cuda:N)");
}

std::shared_ptr<Model::Impl> makeModelImpl(const ModelConfig& config, const torch::Device& device,
                                           nn::BackbonePtr teacher) {
  auto impl = std::make_shared<Model::Impl>();
  impl->config = config;
  impl->device = device;
  impl->net = nn::MddNet(config, std::move(teacher));
  impl->net->to(device);
  impl->net->eval();
  impl->metadata.thresholds.resize(config.classNames.size());
  for (size_t i = 0; i < config.classNames.size(); ++i)
    impl->metadata.thresholds[i].className = config.classNames[i];
  return impl;
}

std::vector<std::pair<std::string, torch::Tensor>> modelStateTensors(nn::MddNetImpl& net) {
  std::vector<std::pair<std::string, torch::Tensor>> out;
  for (const auto& p : net.named_parameters()) out.emplace_back(p.key(), p.value());
  for (const auto& b : net.named_buffers()) out.emplace_back(b.key(), b.value());
  return out;
}

Model::Model() = default;
Model::~Model() = default;
Model::Model(const Model&) = default;
Model& Model::operator=(const Model&) = default;

Model Model::fromImpl(std::shared_ptr<Impl> impl) {
  Model m;
  m.impl_ = std::move(impl);
  return m;
}

Model Model::create(const ModelConfig& config, const std::string& device,
                    const std::string& teacherWeights) {
  if (config.classNames.empty()) throw std::invalid_argument("a model needs at least one class");
  const torch::Device dev(resolveDevice(device));
  auto teacher = nn::createTeacher(config.network.backbone, torch::kCPU, teacherWeights);
  return fromImpl(makeModelImpl(config, dev, teacher));
}

const ModelConfig& Model::config() const { return impl_->config; }
ModelConfig& Model::mutableMapConfig() { return impl_->config; }
const std::vector<std::string>& Model::classNames() const { return impl_->config.classNames; }

int Model::classIndex(const std::string& name) const {
  const auto& n = impl_->config.classNames;
  for (size_t i = 0; i < n.size(); ++i)
    if (n[i] == name) return static_cast<int>(i);
  return -1;
}

PreprocessConfig Model::preprocessing() const {
  const auto& net = impl_->config.network;
  const BackboneInfo& info = backboneInfo(net.backbone);
  PreprocessConfig p;
  p.width = net.inputWidth;
  p.height = net.inputHeight;
  switch (net.resize) {
    case InputResize::Squash: p.resize = ResizeMode::Squash; break;
    case InputResize::Letterbox: p.resize = ResizeMode::Letterbox; break;
    case InputResize::ShortSideCentreCrop: p.resize = ResizeMode::ShortSideCentreCrop; break;
  }
  p.perImageStandardise = net.perImageStandardise;
  p.reflectBorders = net.letterboxFill == LetterboxFill::Reflect;
  p.mean = info.mean;
  p.std = info.std;
  p.channelOrder = ChannelOrder::RGB;
  return p;
}

std::string Model::device() const { return impl_->device.str(); }

void Model::setPrecision(Precision precision) { impl_->precision = precision; }
Precision Model::precision() const { return impl_->precision; }
bool Model::usesBf16() const {
  return choosePrecision(impl_->precision, impl_->device.str()).bf16;
}
ModelMetadata& Model::metadata() { return impl_->metadata; }
const ModelMetadata& Model::metadata() const { return impl_->metadata; }

}  // namespace mdd
