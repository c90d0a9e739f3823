// The whole Inspector flow on a small demo dataset, driven through the window's own actions
// and widgets: create a project, add a dataset, train a tiny model, run it on the test split,
// open an image, move the opacity slider; then the project as stored in its database.
#include <QAction>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include "dataset/dataset_browser.h"
#include "dataset/dataset_import_dialog.h"
#include "dataset/sample_filter_proxy.h"
#include "dataset/sample_list_model.h"
#include "event_loop_meter.h"
#include "main/main_window.h"
#include "main/project_session.h"
#include "main/screenshot_tour.h"
#include "mdd/demo_dataset.h"
#include "mdd/image_io.h"
#include "project/project_store.h"
#include "results/image_viewer.h"
#include "results/inference_job.h"
#include "results/results_panel.h"
#include "results/results_table_model.h"
#include "report/report_dialog.h"
#include "report/report_outcome.h"
#include "review/review_panel.h"
#include "thresholds/threshold_workbench.h"
#include "mdd/model.h"
#include "test_paths.h"
#include "training/training_job.h"
#include "training/training_panel.h"

using mddui::MainWindow;

namespace {

int setSpin(QWidget& root, const char* name, int value) {
  auto* spin = root.findChild<QSpinBox*>(name);
  if (!spin) return -1;
  spin->setValue(value);
  return spin->value();
}

}  // namespace

class TestInspectorFlow : public QObject {
  Q_OBJECT
 private slots:
  void wholeFlowThroughTheWindow() {
    const QString work = mddtest::freshWorkDir("inspector_flow");
    mdd::DemoDatasetOptions demo;
    demo.classes = 2;
    demo.imageSize = 64;
    demo.trainGood = 8;
    demo.testGood = 3;
    demo.testDefects = 5;
    mdd::makeDemoDataset((work + "/demo").toStdString(), demo);
    const QString projectFile = work + "/flow.mddproj";

    MainWindow w;
    w.setPathPrompter([&](MainWindow::PathPrompt kind) {
      return kind == MainWindow::PathPrompt::NewProject ? projectFile : QString();
    });
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    // 1. New project (Ctrl+N).
    w.findChild<QAction*>("actionNewProject")->trigger();
    QVERIFY(w.session().isOpen());
    QVERIFY(QFileInfo::exists(projectFile));

    // 2. Add dataset (Ctrl+D): the import dialog detects the layout and lists the classes.
    w.findChild<QAction*>("actionAddDataset")->trigger();
    auto* dialog = w.findChild<mddui::DatasetImportDialog*>();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &mddui::DatasetImportDialog::loadFinished);
    dialog->setFolder(work + "/demo");
    QVERIFY(loaded.wait(30000));
    QVERIFY(loaded.takeFirst().at(0).toBool());
    QCOMPARE(dialog->dataset().classNames.size(), size_t{2});
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(w.session().dataset().classNames.size(), size_t{2}, 30000);
    QCOMPARE(w.session().store().datasets().size(), 1);
    const int images = int(w.session().dataset().samples.size());
    QCOMPARE(images, 2 * (8 + 3 + 5));
    QTRY_COMPARE(w.browser()->proxy()->rowCount(), images);

    // 3. Train a tiny model (Ctrl+T) while the event loop keeps answering.
    mddui::TrainingPanel* panel = w.trainingPanel();
    QCOMPARE(setSpin(*panel, "imageSizeSpin", 64), 64);
    QCOMPARE(setSpin(*panel, "batchSpin", 2), 2);
    QCOMPARE(setSpin(*panel, "iterationsSpin", 3), 3);
    QSignalSpy trained(panel, &mddui::TrainingPanel::trainingFinished);
    w.findChild<QAction*>("actionStartTraining")->trigger();
    QCOMPARE(w.tabs()->currentIndex(), int(MainWindow::TrainingTab));
    QVERIFY(panel->isRunning());
    mddtest::EventLoopMeter meter;
    QVERIFY(trained.wait(600000));
    meter.stop();
    QCOMPARE(trained.size(), 1);
    const auto outcome = trained.takeFirst().at(0).value<mddui::TrainingOutcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    qInfo("%s", qPrintable(meter.summary()));
    // The bar: the event loop answers within 100 ms during training (a stall the
    // whole machine imposes on every thread, other processes on the cores, is added).
    QVERIFY2(meter.answersWithin(100), qPrintable(meter.summary()));
    QCOMPARE(w.session().activeModelPath(), outcome.modelPath);
    QCOMPARE(w.session().store().models().size(), 1);
    QCOMPARE(w.session().store().trainingRuns().front().status, QString("finished"));

