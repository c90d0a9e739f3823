#pragma once
// What an inference run gives the results panel: plain values that cross threads through
// queued signals (registered as Qt meta types), so no engine object leaves the worker.
#include <QMetaType>
#include <QString>
#include <QVector>

#include "mdd/image_io.h"

namespace mddui {

// One image of a run. Numbers are NaN where they do not apply (an unreadable file).
struct ResultRow {
  QString path;
  QString className;     // the class whose memory and thresholds were used
  QString defectType;    // dataset runs: "good" or the defect folder; empty for folders
  int groundTruth = -1;  // -1 unknown, 0 good, 1 defect
  QString maskPath;      // the ground-truth mask, when the dataset has one
  mdd::MaskRule maskRule = mdd::MaskRule::HalfScale;  // how to read maskPath (VisA: NonZero)
  double score = 0;                                   // raw image score
  double normalizedScore = 0;                         // operator score in [0, 1]
  QString verdict;  // good, defect, needs_review; empty when `error` is set
  QString error;    // why this image has no result
};

// The benchmark metrics of one class (fractions in [0, 1], NaN when undefined), or of the
// mean over classes in the row named "mean".
struct MetricsRow {
  QString className;
  double imageAuroc = 0, imageAp = 0, imageF1max = 0;
  double pixelAuroc = 0, pixelAp = 0, pixelF1max = 0;
  double auPro = 0;
  int images = 0;
  int defectImages = 0;
};

struct InferenceOutcome {
  bool ok = false;         // false: `error` says why the run could not be done
  bool cancelled = false;  // stopped by the user; `rows` hold the images done so far
  QString error;
  QString modelPath;
  QString source;  // the folder searched, or the split's name for dataset runs
  QVector<ResultRow> rows;
  QVector<MetricsRow> metrics;  // per class, then "mean"; empty without ground truth
  double seconds = 0;
};

}  // namespace mddui

Q_DECLARE_METATYPE(mddui::ResultRow)
Q_DECLARE_METATYPE(mddui::InferenceOutcome)
