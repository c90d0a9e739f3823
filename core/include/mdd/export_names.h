#pragma once
// File names for exported results (overlays, masks) that can never leave the folder they
// are written to, whatever the input path held. Torch-free.
#include <set>
#include <string>

namespace mdd {

// A file-name stem made of [A-Za-z0-9._-] only: path separators and other characters
// become '_', runs of '_' collapse, leading dots and '_' go (no hidden files, no ".."), at
// most 120 characters; "unnamed" when nothing is left.
std::string safeFileStem(const std::string& text);

// Hands out distinct names in one folder: a stem already taken gets "-2", "-3", ...
class UniqueFileNames {
 public:
  // `extension` includes its dot, e.g. ".png". Names compare case-insensitively, so two
  // results stay distinct on case-insensitive file systems too.
  std::string claim(const std::string& text, const std::string& extension);

 private:
  std::set<std::string> taken_;  // lower-cased
};

}  // namespace mdd
