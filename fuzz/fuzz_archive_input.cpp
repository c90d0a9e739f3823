#include "fuzz_archive_input.h"

#include <cstring>

#include <nlohmann/json.hpp>

#include "fuzz_common.h"
#include "io/crc32.h"

namespace mddfuzz {
namespace {

template <typename T>
void appendLe(std::string& out, T v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof(T));
}

}  // namespace

std::string writeArchiveInput(const uint8_t* data, std::size_t size, const std::string& name) {
  if (size == 0 || (data[0] & 1) == 0) {
    const std::size_t skip = size == 0 ? 0 : 1;
    return writeScratchFile(name, data + skip, size - skip);
  }
  const char* rest = reinterpret_cast<const char*>(data + 1);
  const std::size_t restSize = size - 1;
  const void* nul = std::memchr(rest, '\0', restSize);
  const std::size_t headerSize = nul ? static_cast<std::size_t>(static_cast<const char*>(nul) - rest)
                                     : restSize;
  std::string header(rest, headerSize);
  const std::string body = nul ? std::string(rest + headerSize + 1, restSize - headerSize - 1)
                               : std::string();
  if (data[0] & 2) {
    nlohmann::json h = nlohmann::json::parse(header, nullptr, /*allow_exceptions=*/false);
    if (h.is_object()) {
      h["data_bytes"] = body.size();
      h["data_crc32"] = mdd::io::crc32(0, body.data(), body.size());
      header = h.dump();
    }
  }
  std::string file("MDDARCH1", 8);
  appendLe<uint32_t>(file, 1);
  appendLe<uint32_t>(file, mdd::io::crc32(0, header.data(), header.size()));
  appendLe<uint64_t>(file, header.size());
  file += header;
  file.resize((file.size() + 63) / 64 * 64, '\0');
  file += body;
  return writeScratchFile(name, file.data(), file.size());
}

}  // namespace mddfuzz
