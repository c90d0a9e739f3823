#pragma once
// Datasets: which images exist, their class, split, label and mask, read from the folder
// layouts in common use (MVTec AD, VisA, a plain folder). Torch-free. docs/DATA.md has the
// exact layout rules.
#include <cstdint>
#include <string>
#include <vector>

#include "mdd/data_error.h"
#include "mdd/image_io.h"

namespace mdd {

enum class Split { Train, Validation, Test };
const char* splitName(Split split);  // "train", "validation", "test"

struct Sample {
  std::string path;      // absolute
  std::string maskPath;  // absolute; empty for normal images and when no usable mask exists
  MaskRule maskRule = MaskRule::HalfScale;  // how to binarise maskPath (NonZero for VisA)
  std::string className;
  Split split = Split::Train;
  bool isAnomalous = false;
  std::string defectType;  // "good" for normal images; the defect folder / "anomaly" otherwise
};

struct Dataset {
  std::vector<std::string> classNames;  // in the order the sources were given
  std::vector<Sample> samples;          // sorted by class, split, defect type, path

  int classIndex(const std::string& className) const;  // -1 when unknown
  std::vector<Sample> select(Split split, const std::string& className = {}) const;
  std::size_t count(Split split, const std::string& className = {}) const;
};

enum class DatasetLayout {
  Auto,           // detect: VisA, MVTec AD (one category or many), folder
  MvtecMulti,     // root/<category>/{train/good, test/<type>, ground_truth/<type>}
  MvtecCategory,  // root/{train/good, test/<type>, ground_truth/<type>}
  Visa,           // root/split_csv/1cls.csv
  Folder,         // root/good, root/<defect>..., optional root/masks/<defect> (or ground_truth)
};
const char* layoutName(DatasetLayout layout);

// The layout a root folder holds; Auto when none matches. Throws DataError when the root
// does not exist or is not a folder.
DatasetLayout detectLayout(const std::string& root);

struct DatasetSource {
  std::string root;
  DatasetLayout layout = DatasetLayout::Auto;
  // Class name for the single-class layouts (MvtecCategory, Folder); default: the root's
  // folder name. Ignored by the multi-class layouts.
  std::string className;
  // Multi-class layouts: load only these categories (empty: all).
  std::vector<std::string> categories;
};

enum class ImageCheck {
  None,    // trust the listing: no file is opened while loading
  Header,  // read each image's and mask's size (PNG/JPEG from the header, others decoded):
           // finds unreadable files and masks whose size differs from their image
  Decode,  // fully decode every file: also finds truncated image data; slow
};

enum class DuplicateClasses {
  Reject,  // a second class of the same name is an error; its samples are left out
  Rename,  // the second becomes "<name>_2" (then _3, ...), with a warning
};

struct DatasetOptions {
  // Share of each class's normal training images moved to the validation split.
  double validationFraction = 0.1;
  // Folder layout only: share of good/ images held out as normal test images.
  double folderTestFraction = 0.2;
  std::uint64_t seed = 0;  // validation and folder test picks; the same seed, the same split
  ImageCheck check = ImageCheck::Header;
  DuplicateClasses duplicates = DuplicateClasses::Reject;
  bool fatal = false;  // throw DataError (with the report's text) when the report has errors
};

struct LoadIssue {
  enum class Severity { Warning, Error };
  Severity severity = Severity::Error;
  std::string path;  // the file or folder concerned
  std::string message;
};

struct LoadReport {
  std::vector<LoadIssue> issues;

  void error(const std::string& path, const std::string& message);
  void warning(const std::string& path, const std::string& message);
  bool hasErrors() const;
  std::size_t errorCount() const;
  // One line per issue ("error: <path>: <message>"), at most maxLines then a count.
  std::string format(std::size_t maxLines = 50) const;
};

// Reads and combines the sources into one multi-class dataset (class = category). Problems
// with single files or folders go to `report` and loading carries on with the rest; a
// missing root throws DataError naming it and the expected layouts.
Dataset loadDataset(const std::vector<DatasetSource>& sources, const DatasetOptions& options,
                    LoadReport& report);
Dataset loadDataset(const std::string& root, const DatasetOptions& options, LoadReport& report);

}  // namespace mdd
