#pragma once
// Small previews of image files, decoded on a private thread pool so the GUI never waits
// for the disk. Callers ask for a thumbnail, get it at once when cached, and otherwise are
// told through thumbnailReady() when it has arrived.
#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>

namespace mddui {

class ThumbnailCache : public QObject {
  Q_OBJECT
 public:
  explicit ThumbnailCache(QObject* parent = nullptr, int size = 128);
  ~ThumbnailCache() override;

  // The cached thumbnail, or a null QImage after queueing a background load. Asking again
  // for a path that is still queued moves it to the front: the newest request is what the
  // user is looking at now. Unreadable files give a drawn "broken image" placeholder.
  QImage thumbnail(const QString& path);
  // Only what is cached; never queues a load.
  QImage cached(const QString& path) const;
  // The reason a file could not be read ("" when it could, or was not tried yet).
  QString errorFor(const QString& path) const;

  int thumbnailSize() const { return size_; }
  // Longest side in pixels of new thumbnails; drops the cache when it changes.
  void setThumbnailSize(int size);
  int maxEntries() const { return cache_.maxCost(); }
  int cachedCount() const { return cache_.size(); }  // thumbnails held now
  void setMaxEntries(int entries) { cache_.setMaxCost(entries); }
  // Forgets queued requests (those in flight still finish) and the cached images.
  void clear();
  // Number of requests queued or being decoded.
  int pendingCount() const;

  // A grey square, what views show while the real thumbnail loads.
  static QImage loadingPlaceholder(int size);
  // The picture shown for a file that cannot be read.
  static QImage brokenPlaceholder(int size);

 signals:
  void thumbnailReady(const QString& path);

 private:
  struct Result {
    QImage image;
    QString error;
  };
  static Result decode(const QString& path, int size);
  void runOne();  // pool thread: takes the newest queued path and decodes it
  void deliver(const QString& path, int size, const QImage& image, const QString& error,
               quint64 epoch);

  int size_;
  QCache<QString, QImage> cache_;
  QHash<QString, QString> errors_;
  QThreadPool pool_;

  mutable QMutex mutex_;  // guards the queue, shared with the pool threads
  QList<QString> queue_;  // newest at the back
  QSet<QString> queued_;
  QSet<QString> inFlight_;  // GUI-thread view: queued or decoding, not yet delivered
  quint64 epoch_ = 0;       // bumped by clear() / setThumbnailSize(): late results are dropped
  bool stopping_ = false;
};

}  // namespace mddui
