#include "text_output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>

#include "args.h"

namespace mdd::cli {

void writeTextOutput(const std::string& text, const std::string& path) {
  if (path.empty()) {
    std::cout << text << std::flush;
    return;
  }
  const std::string temporary = path + ".part";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out)
      throw std::runtime_error("cannot write '" + path + "': " + std::strerror(errno));
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    std::remove(temporary.c_str());
    throw std::runtime_error("cannot write '" + path + "': " + reason);
  }
}

void requireParentFolder(const std::string& path, const std::string& option) {
  namespace fs = std::filesystem;
  const fs::path parent = fs::absolute(fs::path(path)).parent_path();
  std::error_code ec;
  if (!fs::is_directory(parent, ec))
    throw UsageError("option --" + option + ": folder '" + parent.string() + "' does not exist");
  if (fs::is_directory(fs::path(path), ec))
    throw UsageError("option --" + option + ": '" + path + "' is a folder, give a file name");
}

}  // namespace mdd::cli
