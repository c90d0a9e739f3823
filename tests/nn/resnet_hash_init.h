#pragma once
// The "mdd-hash-init-1" weights of scripts/fixtures/make_resnet_fixtures.py, reproduced bit
// for bit, so the torchvision parity test needs no committed weight file (WideResNet-50-2 to
// layer3 alone is 100 MB). Keep in sync with HASH_INIT there:
//
// A tensor named NAME (torchvision state-dict name) with n elements in row-major order gets,
// for element i, u = fmix32((i * 0x9E3779B9 + crc32(NAME)) mod 2^32) / 2^32, with crc32 =
// zlib's CRC-32 of the UTF-8 name and fmix32 = MurmurHash3's finaliser. Values, computed in
// double and rounded once to float: conv weight [out,in,kh,kw]: (2u-1)*sqrt(3/(in*kh*kw));
// BN weight: 0.5+u; BN bias: (2u-1)*0.2; running_mean: (2u-1)*0.3; running_var: 0.5+u.
// The BN statistics are deliberately far from mean 0 / variance 1 so that folding matters.
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "io/crc32.h"
#include "nn/backbones/torchvision_weights.h"

namespace mddtest {

inline uint32_t fmix32(uint32_t x) {
  x ^= x >> 16;
  x *= 0x85EBCA6Bu;
  x ^= x >> 13;
  x *= 0xC2B2AE35u;
  x ^= x >> 16;
  return x;
}

inline bool hasSuffix(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The hash-init value of tensor `name` with `shape`, as a float32 CPU tensor.
inline torch::Tensor hashInitValue(const std::string& name, const std::vector<int64_t>& shape) {
  enum class Rule { kConv, kGamma, kBeta, kMean, kVariance };
  Rule rule;
  double convScale = 0.0;
  if (hasSuffix(name, ".weight") && shape.size() == 4) {
    rule = Rule::kConv;
    convScale = std::sqrt(3.0 / static_cast<double>(shape[1] * shape[2] * shape[3]));
  } else if (hasSuffix(name, ".weight")) {
    rule = Rule::kGamma;
  } else if (hasSuffix(name, ".bias")) {
    rule = Rule::kBeta;
  } else if (hasSuffix(name, ".running_mean")) {
    rule = Rule::kMean;
  } else if (hasSuffix(name, ".running_var")) {
    rule = Rule::kVariance;
  } else {
    throw std::invalid_argument("no hash-init rule for tensor '" + name + "'");
  }
  int64_t count = 1;
  for (const int64_t d : shape) count *= d;
  const uint32_t seed = mdd::io::crc32(0, name.data(), name.size());
  std::vector<float> values(static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) {
    // uint32_t arithmetic wraps modulo 2^32, exactly as the generator's masks.
    const uint32_t h = fmix32(static_cast<uint32_t>(i) * 0x9E3779B9u + seed);
    const double u = h / 4294967296.0;
    double v = 0.0;
    switch (rule) {
      case Rule::kConv:
        v = (2.0 * u - 1.0) * convScale;
        break;
      case Rule::kGamma:
        v = 0.5 + u;
        break;
      case Rule::kBeta:
        v = (2.0 * u - 1.0) * 0.2;
        break;
      case Rule::kMean:
        v = (2.0 * u - 1.0) * 0.3;
        break;
      case Rule::kVariance:
        v = 0.5 + u;
        break;
    }
    values[static_cast<size_t>(i)] = static_cast<float>(v);
  }
  return torch::from_blob(values.data(), shape, torch::kFloat32).clone();
}

// Overwrites every tensor of `net` (torchvision state-dict names) with its hash-init value.
inline void hashInitialise(torch::nn::Module& net) {
  torch::NoGradGuard noGrad;
  for (auto& [name, tensor] : mdd::nn::torchvisionStateDict(net))
    tensor.copy_(hashInitValue(name, tensor.sizes().vec()));
}

}  // namespace mddtest
