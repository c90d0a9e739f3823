#pragma once
// Helpers shared by the fuzz targets: a private scratch folder per process (the readers
// under test take paths, so each input is written to a file there first).
#include <unistd.h>

#include <cstddef>
#include <cstdlib>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace mddfuzz {

namespace fs = std::filesystem;

// $TMPDIR/mdd-fuzz-<pid>/, created on first use. libFuzzer's -fork / -jobs workers are
// separate processes, so they never share it.
inline const fs::path& scratchDir() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("mdd-fuzz-" + std::to_string(::getpid()));
    fs::remove_all(d);
    fs::create_directories(d);
    // Removed at a normal exit; a crash leaves it for a look at the last input's files.
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(fs::temp_directory_path(ec) / ("mdd-fuzz-" + std::to_string(::getpid())), ec);
    });
    return d;
  }();
  return dir;
}

// Writes `size` bytes to scratchDir()/name and returns the path.
inline std::string writeScratchFile(const std::string& name, const void* data, std::size_t size) {
  const fs::path path = scratchDir() / name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
  return path.string();
}

}  // namespace mddfuzz
