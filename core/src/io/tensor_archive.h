#pragma once
// The tensor archive (.mdda): a JSON header plus named tensors, with CRCs over both.
// Layout and rules: docs/FORMATS.md. Used for teacher weights, model files and fixtures.
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <torch/types.h>

namespace mdd::io {

// Any problem reading an archive; the message names the file and what to do.
struct ArchiveError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class TensorArchive {
 public:
  // Reads and fully validates the file (magic, version, header CRC, JSON, tensor
  // bounds, data CRC). Throws ArchiveError.
  static TensorArchive open(const std::string& path);

  const std::string& path() const { return path_; }
  const nlohmann::json& header() const { return header_; }
  std::string kind() const;
  // Throws ArchiveError unless header()["kind"] == kind.
  void expectKind(const std::string& kind) const;

  std::vector<std::string> names() const;
  bool contains(const std::string& name) const { return index_.count(name) > 0; }
  // A CPU tensor owning a copy of the stored values. Throws ArchiveError if absent.
  torch::Tensor tensor(const std::string& name) const;
  // Raw data section (for header-only rewrites).
  const std::vector<char>& data() const { return data_; }

 private:
  std::string path_;
  nlohmann::json header_;
  std::vector<char> data_;
  std::map<std::string, size_t> index_;  // name -> position in header_["tensors"]
};

class TensorArchiveWriter {
 public:
  // `meta` becomes the header; "kind" is required. "tensors", "data_crc32" and
  // "data_bytes" are filled in by write().
  explicit TensorArchiveWriter(nlohmann::json meta);
  // Copies the tensor (any device; stored contiguous on the CPU). float32, int64, uint8.
  void add(const std::string& name, const torch::Tensor& tensor);
  // Writes atomically; throws std::runtime_error on I/O failure (destination untouched).
  void write(const std::string& path) const;

 private:
  nlohmann::json meta_;
  std::vector<std::pair<std::string, torch::Tensor>> tensors_;
};

// Replaces the header's metadata (every field except the tensor table and data CRC)
// and rewrites the file atomically, copying the tensor bytes unchanged.
void rewriteArchiveMetadata(const std::string& path, const nlohmann::json& newMeta);

}  // namespace mdd::io
