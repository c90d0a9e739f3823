#pragma once
// The review sheet as CSV: one line per queue row in queue order, reviewed or not, so the
// file shows what was decided and what is still open.
//
// Columns: path, class, score (raw), normalized_score (the operator score), model_verdict
// (good / defect / needs_review), decision (good / defect, empty when unreviewed), note,
// time (ISO 8601 UTC with milliseconds, empty when unreviewed). "\n" line ends, RFC 4180
// quoting (results/results_export.h), numbers at 9 significant digits.
#include <QHash>
#include <QString>
#include <QVector>

#include "project/project_records.h"
#include "results/inference_outcome.h"

namespace mddui {

QString reviewCsv(const QVector<ResultRow>& queue, const QHash<QString, ReviewLabel>& labels);

// Writes reviewCsv() atomically (QSaveFile): on failure an existing file is left as it was,
// `error` names the file and the fix, and it returns false.
bool writeReviewCsv(const QString& file, const QVector<ResultRow>& queue,
                    const QHash<QString, ReviewLabel>& labels, QString* error);

}  // namespace mddui
