#pragma once
// The review panel's plain image (used when no overlay provider is set): reads the file off
// the GUI thread through the engine's reader (so 16-bit, grey and TIFF images look as the
// model saw them) and keeps it scaled to fit, aspect ratio kept, as the panel resizes.
// Only the latest request is shown: an image asked for while another loads replaces it.
#include <QFutureWatcher>
#include <QImage>
#include <QLabel>

namespace mddui {

class ReviewImageLabel : public QLabel {
  Q_OBJECT
 public:
  struct Loaded {
    QString path;
    QImage image;
    QString error;  // non-empty: the file could not be read, and why
  };

  explicit ReviewImageLabel(QWidget* parent = nullptr);

  // Starts loading `path`; shows it when it arrives (imageShown) or says why not.
  void showFile(const QString& path);
  // Shows `message` instead of an image.
  void showMessage(const QString& message);

  QString path() const { return path_; }   // the file asked for last
  QImage image() const { return image_; }  // the full-size image shown; null when none
  bool isLoading() const { return watcher_.isRunning(); }

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 signals:
  void imageShown(const QString& path);
  void loadFailed(const QString& path, const QString& error);

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  static Loaded load(const QString& path);
  void startLoad();
  void onLoaded();
  void rescale();

  QString path_;
  QString pendingPath_;  // asked for while another file loads
  QImage image_;
  QFutureWatcher<Loaded> watcher_;
};

}  // namespace mddui
