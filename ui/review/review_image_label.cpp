#include "review/review_image_label.h"

#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QResizeEvent>
#include <QtConcurrent>

#include <exception>

#include "common/image_convert.h"
#include "mdd/image_io.h"

namespace mddui {

ReviewImageLabel::ReviewImageLabel(QWidget* parent) : QLabel(parent) {
  setObjectName(QStringLiteral("reviewImage"));
  setAlignment(Qt::AlignCenter);
  setWordWrap(true);
  // Ignored: the pixmap is rescaled to the label, so it must not push the layout wider.
  setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
  setAutoFillBackground(true);
  setBackgroundRole(QPalette::Dark);
  setForegroundRole(QPalette::BrightText);
  connect(&watcher_, &QFutureWatcher<Loaded>::finished, this, &ReviewImageLabel::onLoaded);
}

QSize ReviewImageLabel::sizeHint() const { return {480, 400}; }
QSize ReviewImageLabel::minimumSizeHint() const { return {160, 120}; }

ReviewImageLabel::Loaded ReviewImageLabel::load(const QString& path) {
  Loaded out{path, {}, {}};
  try {
    out.image = toQImage(mdd::readImage(QDir::toNativeSeparators(path).toStdString()));
  } catch (const std::exception& e) {
    out.error = QString::fromLocal8Bit(e.what());
  }
  return out;
}

void ReviewImageLabel::showFile(const QString& path) {
  path_ = path;
  image_ = QImage();
  setPixmap(QPixmap());
  setText(tr("Loading %1…").arg(QFileInfo(path).fileName()));
  pendingPath_ = path;
  if (!watcher_.isRunning()) startLoad();
}

void ReviewImageLabel::showMessage(const QString& message) {
  path_.clear();
  pendingPath_.clear();
  image_ = QImage();
  setPixmap(QPixmap());
  setText(message);
}

void ReviewImageLabel::startLoad() {
  const QString path = pendingPath_;
  pendingPath_.clear();
  // The task captures only the path, so it never touches this widget from the pool.
  watcher_.setFuture(QtConcurrent::run([path] { return load(path); }));
}

void ReviewImageLabel::onLoaded() {
  const Loaded loaded = watcher_.result();
  if (!pendingPath_.isEmpty()) {  // the user has moved on: load what is wanted now
    startLoad();
    return;
  }
  if (loaded.path != path_) return;
  if (!loaded.error.isEmpty()) {
    setPixmap(QPixmap());
    setText(tr("Cannot show this image: %1").arg(loaded.error));
    emit loadFailed(loaded.path, loaded.error);
    return;
  }
  image_ = loaded.image;
  setText(QString());
  rescale();
  emit imageShown(loaded.path);
}

void ReviewImageLabel::resizeEvent(QResizeEvent* event) {
  QLabel::resizeEvent(event);
  rescale();
}

void ReviewImageLabel::rescale() {
  if (image_.isNull()) return;
  const QSize room = contentsRect().size();
  if (room.isEmpty()) return;
  // Small images (64-px test sets) are enlarged too, without smoothing so pixels stay crisp.
  const bool enlarge = image_.width() < room.width() && image_.height() < room.height();
  setPixmap(QPixmap::fromImage(image_.scaled(
      room, Qt::KeepAspectRatio, enlarge ? Qt::FastTransformation : Qt::SmoothTransformation)));
}

}  // namespace mddui
