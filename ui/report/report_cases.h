#pragma once
// The example images of a report, per class:
// - Detected: the highest-scoring true defects that the model called "defect";
// - FalseAlarm: the highest-scoring normal images (the false alarms, if any, come first);
// - Miss: the lowest-scoring defects (the misses, if any, come first), none already shown
//   as a detection.
// pick() chooses them from an inference run's rows (cheap, any thread); render() runs the
// model once more on those few images and draws their heatmap overlays (blocking: call it
// off the GUI thread).
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

#include "mdd/progress.h"
#include "results/inference_outcome.h"

namespace mddui {

class ModelCache;

enum class CaseKind { Detected, FalseAlarm, Miss };

struct ReportCase {
  QString className;
  CaseKind kind = CaseKind::Detected;
  ResultRow row;
  QImage overlay;  // heatmap overlay with contours and banner; null until rendered or on error
  QString error;   // why there is no overlay, naming the file
};

class ReportCases {
 public:
  // At most `perKind` of each kind for each class in `classNames`, in class order, then kind
  // order (Detected, FalseAlarm, Miss), then by score (highest first; misses lowest first).
  // Rows with an error or without ground truth are never picked.
  static QVector<ReportCase> pick(const QVector<ResultRow>& rows, const QStringList& classNames,
                                  int perKind);

  // Fills each case's overlay (or error). Overlays larger than maxSide pixels on their long
  // side are scaled down: shown about 200 px wide, 320 stays sharp in print while a report
  // of many classes stays a few tens of MB. Returns false with `error` naming the
  // model file when the model cannot be loaded or run; one unreadable image only sets that
  // case's error. Progress counts images.
  static bool render(QVector<ReportCase>& cases, ModelCache& models, const QString& modelPath,
                     double opacity, const mdd::ProgressFn& progress,
                     const mdd::CancelToken& cancel, QString* error, int maxSide = 320);

  static QString kindTitle(CaseKind kind);  // "Detected defects", ...
};

}  // namespace mddui
