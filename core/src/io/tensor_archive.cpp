#include "io/tensor_archive.h"

#include <cstring>
#include <fstream>

#include <torch/torch.h>

#include "io/atomic_file.h"
#include "io/crc32.h"

namespace mdd::io {
namespace {

constexpr char kMagic[8] = {'M', 'D', 'D', 'A', 'R', 'C', 'H', '1'};
constexpr uint32_t kVersion = 1;
constexpr size_t kFixedBytes = 24;

uint64_t align64(uint64_t x) { return (x + 63) / 64 * 64; }

template <typename T>
T readLe(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof(T));  // x86-64 and aarch64 are little-endian
  return v;
}

template <typename T>
void appendLe(std::string& out, T v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof(T));
}

struct DtypeInfo {
  const char* name;
  torch::ScalarType type;
  size_t size;
};
const DtypeInfo kDtypes[] = {{"float32", torch::kFloat32, 4},
                             {"int64", torch::kInt64, 8},
                             {"uint8", torch::kUInt8, 1}};

const DtypeInfo* dtypeByName(const std::string& n) {
  for (const auto& d : kDtypes)
    if (n == d.name) return &d;
  return nullptr;
}
const DtypeInfo* dtypeByType(torch::ScalarType t) {
  for (const auto& d : kDtypes)
    if (t == d.type) return &d;
  return nullptr;
}

// The fixed fields, the JSON header and the zero padding up to the data section.
std::string serializeHead(const nlohmann::json& header) {
  const std::string json = header.dump();
  std::string head(kMagic, 8);
  appendLe<uint32_t>(head, kVersion);
  appendLe<uint32_t>(head, crc32(0, json.data(), json.size()));
  appendLe<uint64_t>(head, json.size());
  head += json;
  head.resize(align64(head.size()), '\0');
  return head;
}

}  // namespace

TensorArchive TensorArchive::open(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ArchiveError("cannot open '" + path + "': the file is missing or unreadable");
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto bad = [&](const std::string& why) {
    return ArchiveError("'" + path + "' is not a valid MDD-Net file: " + why);
  };
  if (bytes.size() < kFixedBytes || std::memcmp(bytes.data(), kMagic, 8) != 0)
    throw bad("wrong magic bytes (not a .mdda tensor archive, or a different program's file)");
  const auto version = readLe<uint32_t>(bytes.data() + 8);
  if (version != kVersion)
    throw bad("container version " + std::to_string(version) + " is not supported (this build reads " +
              std::to_string(kVersion) + "); update MDD-Net Inspector");
  const auto headerCrc = readLe<uint32_t>(bytes.data() + 12);
  const auto headerLen = readLe<uint64_t>(bytes.data() + 16);
  if (headerLen > bytes.size() - kFixedBytes)
    throw bad("truncated header (the file was cut short: copy or export it again)");
  const char* headerStart = bytes.data() + kFixedBytes;
  if (crc32(0, headerStart, headerLen) != headerCrc)
    throw bad("header checksum mismatch (the file is corrupt: copy or export it again)");

  TensorArchive a;
  a.path_ = path;
  try {
    a.header_ = nlohmann::json::parse(headerStart, headerStart + headerLen);
  } catch (const std::exception& e) {
    throw bad(std::string("header is not valid JSON: ") + e.what());
  }
  if (!a.header_.is_object() || !a.header_.contains("tensors") || !a.header_["tensors"].is_array() ||
      !a.header_.contains("data_crc32") || !a.header_.contains("data_bytes"))
    throw bad("header lacks the tensor table or data checksum");
  // Every number is checked for its JSON type before it is converted: a string throws
  // nlohmann's type_error and a float out of range is undefined behaviour (fuzz/).
  if (!a.header_["data_bytes"].is_number_unsigned() || !a.header_["data_crc32"].is_number_unsigned())
    throw bad("data_bytes or data_crc32 is not a non-negative integer");
  if (a.header_.contains("kind") && !a.header_["kind"].is_string())
    throw bad("\"kind\" is not a string");

  const uint64_t dataStart = align64(kFixedBytes + headerLen);
  const uint64_t dataBytes = a.header_["data_bytes"].get<uint64_t>();
  if (dataStart > bytes.size() || bytes.size() - dataStart < dataBytes)
    throw bad("truncated: " + std::to_string(dataBytes) + " bytes of tensor data expected, " +
              std::to_string(bytes.size() > dataStart ? bytes.size() - dataStart : 0) +
              " present (the file was cut short: copy or export it again)");
  if (bytes.size() - dataStart != dataBytes) throw bad("trailing bytes after the tensor data");
  if (crc32(0, bytes.data() + dataStart, dataBytes) != a.header_["data_crc32"].get<uint32_t>())
    throw bad("tensor data checksum mismatch (the file is corrupt: copy or export it again)");
  a.data_.assign(bytes.begin() + static_cast<std::ptrdiff_t>(dataStart), bytes.end());

  const auto& table = a.header_["tensors"];
  for (size_t i = 0; i < table.size(); ++i) {
    const auto& t = table[i];
    try {
      const auto name = t.at("name").get<std::string>();
      const auto* dt = dtypeByName(t.at("dtype").get<std::string>());
      if (!dt) throw bad("tensor '" + name + "' has unsupported dtype");
      const auto& shape = t.at("shape");
      if (!shape.is_array()) throw bad("tensor '" + name + "' has no shape array");
      uint64_t numel = 1, bound = 1;  // bound: the product with zero dimensions read as 1
      for (const auto& d : shape) {
        if (!d.is_number_integer()) throw bad("tensor '" + name + "' has a non-integer dimension");
        const auto v = d.get<int64_t>();
        if (v < 0) throw bad("tensor '" + name + "' has a negative dimension");
        const auto u = static_cast<uint64_t>(v);
        if (u > 1 && bound > static_cast<uint64_t>(INT64_MAX) / u)
          throw bad("tensor '" + name + "' has an impossibly large shape");
        bound *= u > 1 ? u : 1;
        numel *= u;
      }
      if (!t.at("offset").is_number_unsigned() || !t.at("nbytes").is_number_unsigned())
        throw bad("tensor '" + name + "' has an offset or size that is not a non-negative integer");
      const auto offset = t.at("offset").get<uint64_t>();
      const auto nbytes = t.at("nbytes").get<uint64_t>();
      if (numel > UINT64_MAX / dt->size || nbytes != numel * dt->size || offset > dataBytes ||
          dataBytes - offset < nbytes)
        throw bad("tensor '" + name + "' lies outside the data section");
      if (!a.index_.emplace(name, i).second) throw bad("tensor '" + name + "' appears twice");
    } catch (const nlohmann::json::exception& e) {
      throw bad(std::string("malformed tensor table entry: ") + e.what());
    }
  }
  return a;
}

