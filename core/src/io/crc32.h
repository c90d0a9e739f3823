#pragma once
// CRC-32 (IEEE 802.3 polynomial, as zlib's crc32), incremental.
#include <cstddef>
#include <cstdint>

namespace mdd::io {

// Continues a CRC: crc32(crc32(0, a), b) == crc32 of a followed by b.
uint32_t crc32(uint32_t crc, const void* data, size_t size);

}  // namespace mdd::io
