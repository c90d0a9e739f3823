#pragma once
// Turns a fuzz input into a tensor archive file (.mdda, docs/FORMATS.md).
//
// Byte 0, bit 0 clear: the remaining bytes are the file, unchanged; this exercises the
// container checks (magic, version, lengths, CRCs).
// Bit 0 set: the remaining bytes are "<header JSON>\0<tensor data>". The magic, version,
// header length, header CRC and padding are filled in, and when bit 1 is also set and the
// header parses as a JSON object, its "data_bytes" and "data_crc32" are set to match the
// data. Mutations then reach the tensor table and the kind-specific checks behind the CRCs,
// which random bytes would almost never get past.
#include <cstddef>
#include <cstdint>
#include <string>

namespace mddfuzz {

// Writes the archive to scratchDir()/name and returns its path.
std::string writeArchiveInput(const uint8_t* data, std::size_t size, const std::string& name);

}  // namespace mddfuzz
