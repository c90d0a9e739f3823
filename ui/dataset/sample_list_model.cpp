#include "dataset/sample_list_model.h"

#include <QLocale>

#include <algorithm>

#include "dataset/thumbnail_cache.h"
#include "mdd/dataset.h"

namespace mddui {
namespace {

// Rows closer than this are repainted as one range: cheaper than many tiny signals when
// thousands of rows share a few files, and harmless (a repaint of an unchanged tile).
constexpr int kMergeGap = 64;
constexpr int kMaxRanges = 16;

}  // namespace

SampleListModel::SampleListModel(QObject* parent, ThumbnailCache* cache)
    : QAbstractListModel(parent), cache_(cache ? cache : new ThumbnailCache(this)) {
  loading_ = ThumbnailCache::loadingPlaceholder(cache_->thumbnailSize());
  flushTimer_.setSingleShot(true);
  flushTimer_.setInterval(30);
  connect(&flushTimer_, &QTimer::timeout, this, &SampleListModel::flushThumbnailUpdates);
  connect(cache_, &ThumbnailCache::thumbnailReady, this, &SampleListModel::onThumbnailReady);
}

void SampleListModel::setSamples(QVector<BrowserSample> samples) {
  beginResetModel();
  samples_ = std::move(samples);
  fileNames_.clear();
  fileNames_.reserve(samples_.size());
  rows_.clear();
  rows_.reserve(samples_.size());
  classNames_.clear();
  QSet<QString> seen;
  for (int row = 0; row < samples_.size(); ++row) {
    const BrowserSample& s = samples_.at(row);
    fileNames_.push_back(s.path.mid(s.path.lastIndexOf(QLatin1Char('/')) + 1));
    rows_[s.path].push_back(row);
    if (!seen.contains(s.className)) {
      seen.insert(s.className);
      classNames_ << s.className;
    }
  }
  readyPaths_.clear();
  loading_ = ThumbnailCache::loadingPlaceholder(cache_->thumbnailSize());
  endResetModel();
}

QVector<BrowserSample> SampleListModel::fromDataset(const mdd::Dataset& dataset) {
  QVector<BrowserSample> out;
  out.reserve(int(dataset.samples.size()));
  for (const mdd::Sample& s : dataset.samples) {
    BrowserSample b;
    b.path = QString::fromStdString(s.path);
    b.className = QString::fromStdString(s.className);
    b.split = QString::fromLatin1(mdd::splitName(s.split));
    b.defectType = QString::fromStdString(s.defectType);
    b.anomalous = s.isAnomalous;
    b.maskPath = QString::fromStdString(s.maskPath);
    out.push_back(std::move(b));
  }
  return out;
}

bool SampleListModel::setVerdict(const QString& path, const QString& verdict, double score) {
  const auto it = rows_.constFind(path);
  if (it == rows_.constEnd()) return false;
  for (int row : *it) {
    samples_[row].verdict = verdict;
    samples_[row].score = score;
  }
  // All roles: the filter proxy re-filters only for changes it is told may matter.
  emitRowsChanged(*it, {});
  return true;
}

bool SampleListModel::setReview(const QString& path, const QString& review) {
  const auto it = rows_.constFind(path);
  if (it == rows_.constEnd()) return false;
  for (int row : *it) samples_[row].review = review;
  emitRowsChanged(*it, {});
  return true;
}

int SampleListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : int(samples_.size());
}

QString SampleListModel::splitText(const QString& split) {
  if (split == QLatin1String("train")) return tr("train");
  if (split == QLatin1String("validation")) return tr("validation");
  if (split == QLatin1String("test")) return tr("test");
  return split;
}

QString SampleListModel::verdictText(const QString& verdict) {
  if (verdict == QLatin1String("good")) return tr("good");
  if (verdict == QLatin1String("defect")) return tr("defect");
  if (verdict == QLatin1String("needs_review")) return tr("needs review");
  return verdict;
}

QVariant SampleListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= samples_.size()) return {};
  const BrowserSample& s = samples_.at(index.row());
  switch (role) {
    case Qt::DisplayRole:
      return fileNames_.at(index.row());
    case Qt::DecorationRole: {
      const QImage thumb = cache_->thumbnail(s.path);  // queues a load when missing
      return thumb.isNull() ? loading_ : thumb;
    }
    case ThumbnailLoadedRole:
      return !cache_->cached(s.path).isNull();
    case Qt::ToolTipRole: {
      QString tip = tr("%1\nClass: %2\nSplit: %3").arg(s.path, s.className, splitText(s.split));
      if (!s.defectType.isEmpty() && s.defectType != QLatin1String("good"))
        tip += tr("\nDefect type: %1").arg(s.defectType);
      if (!s.verdict.isEmpty()) {
        tip += tr("\nVerdict: %1").arg(verdictText(s.verdict));
        if (!qIsNaN(s.score)) tip += tr("\nScore: %1").arg(QLocale().toString(s.score, 'f', 4));
      }
      if (!s.review.isEmpty()) tip += tr("\nReviewed as: %1").arg(verdictText(s.review));
      const QString error = cache_->errorFor(s.path);
      if (!error.isEmpty()) tip += tr("\nCannot be read: %1").arg(error);
      return tip;
    }
    case PathRole:
      return s.path;
    case ClassRole:
      return s.className;
    case SplitRole:
      return s.split;
    case VerdictRole:
      return s.verdict;
    case ReviewRole:
      return s.review;
    case AnomalousRole:
      return s.anomalous;
    case DefectTypeRole:
      return s.defectType;
    case ScoreRole:
      return s.score;
    case MaskPathRole:
      return s.maskPath;
    default:
      return {};
  }
}

QHash<int, QByteArray> SampleListModel::roleNames() const {
  QHash<int, QByteArray> names = QAbstractListModel::roleNames();
  names.insert(PathRole, "path");
  names.insert(ClassRole, "className");
  names.insert(SplitRole, "split");
  names.insert(VerdictRole, "verdict");
  names.insert(ReviewRole, "review");
  names.insert(AnomalousRole, "anomalous");
  names.insert(DefectTypeRole, "defectType");
  names.insert(ScoreRole, "score");
  names.insert(MaskPathRole, "maskPath");
  names.insert(ThumbnailLoadedRole, "thumbnailLoaded");
  return names;
}

void SampleListModel::onThumbnailReady(const QString& path) {
  if (!rows_.contains(path)) return;
  readyPaths_.insert(path);
  if (!flushTimer_.isActive()) flushTimer_.start();
}

void SampleListModel::flushThumbnailUpdates() {
  QVector<int> rows;
  for (const QString& path : std::as_const(readyPaths_)) rows += rows_.value(path);
  readyPaths_.clear();
  emitRowsChanged(rows, {Qt::DecorationRole, Qt::ToolTipRole, ThumbnailLoadedRole});
}

void SampleListModel::emitRowsChanged(const QVector<int>& rowsIn, const QList<int>& roles) {
  if (rowsIn.isEmpty()) return;
  QVector<int> rows = rowsIn;
  std::sort(rows.begin(), rows.end());
  QVector<QPair<int, int>> ranges{{rows.front(), rows.front()}};
  for (int row : rows) {
    if (row - ranges.back().second > kMergeGap)
      ranges.push_back({row, row});
    else
      ranges.back().second = row;
  }
  // Many scattered rows (thousands of rows over a few files): one signal over their span
  // costs the proxy and view far less than hundreds of small ones.
  if (ranges.size() > kMaxRanges) ranges = {{rows.front(), rows.back()}};
  for (const auto& [first, last] : ranges) emit dataChanged(index(first), index(last), roles);
}

}  // namespace mddui
