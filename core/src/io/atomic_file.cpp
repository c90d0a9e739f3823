#include "io/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace mdd::io {

AtomicFileWriter::AtomicFileWriter(const std::string& destination) : destination_(destination) {
  tempPath_ = destination + ".tmp-" + std::to_string(::getpid());
  fd_ = ::open(tempPath_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) fail("cannot create", errno);
}

AtomicFileWriter::~AtomicFileWriter() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlink(tempPath_.c_str());
}

void AtomicFileWriter::fail(const std::string& what, int err) {
  std::string hint;
  if (err == ENOSPC || err == EDQUOT) hint = " (the disk is full: free space and save again)";
  if (err == EACCES || err == EROFS || err == EPERM)
    hint = " (no permission: choose another folder)";
  if (err == ENOENT) hint = " (the folder does not exist)";
  throw std::runtime_error(what + " '" + destination_ + "': " + std::strerror(err) + hint +
                           "; the previous file, if any, is unchanged");
}

void AtomicFileWriter::write(const void* data, size_t size) {
  const auto* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd_, p, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("cannot write", errno);
    }
    p += n;
    size -= static_cast<size_t>(n);
  }
}

void AtomicFileWriter::commit() {
  if (::fsync(fd_) != 0) fail("cannot flush", errno);
  if (::close(fd_) != 0) {
    fd_ = -1;
    fail("cannot close", errno);
  }
  fd_ = -1;
  if (::rename(tempPath_.c_str(), destination_.c_str()) != 0) fail("cannot replace", errno);
  committed_ = true;
  // Make the rename itself durable.
  const auto folder = std::filesystem::path(destination_).parent_path();
  const int dirFd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (dirFd >= 0) {
    ::fsync(dirFd);
    ::close(dirFd);
  }
}

void writeFileAtomically(const std::string& path, const std::string& content) {
  AtomicFileWriter writer(path);
  writer.write(content.data(), content.size());
  writer.commit();
}

}  // namespace mdd::io
