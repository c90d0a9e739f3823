#pragma once
// The review queue: an inference run's rows ordered so the operator's time goes where the
// model is least sure. needs_review rows come first, then every row by how close its
// operator score is to the decision point 0.5 (|normalizedScore - 0.5| ascending), ties by
// path so the order never depends on the run's order. Rows with an error have no verdict to
// review and are left out. Each row shows its review label (ProjectStore::reviewLabels());
// "unreviewed only" hides the rows that have one, and brings a row back when its label is
// undone.
#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <optional>

#include "project/project_records.h"
#include "results/inference_outcome.h"

namespace mddui {

class ReviewQueueModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { FileColumn, ClassColumn, ScoreColumn, VerdictColumn, DecisionColumn, ColumnCount };
  enum Role { PathRole = Qt::UserRole + 1 };

  explicit ReviewQueueModel(QObject* parent = nullptr);

  // True when `a` is reviewed before `b` (the queue's order, see above).
  static bool queueLess(const ResultRow& a, const ResultRow& b);

  void setRows(const QVector<ResultRow>& rows);
  // Every label of the project; those of paths not in the queue are kept for later rows.
  void setLabels(const QHash<QString, ReviewLabel>& labels);
  // One path's label after a decision, or none after undoing its first decision.
  void setLabel(const QString& path, const std::optional<ReviewLabel>& label);
  std::optional<ReviewLabel> label(const QString& path) const;
  const QHash<QString, ReviewLabel>& labels() const { return labels_; }

  void setUnreviewedOnly(bool on);
  bool unreviewedOnly() const { return unreviewedOnly_; }

  // The whole queue in order, whatever the filter hides.
  const QVector<ResultRow>& queue() const { return queue_; }
  int totalCount() const { return static_cast<int>(queue_.size()); }
  int reviewedCount() const;
  bool isReviewed(const QString& path) const { return labels_.contains(path); }

  // Rows as the view shows them (after the filter).
  const ResultRow& rowAt(int row) const;
  QString pathAt(int row) const;
  int rowOf(const QString& path) const;  // -1 when absent or hidden by the filter
  // The view row `step` (+1 / -1) away from `path`, clamped to the rows shown; from a path
  // the filter hides, the nearest shown row on that side. -1 when no row is shown.
  int stepFrom(const QString& path, int step) const;
  const ResultRow* find(const QString& path) const;  // nullptr when not in the queue
  // The first unreviewed row after `path` in queue order, wrapping around to the start;
  // an empty `path` starts at the top. Empty when every row is reviewed.
  QString nextUnreviewed(const QString& path = QString()) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

  static QString decisionText(const QString& decision);
  // "<defect type>/<file name>" (dataset file names repeat across defect folders), or the
  // file name.
  static QString displayName(const ResultRow& row);
  // displayName() of the queued row of `path`, or the file name of a path not queued.
  QString displayName(const QString& path) const;

 private:
  bool visibleInFilter(int queueIndex) const;
  void rebuildVisible();
  QVariant displayValue(const ResultRow& row, int column) const;

  QVector<ResultRow> queue_;
  QHash<QString, int> indexOfPath_;  // path -> index into queue_
  QHash<QString, ReviewLabel> labels_;
  QVector<int> visible_;  // ascending indices into queue_, the rows the view shows
  bool unreviewedOnly_ = false;
};

}  // namespace mddui
