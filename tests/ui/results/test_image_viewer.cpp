// ImageViewer on a synthetic image, map, thresholds and mask: heat colours where the map
// is high, the original pixels at opacity 0, a red contour on the prediction and a white
// one on the truth, both views zooming and panning in step, the single-view toggle, and
// bad input shown as a message instead of a crash. Saves a screenshot to look at.
#include <QtTest>

#include <QCheckBox>
#include <QGraphicsView>
#include <QLabel>
#include <QScrollBar>
#include <QSlider>
#include <QToolButton>

#include <opencv2/imgproc.hpp>

#include "results/image_viewer.h"
#include "test_paths.h"

using namespace mddui;

namespace {

// Normalised pixel score = raw map value: threshold 0.5 sits at 0.5 on a [0, 1] range.
mdd::ClassThresholds unitThresholds() {
  mdd::ClassThresholds t;
  t.className = "leather";
  t.imageThreshold = t.pixelThreshold = 0.5;
  t.imageMin = t.pixelMin = 0.0;
  t.imageMax = t.pixelMax = 1.0;
  return t;
}

// 80x60 grey image; the map is 1 in the rectangle x 30..49, y 20..39 and 0 elsewhere; the
// ground truth is the rectangle x 5..24, y 5..14.
ViewerImage syntheticImage() {
  ViewerImage v;
  v.path = "/synthetic/part.png";
  v.image = cv::Mat(60, 80, CV_8UC3, cv::Scalar(100, 100, 100));
  v.rawMap = cv::Mat::zeros(60, 80, CV_32FC1);
  v.rawMap(cv::Rect(30, 20, 20, 20)).setTo(1.0f);
  v.groundTruth = cv::Mat::zeros(60, 80, CV_8UC1);
  v.groundTruth(cv::Rect(5, 5, 20, 10)).setTo(255);
  v.thresholds = unitThresholds();
  v.label = {"leather", mdd::Verdict::Defect, 0.87};
  return v;
}

// A textured 320x240 part with a smooth hot spot, for the screenshot.
ViewerImage prettyImage() {
  ViewerImage v;
  v.path = "/synthetic/pretty.png";
  v.image = cv::Mat(240, 320, CV_8UC3);
  for (int y = 0; y < v.image.rows; ++y)
    for (int x = 0; x < v.image.cols; ++x)
      v.image.at<cv::Vec3b>(y, x) = cv::Vec3b(static_cast<uchar>(90 + 40 * std::sin(x * 0.2)),
                                              static_cast<uchar>(110 + 30 * std::cos(y * 0.15)),
                                              static_cast<uchar>(120 + (x + y) % 40));
  v.rawMap = cv::Mat(240, 320, CV_32FC1);
  for (int y = 0; y < v.rawMap.rows; ++y)
    for (int x = 0; x < v.rawMap.cols; ++x)
      v.rawMap.at<float>(y, x) = static_cast<float>(
          0.15 + 0.85 * std::exp(-((x - 200) * (x - 200) + (y - 110) * (y - 110)) / 900.0));
  v.groundTruth = cv::Mat::zeros(240, 320, CV_8UC1);
  cv::circle(v.groundTruth, {205, 115}, 28, cv::Scalar(255), cv::FILLED);
  v.thresholds = unitThresholds();
  v.label = {"leather", mdd::Verdict::Defect, 0.87};
  return v;
}

}  // namespace

class TestImageViewer : public QObject {
  Q_OBJECT
 private slots:
  void defaults() {
    ImageViewer viewer;
    QVERIFY(viewer.findChild<QGraphicsView*>("originalView"));
    QVERIFY(viewer.findChild<QGraphicsView*>("overlayView"));
    QCOMPARE(viewer.findChild<QSlider*>("opacitySlider")->minimum(), 0);
    QCOMPARE(viewer.findChild<QSlider*>("opacitySlider")->maximum(), 100);
    QCOMPARE(viewer.opacityPercent(), 50);
    QVERIFY(viewer.isSideBySide());
    QVERIFY(viewer.findChild<QCheckBox*>("sideBySideCheck")->isChecked());
    QVERIFY(!viewer.hasImage());
    QVERIFY(viewer.overlayImage().isNull());
  }

  void overlay_heatContoursAndOpacity() {
    ImageViewer viewer;
    viewer.setImage(syntheticImage());
    const QImage overlay = viewer.overlayImage();
    QCOMPARE(overlay.size(), QSize(80, 60));
    QVERIFY(viewer.renderError().isEmpty());
    // Inside the high region: jet's top end, red dominant.
    const QColor hot = overlay.pixelColor(40, 30);
    QVERIFY2(hot.red() > hot.green() + 40 && hot.red() > hot.blue() + 40, qPrintable(hot.name()));
    // Where the map is 0: jet's bottom end, blue dominant.
    const QColor cold = overlay.pixelColor(70, 50);
    QVERIFY2(cold.blue() > cold.red() + 40 && cold.blue() > cold.green() + 40,
             qPrintable(cold.name()));
    // The predicted region's edge is outlined in pure red, the truth's in white.
    QCOMPARE(overlay.pixelColor(40, 20), QColor(255, 0, 0));
    QCOMPARE(overlay.pixelColor(30, 30), QColor(255, 0, 0));
    QCOMPARE(overlay.pixelColor(15, 5), QColor(255, 255, 255));
    QCOMPARE(overlay.pixelColor(5, 10), QColor(255, 255, 255));
    // The banner names verdict, class and operator score.
    auto* banner = viewer.findChild<QLabel*>("verdictBanner");
    QVERIFY(banner);
    QCOMPARE(banner->text(), QString("DEFECT · leather · 0.87"));

    // Opacity 0 (through the slider): the original pixels, only the contours drawn.
    viewer.findChild<QSlider*>("opacitySlider")->setValue(0);
    QCOMPARE(viewer.opacityPercent(), 0);
    const QImage plain = viewer.overlayImage();
    QCOMPARE(plain.pixelColor(40, 30), QColor(100, 100, 100));
    QCOMPARE(plain.pixelColor(70, 50), QColor(100, 100, 100));
    QCOMPARE(plain.pixelColor(40, 20), QColor(255, 0, 0));
    // Full opacity: pure jet colours (dark red at 1).
    viewer.setOpacityPercent(100);
    const QColor jetTop = viewer.overlayImage().pixelColor(40, 30);
    QVERIFY2(jetTop.red() >= 120 && jetTop.green() == 0 && jetTop.blue() == 0,
             qPrintable(jetTop.name()));
    QCOMPARE(viewer.originalImage().pixelColor(40, 30), QColor(100, 100, 100));
  }

