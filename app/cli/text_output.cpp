#include "text_output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <utility>

#include "args.h"

namespace mdd::cli {

TextOutputStream::TextOutputStream(std::string path) : path_(std::move(path)) {
  if (path_.empty()) return;
  file_.open(path_ + ".part", std::ios::binary | std::ios::trunc);
  check();
}

TextOutputStream::~TextOutputStream() {
  if (path_.empty() || committed_) return;
  file_.close();
  std::remove((path_ + ".part").c_str());
}

void TextOutputStream::check() {
  if (!path_.empty() && !file_)
    throw std::runtime_error("cannot write '" + path_ + "': " + std::strerror(errno));
}

void TextOutputStream::write(const std::string& text) {
  if (path_.empty()) {
    std::cout << text;
    return;
  }
  file_ << text;
  check();
}

void TextOutputStream::commit() {
  if (path_.empty()) {
    std::cout << std::flush;
    return;
  }
  file_.flush();
  check();
  file_.close();
  const std::string part = path_ + ".part";
  if (std::rename(part.c_str(), path_.c_str()) != 0)
    throw std::runtime_error("cannot write '" + path_ + "': " + std::strerror(errno));
  committed_ = true;
}

void writeTextOutput(const std::string& text, const std::string& path) {
  TextOutputStream out(path);
  out.write(text);
  out.commit();
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
