#include "infer/anomaly_maps.h"

#include <cmath>
#include <stdexcept>

#include "nn/layers.h"
#include "nn/losses.h"
#include "nn/tap_geometry.h"

namespace mdd::infer {
namespace {

// Source indices of a length-`len` axis padded by `radius` on both sides, mirrored
// about the edges with the edge sample repeated (scipy's "reflect": d c b a | a b c d),
// for any radius, also one longer than the axis.
torch::Tensor reflectIndices(int64_t len, int64_t radius, const torch::Device& device) {
  std::vector<int64_t> idx;
  idx.reserve(static_cast<size_t>(len + 2 * radius));
  for (int64_t i = -radius; i < len + radius; ++i) {
    int64_t j = ((i % (2 * len)) + 2 * len) % (2 * len);
    idx.push_back(j < len ? j : 2 * len - 1 - j);
  }
  return torch::tensor(idx, torch::TensorOptions().dtype(torch::kLong)).to(device);
}

}  // namespace

torch::Tensor relativeSquaredDistanceMap(const torch::Tensor& a, const torch::Tensor& b) {
  const auto norms = a.pow(2).sum(1) + b.pow(2).sum(1);
  return (a - b).pow(2).sum(1) / norms.clamp_min(1e-12);
}

torch::Tensor scaleSummedDistance(const std::vector<torch::Tensor>& a,
                                  const std::vector<torch::Tensor>& b,
                                  const std::vector<FeatureTap>& taps, at::IntArrayRef size,
                                  CellPlacement placement, const torch::Tensor& content,
                                  const std::vector<float>& weights, MapDistance distance,
                                  int pooling) {
  if (taps.size() != a.size())
    throw std::invalid_argument("scaleSummedDistance: one feature tap per scale needed");
  if (!weights.empty() && weights.size() != a.size())
    throw std::invalid_argument("maps.scaleWeights: " + std::to_string(weights.size()) +
                                " weights for " + std::to_string(a.size()) +
                                " feature scales; give one per scale or none");
  if (pooling < 1 || pooling % 2 == 0)
    throw std::invalid_argument("maps.featurePooling must be an odd number of cells, not " +
                                std::to_string(pooling));
  namespace F = torch::nn::functional;
  const auto pool = F::AvgPool2dFuncOptions(pooling).stride(1).padding(pooling / 2)
                        .count_include_pad(false);
  torch::Tensor sum;
  for (size_t i = 0; i < a.size(); ++i) {
    // In fp32 even when the features are bf16: it keeps the maps within 2e-3.
    auto x = a[i].to(torch::kFloat32), y = b[i].to(torch::kFloat32);
    if (pooling > 1) {
      x = F::avg_pool2d(x, pool);
      y = F::avg_pool2d(y, pool);
    }
    const auto d = distance == MapDistance::Cosine ? nn::cosineDistanceMap(x, y)
                                                   : relativeSquaredDistanceMap(x, y);
    const auto grid = [&](int64_t cells, int64_t pixels) {
      return placement == CellPlacement::Stretched ? nn::stretchedGrid(cells, pixels)
                                                   : nn::cellGrid(taps[i]);
    };
    const auto rows = grid(d.size(1), size[0]), cols = grid(d.size(2), size[1]);
    torch::Tensor up;
    if (content.defined()) {
      const auto share = nn::pixelsToCells(content.to(d.dtype()), rows, cols, {d.size(1), d.size(2)});
      up = nn::cellsToPixels(d * share, rows, cols, size) /
           nn::cellsToPixels(share, rows, cols, size).clamp_min(1e-6);
    } else {
      up = nn::cellsToPixels(d, rows, cols, size);
    }
    if (!weights.empty()) up = up * weights[i];
    sum = sum.defined() ? sum + up : up;
  }
  return sum;
}

MapTensors anomalyMaps(const std::vector<torch::Tensor>& teacher,
                       const std::vector<torch::Tensor>& restored,
                       const std::vector<torch::Tensor>& identity,
                       const std::vector<FeatureTap>& taps, const MapConfig& config,
                       at::IntArrayRef size, const torch::Tensor& content) {
  const auto tr = scaleSummedDistance(teacher, restored, taps, size, config.cellPlacement, content,
                                      config.scaleWeights, config.distance, config.featurePooling);
  const auto ri = scaleSummedDistance(restored, identity, taps, size, config.cellPlacement, content,
                                      config.scaleWeights, config.distance, config.featurePooling);
  torch::Tensor fused;
  switch (config.fusion) {
    case MapFusion::Sum: fused = tr + ri; break;
    case MapFusion::Product: fused = tr * ri; break;
    case MapFusion::NormalisedSum:
      fused = config.fusionWeight * tr / config.teacherRestorationScale +
              (1 - config.fusionWeight) * ri / config.restorationIdentityScale;
      break;
  }
  MapTensors m;
  m.fused = gaussianBlur(fused, config.gaussianSigma);
  m.teacherRestoration = gaussianBlur(tr, config.gaussianSigma);
  m.restorationIdentity = gaussianBlur(ri, config.gaussianSigma);
  switch (config.source) {
    case MapSource::Fused: m.selected = m.fused; break;
    case MapSource::TeacherRestoration: m.selected = m.teacherRestoration; break;
    case MapSource::RestorationIdentity: m.selected = m.restorationIdentity; break;
  }
  return m;
}

torch::Tensor gaussianBlur(const torch::Tensor& maps, double sigma) {
  if (sigma <= 0) return maps;
  const int64_t radius = static_cast<int64_t>(4.0 * sigma + 0.5);
  auto k = torch::arange(-radius, radius + 1, torch::TensorOptions().dtype(torch::kFloat64));
  k = torch::exp(-0.5 * k * k / (sigma * sigma));
  k = (k / k.sum()).to(maps.options());
  const int64_t n = 2 * radius + 1;
  namespace F = torch::nn::functional;
  auto x = maps.unsqueeze(1);  // [B, 1, H, W]
  x = F::conv2d(x.index_select(3, reflectIndices(x.size(3), radius, x.device())),
                k.view({1, 1, 1, n}));
  x = F::conv2d(x.index_select(2, reflectIndices(x.size(2), radius, x.device())),
                k.view({1, 1, n, 1}));
  return x.squeeze(1);
}

torch::Tensor imageScores(const torch::Tensor& maps, const MapConfig& config) {
  const auto flat = maps.flatten(1);
  switch (config.scoreRule) {
    case ScoreRule::Max: return std::get<0>(flat.max(1));
    case ScoreRule::TopPercentMean: {
      const int64_t k = std::max<int64_t>(
          1, static_cast<int64_t>(std::ceil(flat.size(1) * config.topPercent / 100.0)));
      return std::get<0>(flat.topk(k, 1)).mean(1);
    }
    case ScoreRule::PooledMax: {
      const auto pooled = torch::nn::functional::avg_pool2d(
          maps.unsqueeze(1), torch::nn::functional::AvgPool2dFuncOptions(config.poolSize)
                                 .stride(1)
                                 .padding(0));
      return std::get<0>(pooled.flatten(1).max(1));
    }
  }
  return std::get<0>(flat.max(1));
}

}  // namespace mdd::infer
