#pragma once
// One image as the dataset browser shows it: where it comes from, and what inference and a
// reviewer said about it. Plain value; the browser's model holds a vector of them.
#include <QString>
#include <QtNumeric>

namespace mddui {

struct BrowserSample {
  QString path;  // absolute; also the key for verdict / review / thumbnail updates
  QString className;
  QString split;       // "train", "validation", "test"
  QString defectType;  // "good" for normal images
  bool anomalous = false;
  QString maskPath;
  QString verdict;  // "", "good", "defect", "needs_review"
  QString review;   // "", "good", "defect"
  double score = qQNaN();
};

}  // namespace mddui
