#pragma once
// Where a command's result text goes: stdout, or a file given with --output.
#include <fstream>
#include <string>

namespace mdd::cli {

// A result text written piece by piece, so a long command need not hold it all: to stdout
// when `path` is empty, else to "<path>.part", renamed to `path` by commit() (an
// interrupted write never leaves half a file under the final name; the destructor removes
// the part file unless committed). Throws naming the file.
class TextOutputStream {
 public:
  explicit TextOutputStream(std::string path);
  ~TextOutputStream();
  TextOutputStream(const TextOutputStream&) = delete;
  TextOutputStream& operator=(const TextOutputStream&) = delete;

  void write(const std::string& text);
  void commit();

 private:
  void check();
  std::string path_;
  std::ofstream file_;
  bool committed_ = false;
};

// The whole text at once, through TextOutputStream.
void writeTextOutput(const std::string& text, const std::string& path);

// Throws UsageError unless `path`'s folder exists (so a long job does not fail at the end).
void requireParentFolder(const std::string& path, const std::string& option);

}  // namespace mdd::cli