  void viewsZoomAndPanTogether() {
    ImageViewer viewer;
    viewer.resize(900, 500);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.setImage(prettyImage());
    QGraphicsView* original = viewer.originalView();
    QGraphicsView* overlay = viewer.overlayView();
    const double fitted = original->transform().m11();
    QCOMPARE(overlay->transform().m11(), fitted);

    QTest::mouseClick(viewer.findChild<QToolButton*>("zoomInButton"), Qt::LeftButton);
    QVERIFY(original->transform().m11() > fitted * 1.2);
    QCOMPARE(overlay->transform().m11(), original->transform().m11());

    // Ctrl+wheel over one view zooms both.
    const double before = overlay->transform().m11();
    const QPointF at(original->viewport()->width() / 2.0, original->viewport()->height() / 2.0);
    QWheelEvent wheel(at, original->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(original->viewport(), &wheel);
    QVERIFY(original->transform().m11() > before * 1.2);
    QCOMPARE(overlay->transform().m11(), original->transform().m11());

    // Panning one view pans the other.
    viewer.setZoom(4.0);
    QVERIFY(original->horizontalScrollBar()->maximum() > 50);
    original->horizontalScrollBar()->setValue(37);
    original->verticalScrollBar()->setValue(21);
    QCOMPARE(overlay->horizontalScrollBar()->value(), 37);
    QCOMPARE(overlay->verticalScrollBar()->value(), 21);
    overlay->horizontalScrollBar()->setValue(55);
    QCOMPARE(original->horizontalScrollBar()->value(), 55);

    QTest::mouseClick(viewer.findChild<QToolButton*>("fitButton"), Qt::LeftButton);
    QVERIFY(std::abs(original->transform().m11() - fitted) < 1e-6);
    QCOMPARE(overlay->transform().m11(), original->transform().m11());
  }

  void toggleSwitchesSingleView() {
    ImageViewer viewer;
    viewer.resize(700, 400);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.setImage(syntheticImage());
    QVERIFY(viewer.originalView()->isVisible());
    QVERIFY(viewer.overlayView()->isVisible());
    // Leaving side by side shows the overlay alone; the toggle flips between the two.
    viewer.findChild<QCheckBox*>("sideBySideCheck")->setChecked(false);
    QVERIFY(viewer.overlayView()->isVisible());
    QVERIFY(!viewer.originalView()->isVisible());
    QTest::mouseClick(viewer.findChild<QToolButton*>("toggleOverlayButton"), Qt::LeftButton);
    QVERIFY(viewer.originalView()->isVisible());
    QVERIFY(!viewer.overlayView()->isVisible());
    viewer.toggleOverlay();
    QVERIFY(viewer.overlayView()->isVisible());
    QVERIFY(viewer.isShowingOverlay());
    // The zoom follows into the other view.
    viewer.setZoom(3.0);
    viewer.toggleOverlay();
    QCOMPARE(viewer.originalView()->transform().m11(), 3.0);
  }

  void badInput_isAMessageNotACrash() {
    ImageViewer viewer;
    ViewerImage wrong = syntheticImage();
    wrong.rawMap = cv::Mat::zeros(10, 10, CV_32FC1);  // not the image's size
    viewer.setImage(wrong);
    QVERIFY(!viewer.renderError().isEmpty());
    QVERIFY2(viewer.renderError().contains("/synthetic/part.png"),
             qPrintable(viewer.renderError()));
    QCOMPARE(viewer.overlayImage(), viewer.originalImage());
    QVERIFY(viewer.findChild<QLabel*>("verdictBanner")->text().contains(viewer.renderError()));

    ViewerImage unfitted = syntheticImage();
    unfitted.thresholds = mdd::ClassThresholds();  // NaN thresholds
    viewer.setImage(unfitted);
    QVERIFY(!viewer.renderError().isEmpty());
    viewer.setImage(syntheticImage());  // recovers
    QVERIFY(viewer.renderError().isEmpty());
    viewer.clear();
    QVERIFY(!viewer.hasImage());
    QVERIFY(viewer.overlayImage().isNull());
  }

  void screenshot() {
    ImageViewer viewer;
    viewer.resize(1000, 520);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.setImage(prettyImage());
    const QString file = QStringLiteral(MDD_TEST_WORK_DIR) + "/image_viewer.png";
    QDir().mkpath(QStringLiteral(MDD_TEST_WORK_DIR));
    QVERIFY(viewer.grab().save(file));
    viewer.setSideBySide(false);
    QTest::qWait(50);  // the layout and the re-fit of the single view
    QVERIFY(viewer.grab().save(QStringLiteral(MDD_TEST_WORK_DIR) + "/image_viewer_single.png"));
  }
};

QTEST_MAIN(TestImageViewer)
#include "test_image_viewer.moc"
