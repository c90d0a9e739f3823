// Model::memoryItems: the CMM's items with their class probabilities (METHOD.md, Fig. 5).
// An item's affinity to class k is its mean cosine similarity to class k's items (its own
// bank without itself); softmax(affinity / tau) over the classes gives the probabilities.
#include <cmath>

#include "model/model_impl.h"

namespace mdd {

std::vector<MemoryItem> Model::memoryItems() const {
  std::vector<MemoryItem> out;
  auto& memory = impl_->net->memory;
  if (!memory) return out;
  torch::NoGradGuard noGrad;
  const double tau = memory->config.temperature;
  for (size_t b = 0; b < memory->banks.size(); ++b) {
    const auto bank = memory->banks[b].detach().to(torch::kCPU, torch::kFloat32);  // [K, N, C]
    const int64_t K = bank.size(0), N = bank.size(1);
    const auto unit = torch::nn::functional::normalize(
        bank.reshape({K * N, -1}), torch::nn::functional::NormalizeFuncOptions().dim(1).eps(1e-8));
    const auto cos = torch::matmul(unit, unit.t()).reshape({K * N, K, N});  // item x class x item
    auto sums = cos.sum(2);                                                  // [K*N, K]
    for (int64_t k = 0; k < K; ++k)
      for (int64_t n = 0; n < N; ++n) sums[k * N + n][k] -= cos[k * N + n][k][n];  // not itself
    // Own class: N - 1 other items; every other class: N.
    auto divisor = torch::full({K * N, K}, static_cast<double>(N), torch::kFloat32);
    for (int64_t k = 0; k < K; ++k)
      divisor.index({torch::indexing::Slice(k * N, (k + 1) * N), k})
          .fill_(static_cast<double>(std::max<int64_t>(N - 1, 1)));
    const auto affinity = sums / divisor;
    const auto probs = torch::softmax(affinity / tau, 1).contiguous();
    const auto vectors = bank.reshape({K * N, -1}).contiguous();
    for (int64_t i = 0; i < K * N; ++i) {
      MemoryItem item;
      item.scale = memory->scaleIndex[b];
      item.ownerClass = static_cast<int>(i / N);
      const float* v = vectors[i].data_ptr<float>();
      item.vector.assign(v, v + vectors.size(1));
      const float* p = probs[i].data_ptr<float>();
      item.classProbabilities.assign(p, p + K);
      for (float q : item.classProbabilities)
        if (q > 0) item.entropy -= q * std::log(q);
      out.push_back(std::move(item));
    }
  }
  return out;
}

}  // namespace mdd
