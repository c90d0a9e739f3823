#pragma once
// Float scores as unsigned integer keys whose unsigned order is the float order, so that
// tens of millions of pixel scores sort with an integer radix sort and compare exactly.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>

namespace mdd::eval {

// -0.0f and +0.0f compare equal as floats, so they share one key (one ROC point, as in
// scikit-learn). Callers reject NaN and infinities first (see requireFiniteScore).
inline std::uint32_t scoreKey(float score) {
  if (score == 0.0f) score = 0.0f;
  std::uint32_t bits;
  std::memcpy(&bits, &score, sizeof bits);
  return (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
}

inline float scoreFromKey(std::uint32_t key) {
  const std::uint32_t bits = (key & 0x80000000u) ? (key & 0x7FFFFFFFu) : ~key;
  float score;
  std::memcpy(&score, &bits, sizeof score);
  return score;
}

// The key of the largest float <= threshold: a float score s satisfies s > threshold
// exactly when scoreKey(s) > floorKey(threshold), even when threshold is not a float.
inline std::uint32_t floorKey(double threshold) {
  float f = static_cast<float>(threshold);
  if (static_cast<double>(f) > threshold)
    f = std::nextafter(f, -std::numeric_limits<float>::infinity());
  return scoreKey(f);
}

// Scores come from a network; NaN or infinity means a broken map, never a real score,
// and would make every metric silently meaningless.
inline void requireFiniteScore(float score, const char* where) {
  if (!std::isfinite(score)) {
    throw std::runtime_error(std::string(where) + ": score " + std::to_string(score) +
                             " is not finite; check the anomaly map producer for NaN/Inf");
  }
}

}  // namespace mdd::eval
