#pragma once
// Folder-walking helpers shared by the dataset readers.
#include <filesystem>
#include <string>
#include <vector>

#include "mdd/dataset.h"

namespace mdd::data {

namespace fs = std::filesystem;

// The one warning a dataset (or class) without any pixel masks gets, from every reader.
inline constexpr const char* kNoPixelMasks = "no pixel masks: image-level metrics only";

// What one reader found under one root, before file checks and the validation split.
struct ReadResult {
  std::vector<std::string> classNames;
  std::vector<Sample> samples;  // split is Train or Test
};

// .png .jpg .jpeg .bmp .tif .tiff .webp .pgm .ppm .pbm .pnm, any letter case.
bool hasImageExtension(const fs::path& file);

// Regular image files directly in `dir`, sorted by name; hidden files (".x") are skipped.
std::vector<fs::path> listImages(const fs::path& dir);

// Sub-folders of `dir`, sorted by name; hidden ones are skipped.
std::vector<fs::path> listFolders(const fs::path& dir);

bool isFolder(const fs::path& p);

// The mask of image `stem` inside `maskDir`: "<stem>_mask.<ext>" first, then "<stem>.<ext>",
// for every image extension. Empty when there is none.
fs::path findMask(const fs::path& maskDir, const std::string& stem);

// Absolute, normalised path as a string.
std::string absolutePath(const fs::path& p);

// The name a single-class root gets by default: its last folder name.
std::string folderName(const fs::path& root);

Sample makeSample(const fs::path& image, const std::string& className, Split split,
                  const std::string& defectType);

}  // namespace mdd::data
