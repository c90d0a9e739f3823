#pragma once
// What a model report is made of: the model file's header (configuration, thresholds,
// training summary) and one inference run's rows and metrics. Plain values, so a copy can go
// to the report's worker thread.
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include "mdd/model.h"
#include "results/inference_outcome.h"

namespace mddui {

struct ReportData {
  QString projectName;          // shown in the title block; may be empty
  QString modelPath;            // the model file the rows came from
  mdd::ModelFileInfo model;     // its header: config, thresholds, training summary
  QString source;               // what was run: a split name or a folder
  QVector<MetricsRow> metrics;  // per class, then "mean"; empty without ground truth
  QVector<ResultRow> rows;      // one per image
  QDateTime generatedAt;

  // The model's classes in its order, then any class that only the rows name.
  QStringList classNames() const;
  // The stored thresholds of a class, or nullptr when the model has none for it.
  const mdd::ClassThresholds* thresholdsFor(const QString& className) const;
  // The rows of one class that have a result (rows with an error are left out).
  QVector<ResultRow> scoredRows(const QString& className) const;
};

// Fills `out` from an inference run: reads the model file's header (not its weights) and
// stamps the current time. Returns false with `error` naming the model file when its header
// cannot be read.
bool makeReportData(const InferenceOutcome& outcome, const QString& projectName, ReportData* out,
                    QString* error);

}  // namespace mddui
