#include "nn/backbones/torchvision_weights.h"

#include <set>
#include <sstream>

#include <torch/torch.h>

#include "io/tensor_archive.h"

namespace mdd::nn {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool startsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// Parts of a torchvision checkpoint MDD-Net does not build: the last stage, the
// classifier, and BatchNorm's training step counters.
bool isIgnoredTensor(const std::string& name) {
  return startsWith(name, "layer4.") || startsWith(name, "fc.") ||
         endsWith(name, ".num_batches_tracked");
}

void appendStateDict(const torch::nn::Module& module, const std::string& prefix,
                     std::vector<std::pair<std::string, torch::Tensor>>& out) {
  for (const auto& p : module.named_parameters(/*recurse=*/false))
    out.emplace_back(prefix + p.key(), p.value());
  for (const auto& b : module.named_buffers(/*recurse=*/false))
    if (b.key() != "num_batches_tracked") out.emplace_back(prefix + b.key(), b.value());
  for (const auto& child : module.named_children())
    appendStateDict(*child.value(), prefix + child.key() + ".", out);
}

std::string shapeText(const torch::IntArrayRef& shape) {
  std::ostringstream s;
  s << shape;
  return s.str();
}

}  // namespace

std::vector<std::pair<std::string, torch::Tensor>> torchvisionStateDict(
    const torch::nn::Module& net) {
  std::vector<std::pair<std::string, torch::Tensor>> out;
  appendStateDict(net, "", out);
  return out;
}

void loadTorchvisionWeights(torch::nn::Module& net, const BackboneInfo& info,
                            const std::string& path) {
  const std::string fix = ". To make the file: " + info.weightHowTo;
  auto fail = [&](const std::string& problem) {
    return io::ArchiveError("'" + path + "' " + problem + fix);
  };
  io::TensorArchive archive = [&] {
    try {
      return io::TensorArchive::open(path);
    } catch (const io::ArchiveError& e) {
      throw io::ArchiveError(e.what() + fix);  // the reader's message names the file
    }
  }();
  const auto& header = archive.header();
  const std::string kind = archive.kind();
  auto text = [&](const char* key) {  // a field of another JSON type reads as that type's name
    const auto it = header.find(key);
    return it == header.end() ? std::string("(none)")
           : it->is_string()  ? it->get<std::string>()
                              : std::string("(a JSON ") + it->type_name() + ")";
  };
  const std::string backbone = text("backbone");
  const std::string layout = text("layout");
  if (kind != "teacher-weights") throw fail("holds '" + kind + "', not teacher weights");
  if (backbone != info.id)
    throw fail("holds weights for backbone '" + backbone + "', not '" + info.id + "'");
  if (layout != "torchvision")
    throw fail("has layout '" + layout + "'; " + info.id + " needs 'torchvision'");

  const auto expected = torchvisionStateDict(net);
  std::set<std::string> expectedNames;
  std::vector<torch::Tensor> values;
  for (const auto& [name, tensor] : expected) {
    expectedNames.insert(name);
    if (!archive.contains(name))
      throw fail("lacks tensor '" + name + "' that " + info.id +
                 " needs (an incomplete or foreign export)");
    torch::Tensor value = archive.tensor(name);
    if (value.scalar_type() != torch::kFloat32)
      throw fail("stores tensor '" + name + "' as " +
                 std::string(c10::toString(value.scalar_type())) + ", not float32");
    if (value.sizes() != tensor.sizes())
      throw fail("has tensor '" + name + "' of shape " + shapeText(value.sizes()) + ", but " +
                 info.id + " needs " + shapeText(tensor.sizes()) +
                 " (weights of a different network)");
    values.push_back(std::move(value));
  }
  for (const auto& name : archive.names())
    if (!expectedNames.count(name) && !isIgnoredTensor(name))
      throw fail("holds tensor '" + name + "' that " + info.id +
                 " does not have (weights of a different network)");

  torch::NoGradGuard noGrad;
  for (size_t i = 0; i < expected.size(); ++i) {
    torch::Tensor target = expected[i].second;  // shares storage with the module
    target.copy_(values[i]);                    // copies across devices as needed
  }
}

}  // namespace mdd::nn
