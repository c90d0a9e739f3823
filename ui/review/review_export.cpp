#include "review/review_export.h"

#include "common/atomic_write.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

#include <cmath>

#include "results/results_export.h"

namespace mddui {
namespace {

QString number(double value) {
  return std::isfinite(value) ? QString::number(value, 'g', 9) : QString();
}

}  // namespace

QString reviewCsv(const QVector<ResultRow>& queue, const QHash<QString, ReviewLabel>& labels) {
  QString out =
      QStringLiteral("path,class,score,normalized_score,model_verdict,decision,note,time\n");
  for (const ResultRow& row : queue) {
    const auto found = labels.constFind(row.path);
    const bool reviewed = found != labels.constEnd();
    const QStringList fields{
        csvField(row.path),
        csvField(row.className),
        number(row.score),
        number(row.normalizedScore),
        csvField(row.verdict),
        reviewed ? csvField(found->decision) : QString(),
        reviewed ? csvField(found->note) : QString(),
        reviewed && found->decidedAt.isValid()
            ? found->decidedAt.toUTC().toString(Qt::ISODateWithMs)
            : QString(),
    };
    out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
  }
  return out;
}

bool writeReviewCsv(const QString& file, const QVector<ResultRow>& queue,
                    const QHash<QString, ReviewLabel>& labels, QString* error) {
  return writeFileAtomically(file, reviewCsv(queue, labels).toUtf8(), error);
}

}  // namespace mddui
