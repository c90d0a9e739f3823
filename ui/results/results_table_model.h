#pragma once
// The rows of an inference run as a table: File, Class, Score, Normalised, Verdict, Truth.
// Qt::UserRole gives each cell's raw value for sorting (numbers as double), so a
// QSortFilterProxyModel with sortRole Qt::UserRole sorts scores numerically.
#include <QAbstractTableModel>
#include <QVector>

#include "results/inference_outcome.h"

namespace mddui {

class ResultsTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column {
    FileColumn,
    ClassColumn,
    ScoreColumn,
    NormalizedColumn,
    VerdictColumn,
    TruthColumn,
    ColumnCount
  };

  explicit ResultsTableModel(QObject* parent = nullptr);

  // `baseFolder`: a folder run's folder, so the File column shows paths below it. Dataset
  // rows show "<defect type>/<file>", as their file names repeat across defect folders.
  void setRows(const QVector<ResultRow>& rows, const QString& baseFolder = QString());
  void clear();
  // New normalised scores and verdicts for the same rows in the same order (thresholds
  // moved): updates those cells in place, so sorting and selection stay. Returns false,
  // changing nothing, when `rows` are not the same images.
  bool updateVerdicts(const QVector<ResultRow>& rows);
  const QVector<ResultRow>& rows() const { return rows_; }
  const ResultRow& row(int index) const { return rows_.at(index); }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

  // The display text and colour of a verdict ("defect", "needs_review", "good"), shared
  // with the viewer's banner so both speak the same words.
  static QString verdictText(const QString& verdict);
  static QColor verdictColor(const QString& verdict);

 private:
  QVariant displayValue(const ResultRow& row, int column) const;
  QString fileText(const ResultRow& row) const;
  QVariant sortValue(const ResultRow& row, int column) const;

  QVector<ResultRow> rows_;
  QString baseFolder_;
};

}  // namespace mddui
