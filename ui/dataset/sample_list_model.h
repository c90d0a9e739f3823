#pragma once
// The images of a dataset (or an inference run) as a flat list model for the browser:
// file name, thumbnail, tooltip, and custom roles the filter proxy and the tile delegate use.
#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QTimer>
#include <QVector>

#include "dataset/browser_sample.h"

namespace mdd {
struct Dataset;
}

namespace mddui {

class ThumbnailCache;

class SampleListModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Roles {
    PathRole = Qt::UserRole + 1,
    ClassRole,
    SplitRole,
    VerdictRole,
    ReviewRole,
    AnomalousRole,
    DefectTypeRole,
    ScoreRole,
    MaskPathRole,
    ThumbnailLoadedRole,  // bool: DecorationRole is the real thumbnail, not the placeholder
  };

  // Uses `cache` for thumbnails (not owned), or a cache of its own when null.
  explicit SampleListModel(QObject* parent = nullptr, ThumbnailCache* cache = nullptr);

  void setSamples(QVector<BrowserSample> samples);
  const QVector<BrowserSample>& samples() const { return samples_; }
  static QVector<BrowserSample> fromDataset(const mdd::Dataset& dataset);
  // A split ("train", "validation", "test") and a verdict or review label ("good",
  // "defect", "needs_review") in words.
  static QString splitText(const QString& split);
  static QString verdictText(const QString& verdict);

  // Update every row showing `path` (several rows may share a file). False when no row does.
  bool setVerdict(const QString& path, const QString& verdict, double score);
  bool setReview(const QString& path, const QString& review);

  const BrowserSample& sample(int row) const { return samples_.at(row); }
  const QString& fileName(int row) const { return fileNames_.at(row); }
  // The rows showing `path`; empty when none.
  QVector<int> rowsFor(const QString& path) const { return rows_.value(path); }
  QStringList classNames() const { return classNames_; }  // in first-seen order
  ThumbnailCache* thumbnailCache() const { return cache_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 private:
  void onThumbnailReady(const QString& path);
  void flushThumbnailUpdates();
  void emitRowsChanged(const QVector<int>& rows, const QList<int>& roles);

  ThumbnailCache* cache_;
  QVector<BrowserSample> samples_;
  QVector<QString> fileNames_;
  QHash<QString, QVector<int>> rows_;
  QStringList classNames_;
  QImage loading_;
  // Thumbnails arrive one by one; repaints are batched so a burst costs one layout pass.
  QSet<QString> readyPaths_;
  QTimer flushTimer_;
};

}  // namespace mddui
