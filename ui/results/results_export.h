#pragma once
// Writing an inference run's rows (and metrics) as CSV or JSON. Both write atomically
// through QSaveFile: on failure an existing file is left as it was, `error` says why
// (naming the file) and the function returns false.
//
// CSV: a header line, then one line per row, "\n" line ends, RFC 4180 quoting (a field with
// a comma, quote or line break is quoted, quotes doubled); numbers at 9 significant digits,
// unknown ones empty. JSON: {"model": ..., "results": [...], "metrics": [...]}, numbers at
// full precision, unknown ones null; metrics as fractions like the CLI's (i_auroc, ...).
#include <QString>
#include <QVector>

#include "results/inference_outcome.h"

namespace mddui {

QString resultsCsv(const QVector<ResultRow>& rows);
QString resultsJson(const QVector<ResultRow>& rows, const QVector<MetricsRow>& metrics,
                    const QString& modelPath = QString());

bool writeResultsCsv(const QString& file, const QVector<ResultRow>& rows, QString* error);
bool writeResultsJson(const QString& file, const QVector<ResultRow>& rows,
                      const QVector<MetricsRow>& metrics, QString* error,
                      const QString& modelPath = QString());

// RFC 4180: quoted when it holds a comma, a quote, CR or LF; quotes doubled.
QString csvField(const QString& text);

}  // namespace mddui
