// The model file: a tensor archive (docs/FORMATS.md) of kind "mddnet-model" holding every
// weight (teacher included, BatchNorm folded, so the file is self-contained) and a JSON
// header with what is needed to reproduce a score (docs/MODEL-FILE.md).
#include <algorithm>
#include <set>

#include "mdd/runtime.h"
#include "model/model_file.h"
#include "model/model_impl.h"
#include "model/model_metadata_json.h"

namespace mdd {
namespace {

constexpr int kFormatVersion = 1;

nlohmann::json preprocessingJson(const PreprocessConfig& p) {
  return {{"width", p.width},
          {"height", p.height},
          {"resize", static_cast<int>(p.resize)},
          {"per_image_standardise", p.perImageStandardise},
          {"mean", p.mean},
          {"std", p.std},
          {"channel_order", p.channelOrder == ChannelOrder::RGB ? "RGB" : "BGR"},
          {"value_range", "x / 255, then (x - mean) / std"}};
}

ModelFileInfo infoFromHeader(const io::TensorArchive& archive, const std::string& kind) {
  archive.expectKind(kind);
  const auto& h = archive.header();
  const auto& path = archive.path();
  ModelFileInfo info;
  const auto version = h.find("format_version");
  if (version != h.end() && !version->is_number_integer())
    throw std::runtime_error("'" + path + "' has a damaged header: format_version is not an integer");
  const int64_t versionNumber = version == h.end() ? 0 : version->get<int64_t>();
  if (versionNumber < 1 || versionNumber > kFormatVersion)
    throw std::runtime_error("'" + path + "' is model format version " +
                             std::to_string(versionNumber) + "; this build reads up to " +
                             std::to_string(kFormatVersion) + ": update MDD-Net Inspector");
  info.formatVersion = static_cast<int>(versionNumber);
  try {
    info.config = modelConfigFromJson(h.at("config").dump());
    // Models written before letterboxFill existed were trained with the mean colour around
    // the image: they keep it (the default for new models is reflect).
    const auto& network = h.at("config").value("network", nlohmann::json::object());
    if (!network.contains("letterboxFill")) info.config.network.letterboxFill = LetterboxFill::Mean;
    // Likewise, models written before neckPerPath existed have one neck for both paths.
    if (!network.contains("neckPerPath")) info.config.network.neckPerPath = false;
    info.metadata = metadataFromJson(h.value("metadata", nlohmann::json::object()));
  } catch (const std::exception& e) {
    throw std::runtime_error("'" + path + "' has a damaged header: " + e.what());
  }
  if (info.config.classNames.empty())
    throw std::runtime_error("'" + path + "' names no classes: the file is damaged");
  try {
    backboneInfo(info.config.network.backbone);
  } catch (const std::exception& e) {
    throw std::runtime_error("'" + path + "': " + e.what());
  }
  info.tensorCount = archive.names().size();
  return info;
}

}  // namespace

nlohmann::json modelFileHeader(const Model& model) {
  const auto& config = model.config();
  nlohmann::json h;
  h["kind"] = kModelFileKind;
  h["format_version"] = kFormatVersion;
  h["written_by"] = "MDD-Net Inspector " + runtimeInfo().mddnetVersion;
  h["backbone"] = config.network.backbone;
  h["class_names"] = config.classNames;
  h["preprocessing"] = preprocessingJson(model.preprocessing());
  h["config"] = nlohmann::json::parse(toJson(config));
  h["metadata"] = metadataToJson(model.metadata());
  return h;
}

void addModelTensors(const Model& model, io::TensorArchiveWriter& writer) {
  for (const auto& [name, tensor] : modelStateTensors(*model.impl().net)) writer.add(name, tensor);
}

void Model::save(const std::string& path) const {
  io::TensorArchiveWriter writer(modelFileHeader(*this));
  addModelTensors(*this, writer);
  writer.write(path);
}

Model modelFromArchive(const io::TensorArchive& archive, const std::string& device,
                       const std::string& kind, const std::string& extraPrefix) {
  const std::string& path = archive.path();
  const ModelFileInfo info = infoFromHeader(archive, kind);
  // The file stores the teacher as it runs, BatchNorm folded: fold a fresh one to get the
  // same structure, then fill every tensor from the file.
  auto teacher = nn::createBackbone(info.config.network.backbone);
  teacher->foldBatchNorm();
  auto impl = makeModelImpl(info.config, torch::Device(resolveDevice(device)), teacher);
  impl->metadata = info.metadata;
  {
    torch::NoGradGuard noGrad;
    std::set<std::string> expected;
    for (auto& [name, tensor] : modelStateTensors(*impl->net)) {
      expected.insert(name);
      if (!archive.contains(name))
        throw std::runtime_error("'" + path + "' lacks weight '" + name + "' for backbone '" +
                                 info.config.network.backbone +
                                 "': the file does not match its own configuration");
      const auto stored = archive.tensor(name);
      if (stored.sizes() != tensor.sizes())
        throw std::runtime_error("'" + path + "': weight '" + name + "' has shape " +
                                 c10::str(stored.sizes()) + ", the network expects " +
                                 c10::str(tensor.sizes()) +
                                 " (a file of another backbone or version)");
      tensor.copy_(stored.to(tensor.device(), tensor.dtype()));
    }
    for (const auto& name : archive.names())
      if (!expected.count(name) && (extraPrefix.empty() || name.rfind(extraPrefix, 0) != 0))
        throw std::runtime_error("'" + path + "' holds weight '" + name +
                                 "' that this network does not have (another backbone?)");
  }
  // Stored thresholds are matched to classes by name; unfitted classes stay undefined.
  std::vector<ClassThresholds> thresholds(info.config.classNames.size());
  for (size_t i = 0; i < thresholds.size(); ++i) thresholds[i].className = info.config.classNames[i];
  for (const auto& stored : impl->metadata.thresholds) {
    const auto it = std::find(info.config.classNames.begin(), info.config.classNames.end(),
                              stored.className);
    if (it == info.config.classNames.end())
      throw std::runtime_error("model file '" + path + "' has thresholds for class '" +
                               stored.className + "', which the model does not have");
    thresholds[static_cast<size_t>(it - info.config.classNames.begin())] = stored;
  }
  impl->metadata.thresholds = std::move(thresholds);
  Model m = Model::fromImpl(impl);
  return m;
}

Model Model::load(const std::string& path, const std::string& device) {
  return modelFromArchive(io::TensorArchive::open(path), device, kModelFileKind);
}

ModelFileInfo readModelFileInfo(const std::string& path) {
  return infoFromHeader(io::TensorArchive::open(path), kModelFileKind);
}

void writeModelThresholds(const std::string& path, const std::vector<ClassThresholds>& thresholds) {
  const auto archive = io::TensorArchive::open(path);
  ModelFileInfo info = infoFromHeader(archive, kModelFileKind);
  const auto& names = info.config.classNames;
  for (const auto& t : thresholds) {
    validate(t);
    if (std::find(names.begin(), names.end(), t.className) == names.end())
      throw std::invalid_argument("class '" + t.className + "' is not in model '" + path + "'");
    auto& stored = info.metadata.thresholds;
    const auto it = std::find_if(stored.begin(), stored.end(),
                                 [&](const ClassThresholds& s) { return s.className == t.className; });
    if (it != stored.end())
      *it = t;
    else
      stored.push_back(t);
  }
  nlohmann::json header = archive.header();
  header["metadata"] = metadataToJson(info.metadata);
  io::rewriteArchiveMetadata(path, header);
}

}  // namespace mdd
