#include "results/results_export.h"

#include "common/atomic_write.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace mddui {
namespace {

QString csvNumber(double value) {
  return std::isfinite(value) ? QString::number(value, 'g', 9) : QString();
}

QJsonValue jsonNumber(double value) {
  return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonText(const QString& text) {
  return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject rowJson(const ResultRow& r) {
  QJsonObject o;
  o["path"] = r.path;
  o["class"] = jsonText(r.className);
  o["defect_type"] = jsonText(r.defectType);
  o["ground_truth"] = r.groundTruth < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(r.groundTruth);
  o["mask_path"] = jsonText(r.maskPath);
  const bool ok = r.error.isEmpty();
  o["score"] = ok ? jsonNumber(r.score) : QJsonValue(QJsonValue::Null);
  o["normalized_score"] = ok ? jsonNumber(r.normalizedScore) : QJsonValue(QJsonValue::Null);
  o["verdict"] = jsonText(ok ? r.verdict : QString());
  o["error"] = jsonText(r.error);
  return o;
}

QJsonObject metricsJson(const MetricsRow& m) {
  QJsonObject o;
  o["class"] = m.className;
  o["images"] = m.images;
  o["defect_images"] = m.defectImages;
  o["i_auroc"] = jsonNumber(m.imageAuroc);
  o["i_ap"] = jsonNumber(m.imageAp);
  o["i_f1max"] = jsonNumber(m.imageF1max);
  o["p_auroc"] = jsonNumber(m.pixelAuroc);
  o["p_ap"] = jsonNumber(m.pixelAp);
  o["p_f1max"] = jsonNumber(m.pixelF1max);
  o["au_pro"] = jsonNumber(m.auPro);
  return o;
}


}  // namespace

QString csvField(const QString& text) {
  if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
      !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
    return text;
  QString quoted = text;
  quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
  return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString resultsCsv(const QVector<ResultRow>& rows) {
  QString out = QStringLiteral(
      "path,class,defect_type,ground_truth,mask_path,score,normalized_score,verdict,error\n");
  for (const ResultRow& r : rows) {
    const bool ok = r.error.isEmpty();
    const QStringList fields = {csvField(r.path),
                                csvField(r.className),
                                csvField(r.defectType),
                                r.groundTruth < 0 ? QString() : QString::number(r.groundTruth),
                                csvField(r.maskPath),
                                ok ? csvNumber(r.score) : QString(),
                                ok ? csvNumber(r.normalizedScore) : QString(),
                                ok ? csvField(r.verdict) : QString(),
                                csvField(r.error)};
    out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
  }
  return out;
}

QString resultsJson(const QVector<ResultRow>& rows, const QVector<MetricsRow>& metrics,
                    const QString& modelPath) {
  QJsonArray results, classes;
  for (const ResultRow& r : rows) results.append(rowJson(r));
  for (const MetricsRow& m : metrics) classes.append(metricsJson(m));
  QJsonObject root;
  root["model"] = jsonText(modelPath);
  root["results"] = results;
  root["metrics"] = classes;
  return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

bool writeResultsCsv(const QString& file, const QVector<ResultRow>& rows, QString* error) {
  return writeFileAtomically(file, resultsCsv(rows).toUtf8(), error);
}

bool writeResultsJson(const QString& file, const QVector<ResultRow>& rows,
                      const QVector<MetricsRow>& metrics, QString* error,
                      const QString& modelPath) {
  return writeFileAtomically(file, resultsJson(rows, metrics, modelPath).toUtf8(), error);
}

}  // namespace mddui
