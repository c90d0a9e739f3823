#pragma once
// Seeded randomness with results fixed by this code alone. std::mt19937 is fully specified
// by the C++ standard, but std::uniform_*_distribution and std::shuffle are not: libstdc++,
// libc++ and MSVC draw different numbers from the same engine. Everything in the data layer
// that must give "the same seed, the same bytes" draws through these helpers instead.
#include <cmath>
#include <cstdint>
#include <random>
#include <string_view>
#include <utility>
#include <vector>

namespace mdd::data {

// SplitMix64 finaliser: turns structured inputs (seed, epoch, index) into independent seeds.
inline std::uint64_t splitMix64(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

inline std::uint64_t combineSeeds(std::uint64_t a, std::uint64_t b) {
  return splitMix64(a ^ splitMix64(b + 0x632BE59BD9B4E019ull));
}

// FNV-1a: a string hash that, unlike std::hash, is the same on every platform.
inline std::uint64_t stableHash(std::string_view s) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001B3ull;
  return h;
}

inline std::mt19937 seededEngine(std::uint64_t seed) {
  const std::uint64_t mixed = splitMix64(seed);
  std::seed_seq seq{std::uint32_t(mixed), std::uint32_t(mixed >> 32)};  // seed_seq is specified
  return std::mt19937(seq);
}

// Uniform in [0, 1) with 32 bits of resolution.
inline double uniform01(std::mt19937& rng) { return rng() * (1.0 / 4294967296.0); }

inline double uniform(std::mt19937& rng, double lo, double hi) {
  return lo + (hi - lo) * uniform01(rng);
}

// Uniform integer in [lo, hi] (inclusive), by rejection so that it is unbiased.
inline int uniformInt(std::mt19937& rng, int lo, int hi) {
  if (hi <= lo) return lo;
  const std::uint64_t range = std::uint64_t(std::int64_t(hi) - lo) + 1;
  const std::uint64_t limit = (std::uint64_t(1) << 32) / range * range;
  std::uint64_t r;
  do r = rng();
  while (r >= limit);
  return int(std::int64_t(lo) + std::int64_t(r % range));
}

inline bool bernoulli(std::mt19937& rng, double p) { return uniform01(rng) < p; }

// Standard normal (Box-Muller), for sensor noise and jitter.
inline double gaussian(std::mt19937& rng) {
  const double u1 = 1.0 - uniform01(rng);  // (0, 1]
  const double u2 = uniform01(rng);
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

// Approximately standard normal from one engine call (Irwin-Hall sum of its four bytes):
// ten times cheaper than gaussian(), for per-pixel sensor noise.
inline double quickGaussian(std::mt19937& rng) {
  const std::uint32_t r = rng();
  const int sum = int(r & 255u) + int((r >> 8) & 255u) + int((r >> 16) & 255u) + int(r >> 24);
  return (sum - 510.0) / 147.8;  // sd of a sum of four uniform bytes: sqrt(4 (256^2 - 1) / 12)
}

// Fisher-Yates with uniformInt.
template <typename T>
void shuffleInPlace(std::vector<T>& items, std::mt19937& rng) {
  for (int i = int(items.size()) - 1; i > 0; --i) std::swap(items[i], items[uniformInt(rng, 0, i)]);
}

}  // namespace mdd::data
