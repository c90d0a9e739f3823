#include "io/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace mdd::io {
namespace {

// Fault injection (tests only): bytes still allowed, or -1 for no fault.
std::atomic<long long> faultBudget{-1};
std::atomic<int> faultErrno{ENOSPC};

// How many of `size` bytes a write may pass before the injected fault; size when none.
size_t bytesBeforeFault(size_t size) {
  long long budget = faultBudget.load();
  while (budget >= 0) {
    const long long pass = std::min<long long>(budget, static_cast<long long>(size));
    if (faultBudget.compare_exchange_weak(budget, budget - pass)) return static_cast<size_t>(pass);
  }
  return size;
}

}  // namespace

void removeStaleTemporaryFiles(const std::string& destination) {
  namespace fs = std::filesystem;
  const fs::path target(destination);
  const std::string prefix = target.filename().string() + ".tmp-";
  std::error_code ec;
  fs::directory_iterator it(target.parent_path().empty() ? fs::path(".") : target.parent_path(),
                            ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string digits = name.substr(prefix.size());
    if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos)
      continue;
    const pid_t pid = static_cast<pid_t>(std::stol(digits));
    if (pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH) continue;  // still alive
    std::error_code ignored;
    fs::remove(it->path(), ignored);
  }
}

void injectWriteFaultForTesting(long long bytesAllowed, int error) {
  faultErrno = error;
  faultBudget = std::max(0LL, bytesAllowed);
}

void clearWriteFaultForTesting() { faultBudget = -1; }

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
  const size_t allowed = bytesBeforeFault(size);
  size_t left = allowed;  // a full disk takes what still fits, then refuses the rest
  while (left > 0) {
    const ssize_t n = ::write(fd_, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("cannot write", errno);
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  if (allowed < size) fail("cannot write", faultErrno.load());
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
