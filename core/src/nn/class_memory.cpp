#include "nn/class_memory.h"

#include "runtime/autocast_scope.h"

namespace mdd::nn {
namespace {

// [B, C, H, W] -> [B, HW, C]
torch::Tensor toRows(const torch::Tensor& x) { return x.flatten(2).transpose(1, 2); }

}  // namespace

ClassMemoryImpl::ClassMemoryImpl(int numClasses_, std::array<int, 3> channels,
                                 const MemoryConfig& config_)
    : numClasses(numClasses_), config(config_) {
  if (numClasses < 1) throw std::invalid_argument("the memory needs at least one class");
  if (config.itemsPerClass < 1) throw std::invalid_argument("itemsPerClass must be >= 1");
  for (int s = 0; s < 3; ++s) {
    if (!config.scales[s]) continue;
    scaleIndex.push_back(s);
    banks.push_back(register_parameter(
        "bank" + std::to_string(s),
        torch::randn({numClasses, config.itemsPerClass, channels[s]}) * 0.1));
  }
}

torch::Tensor ClassMemoryImpl::addressing(const torch::Tensor& queries,
                                          const torch::Tensor& items) const {
  // queries [B, HW, C], items [B, N, C]
  const auto q = torch::nn::functional::normalize(
      queries, torch::nn::functional::NormalizeFuncOptions().dim(-1).eps(1e-8));
  const auto m = torch::nn::functional::normalize(
      items, torch::nn::functional::NormalizeFuncOptions().dim(-1).eps(1e-8));
  auto w = torch::softmax(torch::bmm(q, m.transpose(1, 2)) / config.temperature, -1);
  const double lambda =
      config.shrinkThreshold >= 0 ? config.shrinkThreshold : 1.0 / config.itemsPerClass;
  if (lambda > 0) {
    // MemAE's continuous hard shrink: keeps weights above lambda, zeroes the rest.
    w = torch::relu(w - lambda) * w / (torch::abs(w - lambda) + 1e-12);
    w = w / (w.sum(-1, true) + 1e-12);
  }
  return w;
}

std::vector<torch::Tensor> ClassMemoryImpl::read(const std::vector<torch::Tensor>& features,
                                                 const torch::Tensor& classes) {
  // fp32 even under bf16 autocast: a softmax over cosines divided by a small temperature
  // turns bf16's rounding of the cosines into 10% changes of the scores.
  AutocastOff fp32;
  std::vector<torch::Tensor> out = features;
  for (size_t b = 0; b < banks.size(); ++b) {
    const auto f = features[scaleIndex[b]].to(torch::kFloat32);
    const auto items = banks[b].index_select(0, classes);  // [B, N, C]
    const auto w = addressing(toRows(f), items);
    const auto readOut = torch::bmm(w, items);  // [B, HW, C]
    out[scaleIndex[b]] = readOut.transpose(1, 2).reshape(f.sizes());
  }
  return out;
}

torch::Tensor ClassMemoryImpl::classLogits(const std::vector<torch::Tensor>& features) {
  AutocastOff fp32;  // as in read()
  torch::Tensor sum;
  for (size_t b = 0; b < banks.size(); ++b) {
    const auto q = torch::nn::functional::normalize(
        toRows(features[scaleIndex[b]].to(torch::kFloat32)),
        torch::nn::functional::NormalizeFuncOptions().dim(-1).eps(1e-8));  // [B, HW, C]
    const auto m = torch::nn::functional::normalize(
        banks[b], torch::nn::functional::NormalizeFuncOptions().dim(-1).eps(1e-8));
    const int64_t K = m.size(0), N = m.size(1);
    const auto cos = torch::matmul(q, m.reshape({K * N, -1}).t());  // [B, HW, K*N]
    const auto best = std::get<0>(cos.view({cos.size(0), cos.size(1), K, N}).max(-1));
    const auto logits = best.mean(1) / config.temperature;  // [B, K]
    sum = sum.defined() ? sum + logits : logits;
  }
  return sum / static_cast<double>(banks.size());
}

void ClassMemoryImpl::initialiseFrom(const std::vector<torch::Tensor>& features,
                                     const torch::Tensor& classes, torch::Generator generator,
                                     const std::vector<torch::Tensor>& cells) {
  torch::NoGradGuard noGrad;
  const auto cls = classes.to(torch::kCPU);
  const auto options = torch::TensorOptions().dtype(torch::kLong);
  for (size_t b = 0; b < banks.size(); ++b) {
    const auto scale = static_cast<size_t>(scaleIndex[b]);
    const auto rows = toRows(features[scale]).detach();  // [B, HW, C]
    const auto onImage = scale < cells.size() ? (cells[scale].flatten(1) >= 0.5).to(torch::kCPU)
                                              : torch::Tensor();  // [B, HW]
    for (int k = 0; k < numClasses; ++k) {
      const auto members = torch::nonzero(cls == k).flatten();
      if (members.numel() == 0) continue;
      auto pool = rows.index_select(0, members.to(rows.device())).reshape({-1, rows.size(2)});
      if (onImage.defined()) {
        const auto keep = torch::nonzero(onImage.index_select(0, members).reshape({-1})).flatten();
        if (keep.numel() > 0) pool = pool.index_select(0, keep.to(pool.device()));
      }
      const int64_t n = config.itemsPerClass;
      const auto pick = pool.size(0) >= n
                            ? torch::randperm(pool.size(0), generator, options).narrow(0, 0, n)
                            : torch::randint(pool.size(0), {n}, generator, options);
      banks[b][k].copy_(pool.index_select(0, pick.to(pool.device())));
    }
  }
}

}  // namespace mdd::nn
