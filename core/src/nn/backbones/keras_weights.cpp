#include "nn/backbones/keras_weights.h"

#include <map>
#include <sstream>
#include <stdexcept>
#include <utility>

#include <torch/torch.h>

#include "io/tensor_archive.h"

namespace mdd::nn {
namespace {

std::string shapeText(at::IntArrayRef shape) {
  std::ostringstream out;
  out << '[';
  for (size_t i = 0; i < shape.size(); ++i) out << (i ? "," : "") << shape[i];
  out << ']';
  return out.str();
}

// Collects the checked values first and copies them only when the whole file passed,
// so a bad file never leaves a half-loaded network behind.
class KerasWeightReader {
 public:
  KerasWeightReader(const std::string& path, const BackboneInfo& info) : path_(path), info_(info) {
    try {
      archive_ = io::TensorArchive::open(path);
    } catch (const io::ArchiveError& e) {
      fail(e.what());
    }
    const auto& h = archive_.header();
    if (archive_.kind() != "teacher-weights")
      fail("the file holds '" + archive_.kind() + "', not teacher weights");
    const std::string backbone = h.value("backbone", std::string());
    if (backbone != info.id)
      fail("the file holds weights for backbone '" + backbone + "', not '" + info.id + "'");
    const std::string layout = h.value("layout", std::string());
    if (layout != "keras") fail("the file's layout is '" + layout + "', not 'keras'");
    if (h.contains("layers") && h["layers"].is_array())
      for (const auto& layer : h["layers"])
        if (layer.contains("name") && layer.contains("config"))
          layerConfig_[layer["name"].get<std::string>()] = layer["config"];
  }

  void stage(const ConvBn& block) {
    const ConvBnSpec& s = block.spec;
    checkConvConfig(s);
    checkBnConfig(s);
    const auto& w = block.conv->weight;  // [out, in/groups, kh, kw]
    if (s.depthwise) {
      const auto kernel = take(s.convName + "/depthwise_kernel", {s.kernelH, s.kernelW, s.in, 1});
      staged_.emplace_back(w, kernel.permute({2, 3, 0, 1}));
    } else {
      const auto kernel = take(s.convName + "/kernel", {s.kernelH, s.kernelW, s.in, s.out});
      staged_.emplace_back(w, kernel.permute({3, 2, 0, 1}));
    }
    staged_.emplace_back(block.conv->bias, torch::zeros({s.out}));  // Keras: no conv bias
    if (s.bnHasGamma) staged_.emplace_back(block.bn->weight, take(s.bnName + "/gamma", {s.out}));
    staged_.emplace_back(block.bn->bias, take(s.bnName + "/beta", {s.out}));
    staged_.emplace_back(block.bn->running_mean, take(s.bnName + "/moving_mean", {s.out}));
    staged_.emplace_back(block.bn->running_var, take(s.bnName + "/moving_variance", {s.out}));
  }

  void commit() {
    torch::NoGradGuard noGrad;
    for (auto& [destination, value] : staged_) destination.copy_(value);
  }

 private:
  [[noreturn]] void fail(const std::string& why) const {
    throw std::runtime_error("cannot load " + info_.displayName + " weights from '" + path_ +
                             "': " + why + ". To regenerate the file: " + info_.weightHowTo);
  }

  torch::Tensor take(const std::string& name, const std::vector<int64_t>& kerasShape) const {
    if (!archive_.contains(name)) fail("tensor '" + name + "' is missing");
    auto t = archive_.tensor(name);
    if (t.scalar_type() != torch::kFloat32) fail("tensor '" + name + "' is not float32");
    if (!t.sizes().equals(kerasShape))
      fail("tensor '" + name + "' has shape " + shapeText(t.sizes()) + ", expected " +
           shapeText(kerasShape));
    return t;
  }

  // The architecture is written out in C++; the file's own layer table says how Keras
  // built it. A mismatch means the file is from a different model variant.
  void checkConvConfig(const ConvBnSpec& s) const {
    const auto it = layerConfig_.find(s.convName);
    if (it == layerConfig_.end()) return;  // the tensors are checked regardless
    const auto& c = it->second;
    const std::string padding = s.samePadding ? "same" : "valid";
    if (c.value("padding", padding) != padding)
      fail("layer '" + s.convName + "' uses padding '" + c.value("padding", std::string()) +
           "', expected '" + padding + "'");
    if (c.contains("strides") && c["strides"] != nlohmann::json::array({s.stride, s.stride}))
      fail("layer '" + s.convName + "' has strides " + c["strides"].dump() + ", expected " +
           std::to_string(s.stride));
  }

  void checkBnConfig(const ConvBnSpec& s) const {
    const auto it = layerConfig_.find(s.bnName);
    if (it == layerConfig_.end()) return;
    if (it->second.value("scale", s.bnHasGamma) != s.bnHasGamma)
      fail("layer '" + s.bnName + "' has scale=" + it->second["scale"].dump() + ", expected " +
           (s.bnHasGamma ? "true" : "false"));
  }

  std::string path_;
  const BackboneInfo& info_;
  io::TensorArchive archive_;
  std::map<std::string, nlohmann::json> layerConfig_;
  std::vector<std::pair<torch::Tensor, torch::Tensor>> staged_;  // destination, value
};

}  // namespace

void loadKerasWeights(const std::string& path, const BackboneInfo& info,
                      const std::vector<ConvBn*>& blocks) {
  try {
    KerasWeightReader reader(path, info);
    for (const ConvBn* block : blocks) reader.stage(*block);
    reader.commit();
  } catch (const nlohmann::json::exception& e) {  // a header field of the wrong JSON type
    throw std::runtime_error("cannot load " + info.displayName + " weights from '" + path +
                             "': its header is damaged (" + e.what() +
                             "). To regenerate the file: " + info.weightHowTo);
  }
}

}  // namespace mdd::nn
