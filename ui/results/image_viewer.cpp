#include "results/image_viewer.h"

#include <QCheckBox>
#include <QEvent>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

#include "common/image_convert.h"
#include "common/retranslate.h"
#include "results/results_table_model.h"

namespace mddui {
namespace {

constexpr double kMinZoom = 0.02, kMaxZoom = 40.0, kZoomStep = 1.25;

QGraphicsView* makeView(QWidget* parent, const QString& name, QGraphicsPixmapItem** item) {
  auto* scene = new QGraphicsScene(parent);
  *item = scene->addPixmap(QPixmap());
  (*item)->setTransformationMode(Qt::SmoothTransformation);
  auto* view = new QGraphicsView(scene, parent);
  view->setObjectName(name);
  view->setBackgroundBrush(QColor(48, 48, 48));
  view->setDragMode(QGraphicsView::ScrollHandDrag);
  view->setTransformationAnchor(QGraphicsView::AnchorViewCenter);
  view->setResizeAnchor(QGraphicsView::AnchorViewCenter);
  view->setMinimumSize(160, 160);
  return view;
}

QWidget* makePane(QWidget* parent, const QString& name, QGraphicsView* view) {
  auto* pane = new QWidget(parent);
  pane->setObjectName(name);
  auto* layout = new QVBoxLayout(pane);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  auto* label = new QLabel(pane);
  label->setObjectName(name + QStringLiteral("Caption"));
  layout->addWidget(label);
  layout->addWidget(view, 1);
  return pane;
}

QToolButton* makeButton(QWidget* parent, const QString& name) {
  auto* button = new QToolButton(parent);
  button->setObjectName(name);
  button->setToolButtonStyle(Qt::ToolButtonTextOnly);
  return button;
}

}  // namespace

ImageViewer::ImageViewer(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("imageViewer"));
  qRegisterMetaType<mddui::ViewerImage>();
  buildUi();
  clear();
}

void ImageViewer::buildUi() {
  banner_ = new QLabel(this);
  banner_->setObjectName(QStringLiteral("verdictBanner"));
  banner_->setAlignment(Qt::AlignCenter);
  banner_->setWordWrap(true);
  banner_->setMargin(6);

  sideBySide_ = new QCheckBox(this);
  sideBySide_->setObjectName(QStringLiteral("sideBySideCheck"));
  sideBySide_->setChecked(true);
  toggle_ = makeButton(this, QStringLiteral("toggleOverlayButton"));
  zoomOutButton_ = makeButton(this, QStringLiteral("zoomOutButton"));
  zoomInButton_ = makeButton(this, QStringLiteral("zoomInButton"));
  fitButton_ = makeButton(this, QStringLiteral("fitButton"));
  zoomLabel_ = new QLabel(this);
  zoomLabel_->setObjectName(QStringLiteral("zoomLabel"));
  zoomLabel_->setMinimumWidth(
      zoomLabel_->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
  opacity_ = new QSlider(Qt::Horizontal, this);
  opacity_->setObjectName(QStringLiteral("opacitySlider"));
  opacity_->setRange(0, 100);
  opacity_->setValue(50);
  opacity_->setMinimumWidth(100);
  opacityValue_ = new QLabel(this);
  opacityValue_->setObjectName(QStringLiteral("opacityValueLabel"));
  opacityValue_->setMinimumWidth(
      opacityValue_->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));

  auto* controls = new QHBoxLayout;
  controls->addWidget(sideBySide_);
  controls->addWidget(toggle_);
  controls->addSpacing(12);
  controls->addWidget(zoomOutButton_);
  controls->addWidget(zoomInButton_);
  controls->addWidget(fitButton_);
  controls->addWidget(zoomLabel_);
  controls->addStretch(1);
  auto* opacityLabel = new QLabel(this);
  opacityLabel->setObjectName(QStringLiteral("opacityLabel"));
  opacityLabel->setBuddy(opacity_);
  controls->addWidget(opacityLabel);
  controls->addWidget(opacity_, 1);
  controls->addWidget(opacityValue_);

  originalView_ = makeView(this, QStringLiteral("originalView"), &originalItem_);
  overlayView_ = makeView(this, QStringLiteral("overlayView"), &overlayItem_);
  originalPane_ = makePane(this, QStringLiteral("originalPane"), originalView_);
  overlayPane_ = makePane(this, QStringLiteral("overlayPane"), overlayView_);
  auto* views = new QHBoxLayout;
  views->addWidget(originalPane_, 1);
  views->addWidget(overlayPane_, 1);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(banner_);
  layout->addLayout(controls);
  layout->addLayout(views, 1);

  connect(sideBySide_, &QCheckBox::toggled, this, [this] {
    showOverlay_ = true;
    updateVisibility();
  });
  connect(toggle_, &QToolButton::clicked, this, &ImageViewer::toggleOverlay);
  connect(zoomInButton_, &QToolButton::clicked, this, &ImageViewer::zoomIn);
  connect(zoomOutButton_, &QToolButton::clicked, this, &ImageViewer::zoomOut);
  connect(fitButton_, &QToolButton::clicked, this, &ImageViewer::fitToWindow);
  connect(opacity_, &QSlider::valueChanged, this, [this] { renderOverlay(); });
  for (QGraphicsView* view : {originalView_, overlayView_}) {
    view->viewport()->installEventFilter(this);
    for (QScrollBar* bar : {view->horizontalScrollBar(), view->verticalScrollBar()})
      connect(bar, &QScrollBar::valueChanged, this, [this, view] {
        if (!syncing_) syncFrom(view);
      });
  }
  updateVisibility();

  retranslate(this, [this, opacityLabel] {
    sideBySide_->setText(tr("Side by side"));
    sideBySide_->setToolTip(tr("Show the original and the overlay next to each other"));
    toggle_->setToolTip(tr("Switch the single view between the overlay and the original"));
    zoomOutButton_->setText(tr("Zoom out"));
    zoomOutButton_->setToolTip(tr("Zoom out (Ctrl+wheel zooms under the mouse)"));
    zoomInButton_->setText(tr("Zoom in"));
    zoomInButton_->setToolTip(tr("Zoom in (Ctrl+wheel zooms under the mouse)"));
    fitButton_->setText(tr("Fit"));
    fitButton_->setToolTip(tr("Fit the image to the window"));
    opacity_->setToolTip(tr("Weight of the heatmap over the image"));
    opacityLabel->setText(tr("Heatmap opacity"));
    findChild<QLabel*>(QStringLiteral("originalPaneCaption"))->setText(tr("Original"));
    findChild<QLabel*>(QStringLiteral("overlayPaneCaption"))
        ->setText(tr("Overlay: heatmap, predicted defect (red), ground truth (white)"));
    updateVisibility();  // the toggle's text
    showZoom();
    opacityValue_->setText(percentText(opacity_->value()));
    updateBanner();
  });
}

