#pragma once
// Radix sort of unsigned integers that needs no second copy of the data. Pixel metrics
// sort tens of millions of score keys: std::sort is ~4x slower, and a plain LSD radix sort
// needs a buffer as large as the data, doubling peak memory. Large ranges are split in
// place by their most significant byte (American flag sort); ranges of at most 2^18
// elements finish least-significant byte first through a scratch buffer of that size.
#include <algorithm>
#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>
#include <vector>

namespace mdd::eval {

namespace detail {

// Below this size a comparison sort beats another 256-bucket pass.
constexpr std::size_t kRadixSmallRange = 64;
// Up to this size a range sorts least-significant digit first through a scratch buffer:
// it stays in cache, and the extra memory is bounded by this size, not by the data.
constexpr std::size_t kRadixBufferedRange = std::size_t{1} << 18;

// Stable LSD passes over the digits at shift, shift - 8, ..., lowBit.
template <class T>
void radixSortBuffered(T* first, T* last, int shift, int lowBit, T* scratch) {
  const std::size_t n = static_cast<std::size_t>(last - first);
  T* from = first;
  T* to = scratch;
  for (int digitShift = lowBit; digitShift <= shift; digitShift += 8) {
    std::array<std::size_t, 257> offset{};
    for (std::size_t i = 0; i < n; ++i) ++offset[((from[i] >> digitShift) & 0xFF) + 1];
    for (int b = 0; b < 256; ++b) offset[b + 1] += offset[b];
    for (std::size_t i = 0; i < n; ++i) to[offset[(from[i] >> digitShift) & 0xFF]++] = from[i];
    std::swap(from, to);
  }
  if (from != first) std::copy(from, from + n, first);
}

template <class T>
void radixSortDigit(T* first, T* last, int shift, int lowBit, T* scratch) {
  const std::size_t n = static_cast<std::size_t>(last - first);
  if (n < kRadixSmallRange) {
    std::sort(first, last, [lowBit](T a, T b) { return (a >> lowBit) < (b >> lowBit); });
    return;
  }
  if (n <= kRadixBufferedRange) {
    radixSortBuffered(first, last, shift, lowBit, scratch);
    return;
  }
  std::array<std::size_t, 256> count{};
  for (T* p = first; p != last; ++p) ++count[(*p >> shift) & 0xFF];

  std::array<std::size_t, 256> begin{}, end{};
  std::size_t offset = 0;
  bool oneBucket = false;
  for (int b = 0; b < 256; ++b) {
    begin[b] = offset;
    offset += count[b];
    end[b] = offset;
    oneBucket = oneBucket || count[b] == n;
  }
  // Scores concentrate in a few exponents: skip the permutation when one bucket holds all.
  if (!oneBucket) {
    std::array<std::size_t, 256> next = begin;
    for (int b = 0; b < 256; ++b) {
      while (next[b] < end[b]) {
        T value = first[next[b]];
        int digit = static_cast<int>((value >> shift) & 0xFF);
        while (digit != b) {  // follow the cycle until a value belongs to bucket b
          std::swap(value, first[next[digit]++]);
          digit = static_cast<int>((value >> shift) & 0xFF);
        }
        first[next[b]++] = value;
      }
    }
  }
  if (shift - 8 < lowBit) return;
  for (int b = 0; b < 256; ++b) {
    if (count[b] > 1) radixSortDigit(first + begin[b], first + end[b], shift - 8, lowBit, scratch);
  }
}

}  // namespace detail

// Sorts [first, last) ascending by the bits from lowBit (a multiple of 8) up; the order of
// elements whose bits above lowBit are equal is unspecified (lower bits are payload).
template <class T>
void radixSortInPlace(T* first, T* last, int lowBit = 0) {
  static_assert(std::is_unsigned_v<T>, "radixSortInPlace sorts unsigned integers");
  constexpr int kBits = static_cast<int>(sizeof(T) * 8);
  if (last - first < 2 || lowBit >= kBits) return;
  const auto n = static_cast<std::size_t>(last - first);
  std::vector<T> scratch(std::min(n, detail::kRadixBufferedRange));
  detail::radixSortDigit(first, last, kBits - 8, lowBit, scratch.data());
}

}  // namespace mdd::eval
