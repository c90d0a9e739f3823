#include "nn/mddnet.h"

namespace mdd::nn {

std::array<std::array<int64_t, 2>, 3> spatialSizes(const std::vector<torch::Tensor>& f) {
  std::array<std::array<int64_t, 2>, 3> s{};
  for (int i = 0; i < 3; ++i) s[i] = {f[i].size(2), f[i].size(3)};
  return s;
}

MddNetImpl::MddNetImpl(const ModelConfig& config_, BackbonePtr teacher_)
    : config(config_), teacher(std::move(teacher_)) {
  if (config.classNames.empty()) throw std::invalid_argument("MDD-Net needs at least one class");
  const auto& taps = teacher->info().taps;
  for (int i = 0; i < 3; ++i) channels[i] = taps[i].channels;
  register_module("teacher", teacher);
  for (auto& p : teacher->parameters()) p.set_requires_grad(false);
  const auto& net = config.network;
  if (net.memory.enabled)
    memory = register_module(
        "memory", ClassMemory(static_cast<int>(config.classNames.size()), channels, net.memory));
  neck = register_module("neck", Neck(channels, net));
  if (net.neckPerPath) identityNeck = register_module("identityNeck", Neck(channels, net));
  restoration = register_module("restoration", Decoder(channels, net));
  identity = register_module("identity", Decoder(channels, net));
  teacher->eval();
}

void MddNetImpl::train(bool on) {
  torch::nn::Module::train(on);
  teacher->eval();
}

std::vector<torch::Tensor> MddNetImpl::teacherFeatures(const torch::Tensor& x) {
  torch::NoGradGuard noGrad;
  return teacher->forward(x);
}

std::vector<torch::Tensor> MddNetImpl::restore(
    const std::vector<torch::Tensor>& f, const torch::Tensor& classes,
    const std::array<std::array<int64_t, 2>, 3>& sizes) {
  return restoration->forward(neck->forward(memory ? memory->read(f, classes) : f), sizes);
}

std::vector<torch::Tensor> MddNetImpl::identify(
    const std::vector<torch::Tensor>& f, const std::array<std::array<int64_t, 2>, 3>& sizes) {
  return identity->forward(identityNeck ? identityNeck->forward(f) : neck->forward(f), sizes);
}

Features MddNetImpl::forward(const torch::Tensor& x, const torch::Tensor& givenClasses) {
  Features out;
  out.teacher = teacherFeatures(x);
  const auto sizes = spatialSizes(out.teacher);
  if (memory) {
    out.classLogits = memory->classLogits(out.teacher);
    const auto predicted = out.classLogits.argmax(1);
    out.classes = givenClasses.defined()
                      ? torch::where(givenClasses.to(predicted.device()) >= 0,
                                     givenClasses.to(predicted.device()), predicted)
                      : predicted;
  }
  out.restored = restore(out.teacher, out.classes, sizes);
  out.identity = identify(out.teacher, sizes);
  return out;
}

LossTerms MddNetImpl::losses(const torch::Tensor& normal, const torch::Tensor& anomalous,
                             const torch::Tensor& mask, const torch::Tensor& classes,
                             const torch::Tensor& content) {
  const auto& w = config.loss;
  const auto fn = teacherFeatures(normal);
  const auto fa = teacherFeatures(anomalous);
  const auto sizes = spatialSizes(fa);
  const int64_t batch = normal.size(0);
  const bool withRec = memory && w.memoryReconstruction > 0;

  // The restoration path runs once on [anomalous; normal] when L_rec needs both.
  std::vector<torch::Tensor> restored;
  if (withRec) {
    std::vector<torch::Tensor> both(3);
    for (int i = 0; i < 3; ++i) both[i] = torch::cat({fa[i], fn[i]}, 0);
    restored = restore(both, torch::cat({classes, classes}, 0), sizes);
  } else {
    restored = restore(fa, classes, sizes);
  }
  std::vector<torch::Tensor> restoredA(3), restoredN(3);
  for (int i = 0; i < 3; ++i) {
    restoredA[i] = withRec ? restored[i].narrow(0, 0, batch) : restored[i];
    if (withRec) restoredN[i] = restored[i].narrow(0, batch, batch);
  }
  const auto identityA = identify(fa, sizes);

  LossTerms t;
  const auto zero = torch::zeros({}, normal.options());
  const auto& taps = teacher->info().taps;
  const auto cells = content.defined() ? contentCells(content, fa, taps)
                                       : std::vector<torch::Tensor>{};
  t.restoration = featureCosineLoss(restoredA, fn, w.cosine, cells);
  t.identity = featureCosineLoss(identityA, fa, w.cosine, cells);
  t.distillation = distillationLoss(restoredA, identityA, mask, taps, cells);
  t.memoryReconstruction = withRec ? featureCosineLoss(restoredN, fn, w.cosine, cells) : zero;
  t.memoryClass = memory && w.memoryClass > 0
                      ? torch::nn::functional::cross_entropy(memory->classLogits(fn), classes)
                      : zero;
  t.total = w.restoration * t.restoration + w.identity * t.identity +
            w.distillation * t.distillation + w.memoryClass * t.memoryClass +
            w.memoryReconstruction * t.memoryReconstruction;
  return t;
}

std::vector<torch::Tensor> MddNetImpl::studentParameters() {
  std::vector<torch::Tensor> out;
  for (const auto& item : named_parameters(/*recurse=*/true))
    if (item.key().rfind("teacher.", 0) != 0) out.push_back(item.value());
  return out;
}

}  // namespace mdd::nn