    // 4. Run the model on the test split (Ctrl+R).
    QSignalSpy inferred(&w, &MainWindow::inferenceStored);
    w.findChild<QAction*>("actionRunInference")->trigger();
    QVERIFY(inferred.wait(300000));
    const int testImages = 2 * (3 + 5);
    QCOMPARE(inferred.takeFirst().at(0).toInt(), testImages);
    mddui::ResultsPanel* results = w.resultsPanel();
    QCOMPARE(results->tableModel()->rowCount(), testImages);
    QCOMPARE(w.session().store().inferenceResults(w.session().activeModelId()).size(), testImages);
    // The browser learned the verdicts: filtering by any verdict leaves only test images.
    int withVerdict = 0;
    for (int r = 0; r < w.browser()->model()->rowCount(); ++r)
      if (!w.browser()->model()->index(r).data(mddui::SampleListModel::VerdictRole).toString().isEmpty())
        ++withVerdict;
    QCOMPARE(withVerdict, testImages);

    // 5. Open a defect image: the overlay carries heat colours and both contours.
    int defectRow = -1;
    const auto& rows = results->tableModel()->rows();
    for (int r = 0; r < rows.size() && defectRow < 0; ++r)
      if (rows[r].groundTruth == 1 && !rows[r].maskPath.isEmpty()) defectRow = r;
    QVERIFY(defectRow >= 0);
    QSignalSpy shown(results, &mddui::ResultsPanel::imageShown);
    results->selectRow(defectRow);
    QVERIFY(shown.wait(60000));
    QCOMPARE(shown.takeFirst().at(0).toString(), rows[defectRow].path);
    mddui::ImageViewer* viewer = results->imageViewer();
    auto* opacity = viewer->findChild<QSlider*>("opacitySlider");
    QVERIFY(opacity);

    const cv::Mat original = mdd::readImage(rows[defectRow].path.toStdString());
    const cv::Mat mask = mdd::readMask(rows[defectRow].maskPath.toStdString());
    opacity->setValue(100);
    QImage heat = viewer->overlayImage().convertToFormat(QImage::Format_RGB888);
    QCOMPARE(heat.size(), QSize(original.cols, original.rows));
    // The ground-truth contour: white pixels along the mask's outline.
    cv::Mat edge;
    cv::morphologyEx(mask, edge, cv::MORPH_GRADIENT, cv::Mat::ones(3, 3, CV_8U));
    int edgePixels = 0, whiteOnEdge = 0, whiteElsewhere = 0, heatPixels = 0, inside = 0;
    for (int y = 0; y < heat.height(); ++y) {
      for (int x = 0; x < heat.width(); ++x) {
        const QColor c = heat.pixelColor(x, y);
        if (edge.at<uchar>(y, x)) {
          ++edgePixels;
          if (c.red() > 240 && c.green() > 240 && c.blue() > 240) ++whiteOnEdge;
        } else {
          ++inside;
          if (c.red() > 240 && c.green() > 240 && c.blue() > 240) ++whiteElsewhere;
          // Jet colours are saturated: one channel far from another.
          const int spread = std::max({c.red(), c.green(), c.blue()}) -
                             std::min({c.red(), c.green(), c.blue()});
          if (spread > 100) ++heatPixels;
        }
      }
    }
    QVERIFY(edgePixels > 0);
    // The contour is drawn along the mask's outline, and nowhere else.
    QVERIFY2(whiteOnEdge >= 8 && whiteOnEdge > 4 * whiteElsewhere,
             qPrintable(QString("%1 of %2 outline pixels white, %3 white elsewhere")
                            .arg(whiteOnEdge).arg(edgePixels).arg(whiteElsewhere)));
    QVERIFY2(heatPixels > inside / 2,
             qPrintable(QString("%1 of %2 pixels heat-coloured").arg(heatPixels).arg(inside)));

    // 6. The opacity slider: at 0 the overlay is the original image away from the contours.
    opacity->setValue(0);
    const QImage plain = viewer->overlayImage().convertToFormat(QImage::Format_RGB888);
    cv::Mat edgeWide;
    cv::dilate(edge, edgeWide, cv::Mat::ones(5, 5, CV_8U));
    int same = 0, compared = 0;
    for (int y = 0; y < plain.height(); ++y)
      for (int x = 0; x < plain.width(); ++x) {
        if (edgeWide.at<uchar>(y, x)) continue;
        const cv::Vec3b bgr = original.at<cv::Vec3b>(y, x);
        const QColor c = plain.pixelColor(x, y);
        ++compared;
        if (std::abs(c.red() - bgr[2]) <= 2 && std::abs(c.green() - bgr[1]) <= 2 &&
            std::abs(c.blue() - bgr[0]) <= 2)
          ++same;
      }
    QVERIFY2(same > compared * 9 / 10,
             qPrintable(QString("%1 of %2 pixels unchanged at opacity 0").arg(same).arg(compared)));
    QVERIFY(plain != heat);

