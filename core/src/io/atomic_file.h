#pragma once
// Atomic file replacement: write to a temporary file in the destination's folder,
// flush and fsync it, then rename it over the destination. A reader (or a crash) sees
// the old file or the new one, never a torn one. A failed write (full disk, I/O error)
// throws and leaves the destination untouched.
#include <cstddef>
#include <functional>
#include <string>

namespace mdd::io {

class AtomicFileWriter {
 public:
  explicit AtomicFileWriter(const std::string& destination);
  ~AtomicFileWriter();  // removes the temporary file unless commit() succeeded
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  void write(const void* data, size_t size);
  void commit();  // fsync, rename over the destination, fsync the folder
  const std::string& destination() const { return destination_; }

 private:
  [[noreturn]] void fail(const std::string& what, int err);
  std::string destination_;
  std::string tempPath_;
  int fd_ = -1;
  bool committed_ = false;
};

// Convenience: the whole content at once.
void writeFileAtomically(const std::string& path, const std::string& content);

// Removes the temporary files that writers of `destination` killed mid-write left beside
// it ("<name>.tmp-<pid>" whose process is gone). Lists the folder: for files saved again
// and again in a folder of their own, such as training checkpoints.
void removeStaleTemporaryFiles(const std::string& destination);

// Fault injection for tests of what a full disk or an I/O error does to a save. After
// `bytesAllowed` more bytes have gone through AtomicFileWriter::write() in this process,
// the write that crosses the limit writes what still fits and then fails with `error`
// (ENOSPC: the disk is full), as does every later write, until clearWriteFaultForTesting().
void injectWriteFaultForTesting(long long bytesAllowed, int error);
void clearWriteFaultForTesting();

}  // namespace mdd::io
