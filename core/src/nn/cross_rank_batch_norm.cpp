#include "nn/cross_rank_batch_norm.h"

#include <cstdint>

#include "nn/layers.h"

namespace mdd::nn {
namespace {

// Sum over ranks as an autograd operation: the gradient of a rank's share is the sum over
// ranks of the gradients of the summed value, which is again a cross-rank sum.
struct SumOverRanks : torch::autograd::Function<SumOverRanks> {
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x,
                               int64_t sumAddress) {
    ctx->saved_data["sum"] = sumAddress;
    auto out = x.detach().clone().contiguous();
    (*reinterpret_cast<const CrossRankSum*>(sumAddress))(out);
    return out;
  }
  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto* sum = reinterpret_cast<const CrossRankSum*>(ctx->saved_data["sum"].toInt());
    auto g = grads[0].clone().contiguous();
    (*sum)(g);
    return {g, torch::Tensor()};
  }
};

}  // namespace

torch::Tensor crossRankBatchNorm(const torch::Tensor& x, torch::nn::BatchNorm2dImpl& bn,
                                 const std::shared_ptr<CrossRankSum>& sum) {
  if (!sum || !bn.is_training()) return bn.forward(x);
  const int64_t channels = x.size(1);
  const std::vector<int64_t> dims = {0, 2, 3};
  // Statistics in at least fp32 (x is bf16 under autocast), as plain BatchNorm keeps them:
  // a bf16 sum of squares over a batch loses the variance, and the collectives (Gloo)
  // reduce no bf16 tensors.
  const auto xf = x.element_size() < 4 ? x.to(torch::kFloat32) : x;
  const auto count =
      torch::full({1}, static_cast<double>(x.numel() / channels), xf.options());
  // One collective per layer: [sum x, sum x^2, count] of this rank's share.
  auto stats = torch::cat({xf.sum(dims), (xf * xf).sum(dims), count});
  stats = SumOverRanks::apply(stats, reinterpret_cast<int64_t>(sum.get()));
  const auto total = stats.narrow(0, 2 * channels, 1);
  const auto mean = stats.narrow(0, 0, channels) / total;
  const auto var = (stats.narrow(0, channels, channels) / total - mean * mean).clamp_min(0);
  const double eps = bn.options.eps();
  auto y = (xf - mean.view({1, channels, 1, 1})) *
           torch::rsqrt(var.view({1, channels, 1, 1}) + eps);
  if (bn.options.affine())
    y = y * bn.weight.view({1, channels, 1, 1}) + bn.bias.view({1, channels, 1, 1});
  if (bn.options.track_running_stats()) {
    torch::NoGradGuard noGrad;
    const double momentum = bn.options.momentum().value_or(0.1);
    const double n = total.item<double>();
    const auto unbiased = var.detach() * (n / std::max(n - 1.0, 1.0));
    bn.running_mean.mul_(1 - momentum).add_(mean.detach().to(bn.running_mean.dtype()), momentum);
    bn.running_var.mul_(1 - momentum).add_(unbiased.to(bn.running_var.dtype()), momentum);
    bn.num_batches_tracked.add_(1);
  }
  // The input's type out, as plain BatchNorm gives it (bf16 in, bf16 out under autocast).
  return y.to(x.scalar_type());
}

void useCrossRankBatchNorm(torch::nn::Module& root, std::shared_ptr<CrossRankSum> sum) {
  root.apply([&](torch::nn::Module& m) {
    if (auto* layer = dynamic_cast<ConvBnReluImpl*>(&m)) layer->crossRankSum = sum;
    if (auto* layer = dynamic_cast<UpsampleImpl*>(&m)) layer->crossRankSum = sum;
  });
}

}  // namespace mdd::nn
