#include "dataset/thumbnail_cache.h"

#include <QImageReader>
#include <QMutexLocker>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <exception>

#include <opencv2/imgproc.hpp>

#include "common/image_convert.h"
#include "mdd/image_io.h"

namespace mddui {
namespace {

// A queue longer than this is requests for tiles the user has long scrolled past: the
// oldest are dropped and asked for again if they come back on screen.
constexpr int kMaxQueued = 4000;

QImage displayFormat(const QImage& image) {
  return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                       : QImage::Format_RGB32);
}

}  // namespace

ThumbnailCache::ThumbnailCache(QObject* parent, int size) : QObject(parent), size_(qMax(16, size)) {
  cache_.setMaxCost(3000);
  // Two decoders: enough to keep a scrolling view fed without starving the app's own work
  // (training, inference) of cores.
  pool_.setMaxThreadCount(2);
  pool_.setObjectName(QStringLiteral("thumbnailPool"));
}

ThumbnailCache::~ThumbnailCache() {
  {
    QMutexLocker lock(&mutex_);
    stopping_ = true;
    queue_.clear();
    queued_.clear();
  }
  pool_.waitForDone();  // results posted to `this` after this point are discarded with it
}

QImage ThumbnailCache::thumbnail(const QString& path) {
  if (const QImage* hit = cache_.object(path)) return *hit;
  if (path.isEmpty()) return brokenPlaceholder(size_);
  QMutexLocker lock(&mutex_);
  if (queued_.contains(path)) {  // still waiting: move it to the front of the line
    queue_.removeOne(path);
    queue_.append(path);
    return {};
  }
  if (inFlight_.contains(path)) return {};  // being decoded right now
  queue_.append(path);
  queued_.insert(path);
  inFlight_.insert(path);
  while (queue_.size() > kMaxQueued) {
    const QString dropped = queue_.takeFirst();
    queued_.remove(dropped);
    inFlight_.remove(dropped);
  }
  lock.unlock();
  pool_.start([this] { runOne(); });
  return {};
}

QImage ThumbnailCache::cached(const QString& path) const {
  const QImage* hit = cache_.object(path);
  return hit ? *hit : QImage();
}

QString ThumbnailCache::errorFor(const QString& path) const { return errors_.value(path); }

void ThumbnailCache::setThumbnailSize(int size) {
  size = qMax(16, size);
  if (size == size_) return;
  size_ = size;
  clear();
}

void ThumbnailCache::clear() {
  QMutexLocker lock(&mutex_);
  queue_.clear();
  queued_.clear();
  inFlight_.clear();
  ++epoch_;
  cache_.clear();
  errors_.clear();
}

int ThumbnailCache::pendingCount() const {
  QMutexLocker lock(&mutex_);
  return int(inFlight_.size());
}

void ThumbnailCache::runOne() {
  QMutexLocker lock(&mutex_);
  // One task is started per queued path, so there is a path for each task unless clear()
  // or the length cap removed it; then the task has nothing to do.
  if (stopping_ || queue_.isEmpty()) return;
  const QString path = queue_.takeLast();
  queued_.remove(path);
  const int size = size_;
  const quint64 epoch = epoch_;
  lock.unlock();

  Result r = decode(path, size);
  QMetaObject::invokeMethod(
      this, [this, path, size, r, epoch] { deliver(path, size, r.image, r.error, epoch); },
      Qt::QueuedConnection);
}

void ThumbnailCache::deliver(const QString& path, int size, const QImage& image,
                             const QString& error, quint64 epoch) {
  {
    QMutexLocker lock(&mutex_);
    if (epoch != epoch_ || size != size_) return;  // cleared or resized meanwhile
    inFlight_.remove(path);
  }
  cache_.insert(path, new QImage(image), 1);
  if (error.isEmpty())
    errors_.remove(path);
  else
    errors_.insert(path, error);
  emit thumbnailReady(path);
}

ThumbnailCache::Result ThumbnailCache::decode(const QString& path, int size) {
  // Fast path: Qt's readers, told the target size so JPEG decodes at a fraction of the
  // resolution. EXIF orientation is ignored like in the engine, so masks line up.
  QImageReader reader(path);
  reader.setAutoTransform(false);
  const QSize full = reader.size();
  if (full.isValid() && (full.width() > size || full.height() > size))
    reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
  QImage image = reader.read();
  if (!image.isNull()) {
    if (image.width() > size || image.height() > size)
      image = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return {displayFormat(image), {}};
  }
  // Slow path: the engine's reader knows 16-bit, float and odd channel layouts, and its
  // errors name the file and the problem.
  try {
    const cv::Mat bgr = mdd::readImage(path.toStdString());
    const double scale = std::min(1.0, double(size) / std::max(bgr.cols, bgr.rows));
    cv::Mat small = bgr;
    if (scale < 1.0)
      cv::resize(bgr, small,
                 cv::Size(std::max(1, int(bgr.cols * scale + 0.5)),
                          std::max(1, int(bgr.rows * scale + 0.5))),
                 0, 0, cv::INTER_AREA);
    return {displayFormat(toQImage(small)), {}};
  } catch (const std::exception& e) {
    return {brokenPlaceholder(size), QString::fromStdString(e.what())};
  }
}

QImage ThumbnailCache::loadingPlaceholder(int size) {
  QImage image(size, size, QImage::Format_RGB32);
  image.fill(QColor(0xd8, 0xd8, 0xd8));
  return image;
}

QImage ThumbnailCache::brokenPlaceholder(int size) {
  // Drawn without text: it is made on pool threads, where font rendering is best avoided.
  QImage image(size, size, QImage::Format_RGB32);
  image.fill(QColor(0xf2, 0xf2, 0xf2));
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing);
  const qreal s = size;
  // A sheet of paper with a torn lower edge and a red cross: the usual "broken image".
  QPainterPath sheet;
  sheet.moveTo(0.25 * s, 0.18 * s);
  sheet.lineTo(0.62 * s, 0.18 * s);
  sheet.lineTo(0.75 * s, 0.31 * s);
  sheet.lineTo(0.75 * s, 0.70 * s);
  sheet.lineTo(0.65 * s, 0.64 * s);
  sheet.lineTo(0.52 * s, 0.76 * s);
  sheet.lineTo(0.40 * s, 0.66 * s);
  sheet.lineTo(0.25 * s, 0.76 * s);
  sheet.closeSubpath();
  p.setPen(QPen(QColor(0x80, 0x80, 0x80), qMax(1.0, s / 48)));
  p.setBrush(Qt::white);
  p.drawPath(sheet);
  p.setPen(QPen(QColor(0xd0, 0x30, 0x30), qMax(2.0, s / 20), Qt::SolidLine, Qt::RoundCap));
  p.drawLine(QPointF(0.40 * s, 0.34 * s), QPointF(0.60 * s, 0.54 * s));
  p.drawLine(QPointF(0.60 * s, 0.34 * s), QPointF(0.40 * s, 0.54 * s));
  return image;
}

}  // namespace mddui