QString ImageViewer::percentText(long percent) {
  return tr("%1 %").arg(QLocale().toString(qlonglong(percent)));
}

void ImageViewer::showZoom() { zoomLabel_->setText(percentText(std::lround(zoom_ * 100))); }

void ImageViewer::setImage(const ViewerImage& image) {
  const bool sameSize = hasImage() && image.image.size() == image_.image.size();
  image_ = image;
  original_ = image_.image.empty() ? QImage() : toQImage(image_.image);
  originalItem_->setPixmap(QPixmap::fromImage(original_));
  const QRectF bounds(0, 0, original_.width(), original_.height());
  originalView_->scene()->setSceneRect(bounds);
  overlayView_->scene()->setSceneRect(bounds);
  renderOverlay();
  // The same zoom and place for an image of the same size: comparing a spot across
  // images is the common review task. A new size starts fitted.
  if (!sameSize) fitMode_ = true;
  if (fitMode_)
    fitToWindow();
  else
    syncFrom(visibleView());
}

void ImageViewer::clear() {
  image_ = ViewerImage();
  original_ = overlay_ = QImage();
  renderError_.clear();
  originalItem_->setPixmap(QPixmap());
  overlayItem_->setPixmap(QPixmap());
  originalView_->scene()->setSceneRect(QRectF());
  overlayView_->scene()->setSceneRect(QRectF());
  fitMode_ = true;
  updateBanner();
}

void ImageViewer::renderOverlay() {
  opacityValue_->setText(percentText(opacity_->value()));
  renderError_.clear();
  if (!hasImage()) return;
  try {
    if (image_.rawMap.empty())
      throw std::invalid_argument(tr("the result has no anomaly map").toStdString());
    mdd::OverlayOptions options;
    options.opacity = opacity_->value() / 100.0;
    options.banner = false;  // both views show the same pixels, aligned
    overlay_ = toQImage(mdd::renderOverlay(image_.image, image_.rawMap, image_.thresholds,
                                           image_.label, image_.groundTruth, options));
  } catch (const std::exception& e) {
    renderError_ = tr("No heatmap for '%1': %2. Fit the model's thresholds or run the model "
                      "again.")
                       .arg(image_.path, QString::fromStdString(e.what()));
    overlay_ = original_;
  }
  overlayItem_->setPixmap(QPixmap::fromImage(overlay_));
  updateBanner();
}

QString ImageViewer::bannerText() const { return banner_->text(); }

