#include "review/review_queue_model.h"

#include <QBrush>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

#include "results/results_table_model.h"

namespace mddui {
namespace {

// Distance from the decision point; rows without a usable score go to the end.
double uncertainty(const ResultRow& row) {
  return std::isfinite(row.normalizedScore) ? std::abs(row.normalizedScore - 0.5)
                                            : std::numeric_limits<double>::infinity();
}

bool needsReview(const ResultRow& row) { return row.verdict == QLatin1String("needs_review"); }

}  // namespace

ReviewQueueModel::ReviewQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

bool ReviewQueueModel::queueLess(const ResultRow& a, const ResultRow& b) {
  if (needsReview(a) != needsReview(b)) return needsReview(a);
  const double ua = uncertainty(a), ub = uncertainty(b);
  if (ua != ub) return ua < ub;
  return a.path < b.path;
}

void ReviewQueueModel::setRows(const QVector<ResultRow>& rows) {
  beginResetModel();
  queue_.clear();
  indexOfPath_.clear();
  for (const ResultRow& row : rows) {
    // A row with an error has no verdict to confirm; a repeated path would get two rows
    // for one label.
    if (!row.error.isEmpty() || row.path.isEmpty() || indexOfPath_.contains(row.path)) continue;
    indexOfPath_.insert(row.path, 0);
    queue_.push_back(row);
  }
  std::stable_sort(queue_.begin(), queue_.end(), &ReviewQueueModel::queueLess);
  for (int i = 0; i < queue_.size(); ++i) indexOfPath_[queue_[i].path] = i;
  rebuildVisible();
  endResetModel();
}

void ReviewQueueModel::setLabels(const QHash<QString, ReviewLabel>& labels) {
  beginResetModel();
  labels_ = labels;
  rebuildVisible();
  endResetModel();
}

void ReviewQueueModel::setLabel(const QString& path, const std::optional<ReviewLabel>& label) {
  if (label)
    labels_.insert(path, *label);
  else
    labels_.remove(path);
  const auto found = indexOfPath_.constFind(path);
  if (found == indexOfPath_.constEnd()) return;
  const int queueIndex = *found;
  const auto pos = std::lower_bound(visible_.begin(), visible_.end(), queueIndex);
  const int row = static_cast<int>(pos - visible_.begin());
  const bool shown = pos != visible_.end() && *pos == queueIndex;
  const bool shouldShow = visibleInFilter(queueIndex);
  if (shown && !shouldShow) {
    beginRemoveRows({}, row, row);
    visible_.erase(visible_.begin() + row);
    endRemoveRows();
  } else if (!shown && shouldShow) {
    beginInsertRows({}, row, row);
    visible_.insert(row, queueIndex);
    endInsertRows();
  } else if (shown) {
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
  }
}

std::optional<ReviewLabel> ReviewQueueModel::label(const QString& path) const {
  const auto found = labels_.constFind(path);
  if (found == labels_.constEnd()) return std::nullopt;
  return *found;
}

void ReviewQueueModel::setUnreviewedOnly(bool on) {
  if (on == unreviewedOnly_) return;
  beginResetModel();
  unreviewedOnly_ = on;
  rebuildVisible();
  endResetModel();
}

int ReviewQueueModel::reviewedCount() const {
  return static_cast<int>(std::count_if(queue_.begin(), queue_.end(), [this](const ResultRow& r) {
    return labels_.contains(r.path);
  }));
}

const ResultRow& ReviewQueueModel::rowAt(int row) const { return queue_.at(visible_.at(row)); }

QString ReviewQueueModel::pathAt(int row) const {
  return row >= 0 && row < visible_.size() ? rowAt(row).path : QString();
}

int ReviewQueueModel::rowOf(const QString& path) const {
  const auto found = indexOfPath_.constFind(path);
  if (found == indexOfPath_.constEnd()) return -1;
  const auto pos = std::lower_bound(visible_.begin(), visible_.end(), *found);
  if (pos == visible_.end() || *pos != *found) return -1;
  return static_cast<int>(pos - visible_.begin());
}

int ReviewQueueModel::stepFrom(const QString& path, int step) const {
  const int shown = static_cast<int>(visible_.size());
  if (shown == 0) return -1;
  const auto found = indexOfPath_.constFind(path);
  if (found == indexOfPath_.constEnd()) return step > 0 ? 0 : shown - 1;
  const auto pos = std::lower_bound(visible_.begin(), visible_.end(), *found);
  const int at = static_cast<int>(pos - visible_.begin());
  const bool isShown = pos != visible_.end() && *pos == *found;
  const int target = step > 0 ? (isShown ? at + step : at + step - 1) : at + step;
  return std::clamp(target, 0, shown - 1);
}

const ResultRow* ReviewQueueModel::find(const QString& path) const {
  const auto found = indexOfPath_.constFind(path);
  return found == indexOfPath_.constEnd() ? nullptr : &queue_[*found];
}

QString ReviewQueueModel::nextUnreviewed(const QString& path) const {
  const int n = static_cast<int>(queue_.size());
  const int start = path.isEmpty() ? 0 : indexOfPath_.value(path, -1) + 1;
  for (int k = 0; k < n; ++k) {
    const ResultRow& row = queue_[(start + k) % n];
    if (!labels_.contains(row.path)) return row.path;
  }
  return {};
}

bool ReviewQueueModel::visibleInFilter(int queueIndex) const {
  return !unreviewedOnly_ || !labels_.contains(queue_[queueIndex].path);
}

void ReviewQueueModel::rebuildVisible() {
  visible_.clear();
  for (int i = 0; i < queue_.size(); ++i)
    if (visibleInFilter(i)) visible_.push_back(i);
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(visible_.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewQueueModel::decisionText(const QString& decision) {
  if (decision == QLatin1String("good")) return tr("Good");
  if (decision == QLatin1String("defect")) return tr("Defect");
  return decision;
}

QString ReviewQueueModel::displayName(const ResultRow& row) {
  const QString name = QFileInfo(row.path).fileName();
  return row.defectType.isEmpty() ? name : row.defectType + QLatin1Char('/') + name;
}

QString ReviewQueueModel::displayName(const QString& path) const {
  const ResultRow* row = find(path);
  return row ? displayName(*row) : QFileInfo(path).fileName();
}

QVariant ReviewQueueModel::displayValue(const ResultRow& row, int column) const {
  switch (column) {
    case FileColumn:
      return displayName(row);
    case ClassColumn:
      return row.className;
    case ScoreColumn:
      return std::isfinite(row.normalizedScore) ? QLocale().toString(row.normalizedScore, 'f', 3)
                                                : QStringLiteral("–");
    case VerdictColumn:
      return ResultsTableModel::verdictText(row.verdict);
    case DecisionColumn: {
      const auto found = labels_.constFind(row.path);
      return found == labels_.constEnd() ? QString() : decisionText(found->decision);
    }
    default:
      return {};
  }
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= visible_.size()) return {};
  const ResultRow& row = rowAt(index.row());
  switch (role) {
    case Qt::DisplayRole:
      return displayValue(row, index.column());
    case PathRole:
      return row.path;
    case Qt::ToolTipRole:
      if (index.column() == FileColumn) return row.path;
      if (index.column() == ScoreColumn)
        return tr("Operator score %1 (raw %2); %3 is the class's threshold")
            .arg(QLocale().toString(row.normalizedScore, 'f', 3),
                 QLocale().toString(row.score, 'g', 5), QLocale().toString(0.5, 'f', 1));
      if (index.column() == DecisionColumn) {
        const auto found = labels_.constFind(row.path);
        if (found != labels_.constEnd() && !found->note.isEmpty()) return found->note;
      }
      return {};
    case Qt::ForegroundRole:
      if (index.column() == VerdictColumn)
        return QBrush(ResultsTableModel::verdictColor(row.verdict));
      if (index.column() == DecisionColumn) {
        const auto found = labels_.constFind(row.path);
        if (found != labels_.constEnd())
          return QBrush(ResultsTableModel::verdictColor(found->decision));
      }
      return {};
    case Qt::TextAlignmentRole:
      if (index.column() == ScoreColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      return {};
    default:
      return {};
  }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case FileColumn:
      return tr("File");
    case ClassColumn:
      return tr("Class");
    case ScoreColumn:
      return tr("Score");
    case VerdictColumn:
      return tr("Model verdict");
    case DecisionColumn:
      return tr("Decision");
    default:
      return {};
  }
}

}  // namespace mddui
