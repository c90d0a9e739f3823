#include "results/results_table_model.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <cmath>
#include <limits>

namespace mddui {
namespace {

QString number(double value, int decimals) {
  return std::isnan(value) ? QStringLiteral("–") : QLocale().toString(value, 'f', decimals);
}

}  // namespace

ResultsTableModel::ResultsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ResultsTableModel::setRows(const QVector<ResultRow>& rows, const QString& baseFolder) {
  beginResetModel();
  rows_ = rows;
  baseFolder_ = baseFolder;
  endResetModel();
}

QString ResultsTableModel::fileText(const ResultRow& row) const {
  const QString name = QFileInfo(row.path).fileName();
  if (!row.defectType.isEmpty()) return row.defectType + QLatin1Char('/') + name;
  if (!baseFolder_.isEmpty()) {
    const QString relative = QDir(baseFolder_).relativeFilePath(row.path);
    if (!relative.startsWith(QLatin1String(".."))) return relative;
  }
  return name;
}

void ResultsTableModel::clear() { setRows({}); }

bool ResultsTableModel::updateVerdicts(const QVector<ResultRow>& rows) {
  if (rows.size() != rows_.size()) return false;
  for (int r = 0; r < rows.size(); ++r)
    if (rows[r].path != rows_[r].path || rows[r].className != rows_[r].className) return false;
  for (int r = 0; r < rows.size(); ++r) {
    rows_[r].normalizedScore = rows[r].normalizedScore;
    rows_[r].verdict = rows[r].verdict;
  }
  if (!rows_.isEmpty())
    emit dataChanged(index(0, NormalizedColumn), index(rows_.size() - 1, VerdictColumn));
  return true;
}

int ResultsTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ResultsTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QString ResultsTableModel::verdictText(const QString& verdict) {
  if (verdict == QLatin1String("defect")) return tr("Defect");
  if (verdict == QLatin1String("needs_review")) return tr("Needs review");
  if (verdict == QLatin1String("good")) return tr("Good");
  return verdict.isEmpty() ? tr("Error") : verdict;
}

QColor ResultsTableModel::verdictColor(const QString& verdict) {
  if (verdict == QLatin1String("defect")) return QColor(198, 40, 40);
  if (verdict == QLatin1String("needs_review")) return QColor(230, 145, 20);
  if (verdict == QLatin1String("good")) return QColor(56, 142, 60);
  return QColor(110, 110, 110);
}

QVariant ResultsTableModel::displayValue(const ResultRow& row, int column) const {
  switch (column) {
    case FileColumn:
      return fileText(row);
    case ClassColumn:
      return row.className;
    case ScoreColumn:
      return row.error.isEmpty() ? number(row.score, 4) : QString();
    case NormalizedColumn:
      return row.error.isEmpty() ? number(row.normalizedScore, 3) : QString();
    case VerdictColumn:
      return row.error.isEmpty() ? verdictText(row.verdict) : tr("Error");
    case TruthColumn:
      if (row.groundTruth == 0) return tr("good");
      if (row.groundTruth == 1)
        return row.defectType.isEmpty() ? tr("defect") : tr("defect (%1)").arg(row.defectType);
      return QStringLiteral("–");
    default:
      return {};
  }
}

QVariant ResultsTableModel::sortValue(const ResultRow& row, int column) const {
  // Rows without a result sort below every score, whichever way the column is sorted.
  const double missing = -std::numeric_limits<double>::infinity();
  switch (column) {
    case FileColumn:
      return fileText(row);  // what the user reads, not the hidden prefix
    case ClassColumn:
      return row.className;
    case ScoreColumn:
      return row.error.isEmpty() && !std::isnan(row.score) ? row.score : missing;
    case NormalizedColumn:
      return row.error.isEmpty() && !std::isnan(row.normalizedScore) ? row.normalizedScore
                                                                     : missing;
    case VerdictColumn: {
      // Severity order: good < needs review < defect; errors first.
      if (!row.error.isEmpty()) return -1.0;
      if (row.verdict == QLatin1String("defect")) return 2.0;
      if (row.verdict == QLatin1String("needs_review")) return 1.0;
      return 0.0;
    }
    case TruthColumn:
      return static_cast<double>(row.groundTruth);
    default:
      return {};
  }
}

QVariant ResultsTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rows_.size()) return {};
  const ResultRow& row = rows_.at(index.row());
  const int column = index.column();
  switch (role) {
    case Qt::DisplayRole:
      return displayValue(row, column);
    case Qt::UserRole:
      return sortValue(row, column);
    case Qt::ToolTipRole:
      if (!row.error.isEmpty()) return row.error;
      return column == FileColumn ? row.path : QVariant();
    case Qt::TextAlignmentRole:
      if (column == ScoreColumn || column == NormalizedColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
      return {};
    case Qt::BackgroundRole:
      if (column == VerdictColumn)
        return QBrush(verdictColor(row.error.isEmpty() ? row.verdict : QString()));
      return {};
    case Qt::ForegroundRole:
      if (column == VerdictColumn) return QBrush(Qt::white);
      return {};
    default:
      return {};
  }
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case FileColumn:
      return tr("File");
    case ClassColumn:
      return tr("Class");
    case ScoreColumn:
      return tr("Score");
    case NormalizedColumn:
      return tr("Normalised");
    case VerdictColumn:
      return tr("Verdict");
    case TruthColumn:
      return tr("Truth");
    default:
      return {};
  }
}

}  // namespace mddui