std::string TensorArchive::kind() const { return header_.value("kind", std::string()); }

void TensorArchive::expectKind(const std::string& expected) const {
  if (kind() != expected)
    throw ArchiveError("'" + path_ + "' holds '" + kind() + "', not '" + expected +
                       "': choose the right file");
}

std::vector<std::string> TensorArchive::names() const {
  std::vector<std::string> out;
  for (const auto& t : header_["tensors"]) out.push_back(t["name"].get<std::string>());
  return out;
}

torch::Tensor TensorArchive::tensor(const std::string& name) const {
  const auto it = index_.find(name);
  if (it == index_.end())
    throw ArchiveError("'" + path_ + "' has no tensor named '" + name +
                       "' (the file belongs to another model or version)");
  const auto& t = header_["tensors"][it->second];
  const auto* dt = dtypeByName(t["dtype"].get<std::string>());
  const auto shape = t["shape"].get<std::vector<int64_t>>();
  const auto offset = t["offset"].get<uint64_t>();
  auto out = torch::empty(shape, torch::TensorOptions().dtype(dt->type).device(torch::kCPU));
  const auto nbytes = t["nbytes"].get<uint64_t>();
  if (nbytes > 0) std::memcpy(out.data_ptr(), data_.data() + offset, nbytes);  // empty: no data_ptr
  return out;
}

TensorArchiveWriter::TensorArchiveWriter(nlohmann::json meta) : meta_(std::move(meta)) {
  if (!meta_.is_object() || !meta_.contains("kind"))
    throw std::invalid_argument("a tensor archive header needs a \"kind\"");
}

void TensorArchiveWriter::add(const std::string& name, const torch::Tensor& tensor) {
  if (!dtypeByType(tensor.scalar_type()))
    throw std::invalid_argument("tensor '" + name + "': only float32, int64 and uint8 are stored");
  for (const auto& [n, t] : tensors_)
    if (n == name) throw std::invalid_argument("tensor '" + name + "' added twice");
  tensors_.emplace_back(name, tensor.detach().to(torch::kCPU).contiguous().clone());
}

void TensorArchiveWriter::write(const std::string& path) const {
  nlohmann::json header = meta_;
  header["tensors"] = nlohmann::json::array();
  std::vector<char> data;
  for (const auto& [name, t] : tensors_) {
    const auto* dt = dtypeByType(t.scalar_type());
    const uint64_t offset = align64(data.size());
    const uint64_t nbytes = static_cast<uint64_t>(t.numel()) * dt->size;
    data.resize(offset + nbytes, '\0');
    std::memcpy(data.data() + offset, t.data_ptr(), nbytes);
    header["tensors"].push_back({{"name", name}, {"dtype", dt->name},
                                 {"shape", t.sizes().vec()}, {"offset", offset}, {"nbytes", nbytes}});
  }
  header["data_bytes"] = data.size();
  header["data_crc32"] = crc32(0, data.data(), data.size());
  const std::string head = serializeHead(header);
  AtomicFileWriter out(path);
  out.write(head.data(), head.size());
  out.write(data.data(), data.size());
  out.commit();
}

void rewriteArchiveMetadata(const std::string& path, const nlohmann::json& newMeta) {
  const TensorArchive old = TensorArchive::open(path);
  nlohmann::json header = newMeta;
  for (const char* key : {"tensors", "data_bytes", "data_crc32"}) header[key] = old.header()[key];
  if (!header.contains("kind")) header["kind"] = old.kind();
  const std::string head = serializeHead(header);
  AtomicFileWriter out(path);
  out.write(head.data(), head.size());
  out.write(old.data().data(), old.data().size());
  out.commit();
}

}  // namespace mdd::io
