#pragma once
// Where a command's result text goes: stdout, or a file given with --output.
#include <string>

namespace mdd::cli {

// Writes `text` to `path` through a temporary file and a rename (an interrupted write
// never leaves half a file), or to stdout when `path` is empty. Throws naming the file.
void writeTextOutput(const std::string& text, const std::string& path);

// Throws UsageError unless `path`'s folder exists (so a long job does not fail at the end).
void requireParentFolder(const std::string& path, const std::string& option);

}  // namespace mdd::cli
