#include "report/report_data.h"

#include <QCoreApplication>

namespace mddui {
namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(ReportData)
};

}  // namespace

QStringList ReportData::classNames() const {
  QStringList names;
  for (const std::string& name : model.config.classNames) names << QString::fromStdString(name);
  // A folder run may name a class the header does not list (an older model file): keep it.
  for (const ResultRow& row : rows)
    if (!row.className.isEmpty() && !names.contains(row.className)) names << row.className;
  return names;
}

const mdd::ClassThresholds* ReportData::thresholdsFor(const QString& className) const {
  const std::string name = className.toStdString();
  for (const mdd::ClassThresholds& t : model.metadata.thresholds)
    if (t.className == name) return &t;
  // Thresholds are stored in class order; older files may leave className empty.
  const auto& classes = model.config.classNames;
  for (size_t i = 0; i < classes.size() && i < model.metadata.thresholds.size(); ++i)
    if (classes[i] == name && model.metadata.thresholds[i].className.empty())
      return &model.metadata.thresholds[i];
  return nullptr;
}

QVector<ResultRow> ReportData::scoredRows(const QString& className) const {
  QVector<ResultRow> out;
  for (const ResultRow& row : rows)
    if (row.className == className && row.error.isEmpty()) out.push_back(row);
  return out;
}

bool makeReportData(const InferenceOutcome& outcome, const QString& projectName, ReportData* out,
                    QString* error) {
  ReportData data;
  data.projectName = projectName;
  data.modelPath = outcome.modelPath;
  data.source = outcome.source;
  data.metrics = outcome.metrics;
  data.rows = outcome.rows;
  data.generatedAt = QDateTime::currentDateTime();
  try {
    data.model = mdd::readModelFileInfo(outcome.modelPath.toStdString());
  } catch (const std::exception& e) {
    if (error)
      *error = Text::tr(
                   "Cannot read the model file '%1': %2. Choose the model the results "
                   "came from and run it again.")
                   .arg(outcome.modelPath, QString::fromStdString(e.what()));
    return false;
  }
  if (out) *out = std::move(data);
  if (error) error->clear();
  return true;
}

}  // namespace mddui
