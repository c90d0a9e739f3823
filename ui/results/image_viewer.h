#pragma once
// One result's image and its heatmap overlay (EVALUATION.md's convention: jet on the
// normalised map, predicted defects outlined red, ground truth white), side by side or as
// one view toggled between them. Both views zoom and pan in step, so a spot in one is the
// same spot in the other; the opacity slider re-renders the overlay live.
#include <QImage>
#include <QString>
#include <QWidget>

#include <opencv2/core.hpp>

#include "mdd/overlay.h"
#include "mdd/thresholds.h"

class QCheckBox;
class QGraphicsPixmapItem;
class QGraphicsView;
class QLabel;
class QSlider;
class QToolButton;

namespace mddui {

struct ViewerImage {
  QString path;
  cv::Mat image;        // CV_8UC3 BGR
  cv::Mat rawMap;       // CV_32FC1 of the image's size: InferenceResult::mapOriginal
  cv::Mat groundTruth;  // CV_8UC1 0/255 of the image's size, or empty when unknown
  mdd::ClassThresholds thresholds;
  mdd::OverlayLabel label;
};

class ImageViewer : public QWidget {
  Q_OBJECT
 public:
  explicit ImageViewer(QWidget* parent = nullptr);

  // Shows `image`. A map or mask that does not fit, or thresholds that are not fitted,
  // leave the overlay equal to the image and say why in the banner.
  void setImage(const ViewerImage& image);
  void clear();
  bool hasImage() const { return !image_.image.empty(); }
  const ViewerImage& image() const { return image_; }

  QImage originalImage() const { return original_; }
  QImage overlayImage() const { return overlay_; }
  QString bannerText() const;
  QString renderError() const { return renderError_; }  // empty when the overlay is drawn

  int opacityPercent() const;
  void setOpacityPercent(int percent);
  bool isSideBySide() const;
  void setSideBySide(bool on);
  bool isShowingOverlay() const { return showOverlay_; }  // the single view's content
  double zoom() const { return zoom_; }

  QGraphicsView* originalView() const { return originalView_; }
  QGraphicsView* overlayView() const { return overlayView_; }

 public slots:
  // Single view: switches between original and overlay. Side by side: leaves it for the
  // single view showing the overlay.
  void toggleOverlay();
  void zoomIn();
  void zoomOut();
  void fitToWindow();
  void setZoom(double factor);

 signals:
  void zoomChanged(double factor);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void buildUi();
  void renderOverlay();
  void updateBanner();
  void updateVisibility();
  void showZoom();
  static QString percentText(long percent);  // "50 %" in the current language
  // `source`'s transform and scroll position onto the other view.
  void syncFrom(QGraphicsView* source);
  void zoomBy(double factor, QGraphicsView* source);
  void afterZoom(QGraphicsView* source);
  QGraphicsView* visibleView() const;

  ViewerImage image_;
  QImage original_, overlay_;
  QString renderError_;
  bool showOverlay_ = true;
  bool fitMode_ = true;
  bool syncing_ = false;
  double zoom_ = 1.0;

  QLabel* banner_ = nullptr;
  QCheckBox* sideBySide_ = nullptr;
  QToolButton* toggle_ = nullptr;
  QToolButton* zoomInButton_ = nullptr;
  QToolButton* zoomOutButton_ = nullptr;
  QToolButton* fitButton_ = nullptr;
  QLabel* zoomLabel_ = nullptr;
  QSlider* opacity_ = nullptr;
  QLabel* opacityValue_ = nullptr;
  QWidget* originalPane_ = nullptr;
  QWidget* overlayPane_ = nullptr;
  QGraphicsView* originalView_ = nullptr;
  QGraphicsView* overlayView_ = nullptr;
  QGraphicsPixmapItem* originalItem_ = nullptr;
  QGraphicsPixmapItem* overlayItem_ = nullptr;
};

}  // namespace mddui

Q_DECLARE_METATYPE(mddui::ViewerImage)