    // Thresholds: moving one class's threshold below every score re-labels its rows in
    // the results table and the image browser at once; Save writes it into the model file.
    QSignalSpy workbenchLoaded(&w, &MainWindow::workbenchLoaded);
    if (!w.thresholdWorkbench()->rows().size()) QVERIFY(workbenchLoaded.wait(30000));
    mddui::ThresholdWorkbench* workbench = w.thresholdWorkbench();
    const QString cls = workbench->currentClass();
    double lowest = 1e30;
    for (const auto& row : rows)
      if (row.className == cls) lowest = std::min(lowest, row.score);
    auto* thresholdSpin = workbench->findChild<QDoubleSpinBox*>("thresholdSpin");
    QVERIFY(thresholdSpin);
    thresholdSpin->setValue(lowest - 0.01 * std::abs(lowest) - 1e-3);
    int classRows = 0;
    for (const auto& row : results->tableModel()->rows()) {
      if (row.className != cls) continue;
      ++classRows;
      QCOMPARE(row.verdict, QString("defect"));
      const auto hits = w.browser()->model()->rowsFor(row.path);
      QVERIFY(!hits.isEmpty());
      QCOMPARE(w.browser()->model()->index(hits.front()).data(mddui::SampleListModel::VerdictRole).toString(),
               QString("defect"));
    }
    QCOMPARE(classRows, 8);
    QSignalSpy saved(&w, &MainWindow::thresholdsSaved);
    QTest::mouseClick(workbench->findChild<QPushButton*>("saveThresholdsButton"), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QVERIFY(saved.front().at(0).toBool());
    const auto stored = mdd::readModelFileInfo(outcome.modelPath.toStdString()).metadata.thresholds;
    bool found = false;
    for (const auto& t : stored)
      if (QString::fromStdString(t.className) == cls) {
        found = true;
        QCOMPARE(t.imageThreshold, thresholdSpin->value());
      }
    QVERIFY(found);

    // Review: "Good" (G) confirms the current image, committed at once and shown in the browser.
    w.showTab(MainWindow::ReviewTab);
    mddui::ReviewPanel* review = w.reviewPanel();
    QTRY_VERIFY(!review->currentPath().isEmpty());
    const QString reviewed = review->currentPath();
    QTest::mouseClick(review->findChild<QPushButton*>("confirmGoodButton"), Qt::LeftButton);
    QCOMPARE(w.session().store().reviewLabels().value(reviewed).decision, QString("good"));
    const auto reviewedRows = w.browser()->model()->rowsFor(reviewed);
    QVERIFY(!reviewedRows.isEmpty());
    QCOMPARE(w.browser()->model()->index(reviewedRows.front()).data(mddui::SampleListModel::ReviewRole).toString(),
             QString("good"));

    // Export Report (Ctrl+Shift+E): the dialog writes the model's PDF and HTML report.
    w.findChild<QAction*>("actionExportReport")->trigger();
    auto* reportDialog = w.findChild<mddui::ReportDialog*>();
    QVERIFY(reportDialog);
    reportDialog->setOutputPath(work + "/flow-report.pdf");
    QSignalSpy reported(reportDialog, &mddui::ReportDialog::reportFinished);
    QTest::mouseClick(reportDialog->findChild<QPushButton*>("reportGenerateButton"), Qt::LeftButton);
    QVERIFY(reported.wait(120000));
    const auto report = reported.takeFirst().at(0).value<mddui::ReportOutcome>();
    QVERIFY2(report.ok, qPrintable(report.error));
    QFile pdf(report.pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
    QVERIFY(QFileInfo(report.htmlPath).size() > 1000);
    reportDialog->close();

    // Screenshots of each view, and the whole window shows the heat colours too.
    opacity->setValue(60);
    const QStringList shots = mddui::saveScreenshotTour(w, work + "/screenshots");
    QCOMPARE(shots.size(), 7);
    const QImage resultsShot(shots[3]);  // results.png
    QVERIFY(!resultsShot.isNull());
    int saturatedRed = 0;
    for (int y = 0; y < resultsShot.height(); y += 2)
      for (int x = 0; x < resultsShot.width(); x += 2) {
        const QColor c = resultsShot.pixelColor(x, y);
        if (c.red() > 180 && c.blue() < 90 && c.green() < 120) ++saturatedRed;
      }
    QVERIFY2(saturatedRed > 20, qPrintable(QString::number(saturatedRed)));

    // 7. Reopen: everything the run reported saved is in the project.
    w.session().close();
    mddui::ProjectStore reopened;
    QString error;
    QVERIFY2(reopened.open(projectFile, &error), qPrintable(error));
    QCOMPARE(reopened.integrityCheck(), QString("ok"));
    QCOMPARE(reopened.datasets().size(), 1);
    QCOMPARE(reopened.models().size(), 1);
    QCOMPARE(reopened.inferenceResults(reopened.models().front().id).size(), testImages);
  }
};

// QTEST_MAIN, with an application that times its events for EventLoopMeter.
int main(int argc, char** argv) {
  mddtest::TimedApplication app(argc, argv);
  TestInspectorFlow test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}
#include "test_inspector_flow.moc"