void ImageViewer::updateBanner() {
  if (!hasImage()) {
    banner_->setText(tr("No image selected"));
    banner_->setToolTip(QString());
    banner_->setStyleSheet(QStringLiteral("QLabel { background: #5a5a5a; color: white; }"));
    return;
  }
  const QString verdict = QString::fromLatin1(mdd::toString(image_.label.verdict));
  QString text = tr("%1 · %2 · %3")
                     .arg(ResultsTableModel::verdictText(verdict).toUpper(),
                          QString::fromStdString(image_.label.className),
                          QLocale().toString(image_.label.normalizedScore, 'f', 2));
  if (!renderError_.isEmpty()) text += QLatin1Char('\n') + renderError_;
  banner_->setText(text);
  banner_->setToolTip(image_.path);
  banner_->setStyleSheet(
      QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; }")
          .arg(ResultsTableModel::verdictColor(verdict).name()));
}

int ImageViewer::opacityPercent() const { return opacity_->value(); }
void ImageViewer::setOpacityPercent(int percent) {
  opacity_->setValue(std::clamp(percent, 0, 100));
}
bool ImageViewer::isSideBySide() const { return sideBySide_->isChecked(); }
void ImageViewer::setSideBySide(bool on) { sideBySide_->setChecked(on); }

void ImageViewer::toggleOverlay() {
  if (isSideBySide()) {
    setSideBySide(false);  // shows the overlay alone
    return;
  }
  showOverlay_ = !showOverlay_;
  updateVisibility();
}

void ImageViewer::updateVisibility() {
  QGraphicsView* before = visibleView();
  const bool both = isSideBySide();
  originalPane_->setVisible(both || !showOverlay_);
  overlayPane_->setVisible(both || showOverlay_);
  toggle_->setText(both || showOverlay_ ? tr("Show original") : tr("Show overlay"));
  if (before != visibleView()) syncFrom(before);
}

QGraphicsView* ImageViewer::visibleView() const {
  return isSideBySide() || showOverlay_ ? overlayView_ : originalView_;
}

void ImageViewer::syncFrom(QGraphicsView* source) {
  if (syncing_) return;
  QGraphicsView* target = source == originalView_ ? overlayView_ : originalView_;
  syncing_ = true;
  target->setTransform(source->transform());
  if (target->viewport()->size() == source->viewport()->size()) {
    target->horizontalScrollBar()->setValue(source->horizontalScrollBar()->value());
    target->verticalScrollBar()->setValue(source->verticalScrollBar()->value());
  } else {
    target->centerOn(source->mapToScene(source->viewport()->rect().center()));
  }
  syncing_ = false;
}

void ImageViewer::zoomIn() { zoomBy(kZoomStep, visibleView()); }
void ImageViewer::zoomOut() { zoomBy(1.0 / kZoomStep, visibleView()); }

void ImageViewer::setZoom(double factor) {
  QGraphicsView* view = visibleView();
  zoomBy(factor / std::max(zoom_, 1e-9), view);
}

void ImageViewer::zoomBy(double factor, QGraphicsView* source) {
  const double target = std::clamp(zoom_ * factor, kMinZoom, kMaxZoom);
  const double step = target / std::max(zoom_, 1e-9);
  fitMode_ = false;
  source->scale(step, step);
  afterZoom(source);
}

void ImageViewer::fitToWindow() {
  fitMode_ = true;
  QGraphicsView* view = visibleView();
  if (original_.isNull()) {
    view->resetTransform();
  } else {
    view->fitInView(originalItem_->boundingRect(), Qt::KeepAspectRatio);
  }
  afterZoom(view);
}

void ImageViewer::afterZoom(QGraphicsView* source) {
  zoom_ = source->transform().m11();
  syncFrom(source);
  // Crisp pixels when zoomed in (inspecting defects), smooth when zoomed out.
  const auto mode = zoom_ >= 1.0 ? Qt::FastTransformation : Qt::SmoothTransformation;
  originalItem_->setTransformationMode(mode);
  overlayItem_->setTransformationMode(mode);
  showZoom();
  emit zoomChanged(zoom_);
}

bool ImageViewer::eventFilter(QObject* watched, QEvent* event) {
  QGraphicsView* view = watched == originalView_->viewport()  ? originalView_
                        : watched == overlayView_->viewport() ? overlayView_
                                                              : nullptr;
  if (!view) return QWidget::eventFilter(watched, event);
  if (event->type() == QEvent::Wheel) {
    auto* wheel = static_cast<QWheelEvent*>(event);
    if (wheel->modifiers() & Qt::ControlModifier) {
      view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
      zoomBy(std::pow(1.0015, wheel->angleDelta().y()), view);
      view->setTransformationAnchor(QGraphicsView::AnchorViewCenter);
      return true;
    }
  } else if (event->type() == QEvent::Resize && view == visibleView()) {
    if (fitMode_)
      fitToWindow();
    else
      syncFrom(view);
  }
  return QWidget::eventFilter(watched, event);
}

}  // namespace mddui
