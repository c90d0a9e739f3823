#pragma once
// A small multi-class dataset in the MVTec AD layout, generated from real texture images
// (GIMP patterns from Debian's gimp-data) with painted defects and exact masks, so that the
// whole product can be tried without downloading anything. Torch-free.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "mdd/data_error.h"
#include "mdd/textures.h"

namespace mdd {

struct DemoDatasetOptions {
  int classes = 4;       // 1..8
  int imageSize = 256;   // square images, 32..1024 px
  int trainGood = 50;    // per class
  int testGood = 12;     // per class
  int testDefects = 25;  // per class, dealt round-robin over the five defect kinds
  std::uint64_t seed = 1;
  std::string patternDir = kGimpPatternDir;
};

struct DemoClassInfo {
  std::string name;                      // e.g. "leather"
  std::string patternFile;               // the GIMP pattern its surface is made of
  std::vector<std::string> defectKinds;  // the test/<kind> folders written
};

struct DemoDatasetSummary {
  std::string root;
  std::vector<DemoClassInfo> classes;
  int images = 0;
  int masks = 0;
};

// The defect kinds painted, also the test/ and ground_truth/ folder names.
const std::vector<std::string>& demoDefectKinds();  // scratch crack hole stain foreign_patch

// Writes <dir>/<class>/{train/good, test/good, test/<kind>, ground_truth/<kind>}/NNN.png
// (+ NNN_mask.png) and a README.txt. The same options give the same bytes. `dir` must not
// exist or be empty. Throws DataError when no GIMP pattern is found (install gimp-data) or
// a file cannot be written. `progress(done, total)` is called after each image.
DemoDatasetSummary makeDemoDataset(const std::string& dir, const DemoDatasetOptions& options = {},
                                   const std::function<void(int, int)>& progress = {});

}  // namespace mdd
