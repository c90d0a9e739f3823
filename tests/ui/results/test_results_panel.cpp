// ResultsPanel end to end on a tiny trained model (2 classes, 64 px, 2 steps): Run on the
// test split gives one row per test image and the per-class metrics; sorting by score
// sorts numerically; selecting a row shows that image with a heatmap overlay (and its
// mask for defects); CSV export has every row; a folder run turns an unreadable file into
// an error row; the overlay export writes one PNG per image. Saves a screenshot.
#include <QtTest>

#include <QHeaderView>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>

#include <opencv2/imgproc.hpp>

#include "mdd/demo_dataset.h"
#include "mdd/overlay.h"
#include "mdd/train.h"
#include "results/image_viewer.h"
#include "results/inference_job.h"
#include "results/inference_runs.h"
#include "results/model_cache.h"
#include "results/results_panel.h"
#include "results/results_table_model.h"
#include "test_paths.h"
#include "tiny_training.h"

using namespace mddui;

namespace {

constexpr int kWaitMs = 240000;

// The share of pixels where `overlay` is the 50% blend of the jet heatmap and the image.
double blendMatch(const ViewerImage& v, const QImage& overlay) {
  const cv::Mat jet = mdd::jetColors(mdd::normalizedPixelMap(v.rawMap, v.thresholds));
  cv::Mat expected;
  cv::addWeighted(jet, 0.5, v.image, 0.5, 0.0, expected);
  int match = 0;
  for (int y = 0; y < expected.rows; ++y)
    for (int x = 0; x < expected.cols; ++x) {
      const cv::Vec3b e = expected.at<cv::Vec3b>(y, x);
      const QColor o = overlay.pixelColor(x, y);
      match += std::abs(o.blue() - e[0]) <= 2 && std::abs(o.green() - e[1]) <= 2 &&
               std::abs(o.red() - e[2]) <= 2;
    }
  return static_cast<double>(match) / (expected.rows * expected.cols);
}

}  // namespace

class TestResultsPanel : public QObject {
  Q_OBJECT
 private:
  QString work_, modelPath_;
  mdd::Dataset dataset_;

  bool waitForRun(ResultsPanel& panel, QSignalSpy& spy) {
    if (!spy.wait(kWaitMs)) return false;
    return !panel.isBusy();
  }

 private slots:
  void initTestCase() {
    work_ = mddtest::freshWorkDir("results_panel");
    dataset_ = mddtest::tinyDataset(work_, 0.25);
    QCOMPARE(dataset_.classNames.size(), size_t{2});
    mdd::TrainConfig config = mddtest::tinyConfig(2);
    config.model.network = mdd::NetworkConfig();  // the default teacher and student
    config.model.network.inputWidth = config.model.network.inputHeight = 64;
    modelPath_ = work_ + "/tiny.mdda";
    mddtest::trainTinyModel(dataset_, config, modelPath_);
    for (const auto& t : mdd::readModelFileInfo(modelPath_.toStdString()).metadata.thresholds)
      QVERIFY(mdd::isDefined(t.imageThreshold));
  }

  void runOnTestSplit_sortSelectExport() {
    ResultsPanel panel;
    panel.resize(1400, 820);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setModelPath(modelPath_);
    QCOMPARE(panel.findChild<QLineEdit*>("modelPathEdit")->text(), modelPath_);
    panel.setDataset(dataset_);

    QSignalSpy finished(&panel, &ResultsPanel::inferenceFinished);
    QSignalSpy shown(&panel, &ResultsPanel::imageShown);
    auto* run = panel.findChild<QPushButton*>("runInferenceButton");
    QVERIFY(run && run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(panel.isBusy());
    QVERIFY(panel.findChild<QPushButton*>("cancelInferenceButton")->isEnabled());
    QVERIFY(!run->isEnabled());
    QVERIFY(waitForRun(panel, finished));
    const InferenceOutcome outcome = panel.lastOutcome();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!outcome.cancelled);
    const int testImages = static_cast<int>(dataset_.count(mdd::Split::Test));
    QCOMPARE(testImages, 16);
    QCOMPARE(outcome.rows.size(), testImages);
    QCOMPARE(panel.tableModel()->rowCount(), testImages);
    for (const ResultRow& r : outcome.rows) {
      QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
      QVERIFY(r.groundTruth == 0 || r.groundTruth == 1);
      QVERIFY(r.verdict == "good" || r.verdict == "defect" || r.verdict == "needs_review");
      QCOMPARE(r.groundTruth == 1, !r.maskPath.isEmpty());
    }
    // Ground truth: two classes and the mean, shown.
    QCOMPARE(outcome.metrics.size(), 3);
    QCOMPARE(outcome.metrics.last().className, QString("mean"));
    QVERIFY(panel.findChild<QWidget*>("metricsTable")->isVisible());
    QCOMPARE(panel.findChild<QProgressBar*>("inferenceProgress")->value(), 1);

    // Sorting by score (clicking the header) sorts the rows by the number.
    auto* table = panel.findChild<QTableView*>("resultsTable");
    QVERIFY(table->isSortingEnabled());
    QHeaderView* header = table->horizontalHeader();
    const int column = ResultsTableModel::ScoreColumn;
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
      QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(header->sortIndicatorSection(), column);
    QAbstractItemModel* view = table->model();
    for (int r = 1; r < view->rowCount(); ++r)
      QVERIFY(view->index(r - 1, column).data(Qt::UserRole).toDouble() >=
              view->index(r, column).data(Qt::UserRole).toDouble());
    QVERIFY(view->index(0, column).data(Qt::UserRole).toDouble() >
            view->index(view->rowCount() - 1, column).data(Qt::UserRole).toDouble());

    // The verdict cell is coloured by the verdict.
    for (int r = 0; r < view->rowCount(); ++r) {
      const QModelIndex cell = view->index(r, ResultsTableModel::VerdictColumn);
      const QColor colour = cell.data(Qt::BackgroundRole).value<QBrush>().color();
      const double verdict = cell.data(Qt::UserRole).toDouble();
      if (verdict == 2.0) QVERIFY(colour.red() > colour.green() && colour.red() > colour.blue());
      if (verdict == 0.0) QVERIFY(colour.green() > colour.red() && colour.green() > colour.blue());
      if (verdict == 1.0) QVERIFY(colour.red() > colour.blue() && colour.green() > colour.blue());
    }

    // Selecting a row shows that image with its heatmap. Pick a defect (it has a mask).
    int defectRow = -1;
    for (int r = 0; r < view->rowCount() && defectRow < 0; ++r)
      if (view->index(r, ResultsTableModel::TruthColumn).data(Qt::UserRole).toDouble() == 1.0)
        defectRow = r;
    QVERIFY(defectRow >= 0);
    const QString wanted =
        panel.tableModel()
            ->row(panel.sortModel()->mapToSource(view->index(defectRow, 0)).row())
            .path;
    panel.selectRow(defectRow);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toString() == wanted, 60000);
    ImageViewer* viewer = panel.imageViewer();
    QCOMPARE(viewer->image().path, wanted);
    QVERIFY(!viewer->image().rawMap.empty());
    QCOMPARE(viewer->image().rawMap.size(), viewer->image().image.size());
    QVERIFY(!viewer->image().groundTruth.empty());
    QVERIFY(viewer->renderError().isEmpty());
    QCOMPARE(viewer->opacityPercent(), 50);
    const QImage overlay = viewer->overlayImage();
    QCOMPARE(overlay.size(), QSize(64, 64));
    QVERIFY(overlay != viewer->originalImage());
    const double match = blendMatch(viewer->image(), overlay);
    QVERIFY2(match > 0.8, qPrintable(QString::number(match)));  // contours are the rest

    QVERIFY(panel.grab().save(QStringLiteral(MDD_TEST_WORK_DIR) + "/results_panel.png"));

    // CSV export: a header and every row.
    const QString csv = work_ + "/results.csv";
    QVERIFY2(panel.exportCsv(csv), qPrintable(panel.statusText()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), testImages + 1);
    for (const ResultRow& r : outcome.rows) QVERIFY(lines.join('\n').contains(r.path));
    // An impossible target fails with the file named, and no crash.
    QVERIFY(!panel.exportCsv(work_ + "/missing/results.csv"));
    QVERIFY(panel.statusText().contains(work_ + "/missing/results.csv"));

    // Overlays: one PNG per image, off the GUI thread.
    QSignalSpy exported(&panel, &ResultsPanel::overlaysExported);
    QVERIFY(panel.exportOverlays(work_ + "/overlays"));
    QVERIFY(panel.isBusy());
    QVERIFY(exported.wait(kWaitMs));
    const auto result = exported.at(0).at(0).value<OverlayExportResult>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.written, testImages);
    QCOMPARE(QDir(work_ + "/overlays").entryList({"*.png"}, QDir::Files).size(), testImages);
  }

  // A dataset labelled per image: image metrics, and "–" for every pixel metric.
  void runWithoutMasks_pixelMetricsShowAsDashes() {
    mdd::Dataset plain = dataset_;
    for (auto& s : plain.samples) s.maskPath.clear();
    ResultsPanel panel;
    panel.resize(1400, 820);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setModelPath(modelPath_);
    panel.setDataset(plain);
    QSignalSpy finished(&panel, &ResultsPanel::inferenceFinished);
    QTest::mouseClick(panel.findChild<QPushButton*>("runInferenceButton"), Qt::LeftButton);
    QVERIFY(waitForRun(panel, finished));
    const InferenceOutcome outcome = panel.lastOutcome();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.metrics.size(), 3);
    for (const auto& m : outcome.metrics) {
      QVERIFY(m.imageAuroc >= 0 && m.imageAuroc <= 1);
      QVERIFY(std::isnan(m.pixelAuroc) && std::isnan(m.pixelAp) && std::isnan(m.auPro));
      QCOMPARE(m.defectImages, m.className == "mean" ? 10 : 5);
    }
    int defects = 0;
    for (const ResultRow& r : outcome.rows) defects += r.groundTruth == 1;
    QCOMPARE(defects, 10);  // the folders still say which images are defects
    auto* metrics = panel.findChild<QTableWidget*>("metricsTable");
    QVERIFY(metrics && metrics->isVisible());
    for (int row = 0; row < metrics->rowCount(); ++row) {
      QVERIFY(metrics->item(row, 2)->text() != QStringLiteral("–"));  // I-AUROC
      for (int column = 5; column < 9; ++column)
        QCOMPARE(metrics->item(row, column)->text(), QStringLiteral("–"));
    }
    QVERIFY(panel.grab().save(QString(MDD_TEST_WORK_DIR) + "/results_panel_nomask.png"));
  }

  void runOnFolder_unreadableFileIsARow() {
    // One class's test images plus a broken file, in nested folders.
    const QString folder = work_ + "/folder";
    QDir().mkpath(folder + "/nested");
    int copied = 0;
    for (const auto& s : dataset_.select(mdd::Split::Test, dataset_.classNames[0])) {
      const QString target =
          (copied % 2 ? folder + "/nested/" : folder + "/") + QString::number(copied) + ".png";
      QVERIFY(QFile::copy(QString::fromStdString(s.path), target));
      ++copied;
    }
    QFile broken(folder + "/nested/broken.png");
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not an image");
    broken.close();

    ResultsPanel panel;
    panel.setModelPath(modelPath_);
    QSignalSpy finished(&panel, &ResultsPanel::inferenceFinished);
    auto* bar = panel.findChild<QProgressBar*>("inferenceProgress");
    QStringList texts;
    connect(bar, &QProgressBar::valueChanged, this, [&] { texts << bar->text(); });
    panel.runOnFolder(folder);
    QVERIFY(waitForRun(panel, finished));
    QVERIFY2(!texts.filter("ETA").isEmpty(), qPrintable(texts.join(" | ")));
    const InferenceOutcome outcome = panel.lastOutcome();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.rows.size(), copied + 1);
    QVERIFY(outcome.metrics.isEmpty());  // no ground truth for a folder
    QVERIFY(!panel.findChild<QWidget*>("metricsTable")->isVisible());
    int errors = 0;
    for (const ResultRow& r : outcome.rows) {
      QCOMPARE(r.groundTruth, -1);
      if (r.path.endsWith("broken.png")) {
        ++errors;
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.verdict.isEmpty());
      } else {
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(!r.className.isEmpty());
      }
    }
    QCOMPARE(errors, 1);
    // Sorted paths, like the CLI.
    for (int i = 1; i < outcome.rows.size(); ++i)
      QVERIFY(outcome.rows[i - 1].path < outcome.rows[i].path);
  }

  void cancel_keepsTheImagesDone() {
    // Many images, cancelled after the first batch of 8: the blocking run stops there.
    const QString folder = work_ + "/many";
    QDir().mkpath(folder);
    const auto samples = dataset_.select(mdd::Split::Test);
    for (int i = 0; i < 30; ++i)
      QVERIFY(
          QFile::copy(QString::fromStdString(samples[static_cast<size_t>(i) % samples.size()].path),
                      folder + QString("/%1.png").arg(i, 3, 10, QChar('0'))));
    ModelCache models;
    mdd::CancelToken token;
    int reports = 0;
    const InferenceOutcome outcome = inferFolder(
        models, modelPath_, folder, QString(),
        [&](long done, long total) {
          ++reports;
          QCOMPARE(total, 30L);
          if (done >= 8) token.cancel();
        },
        token);
    QVERIFY(outcome.ok);
    QVERIFY(outcome.cancelled);
    QCOMPARE(outcome.rows.size(), 8);
    QCOMPARE(reports, 1);

    // The job: cancelled at once, it still reports, as cancelled, and can run again.
    InferenceJob job;
    QSignalSpy finished(&job, &InferenceJob::finished);
    QVERIFY(job.runOnFolder(modelPath_, folder, QString()));
    QVERIFY(job.isRunning());
    QVERIFY(!job.runOnFolder(modelPath_, folder, QString()));  // one run at a time
    job.cancel();
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!job.isRunning());
    const auto cancelled = finished.at(0).at(0).value<InferenceOutcome>();
    QVERIFY(cancelled.ok);
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.rows.size() < 30);
    QVERIFY(job.runOnFolder(modelPath_, folder, dataset_.classNames[1].c_str()));
    QVERIFY(finished.wait(kWaitMs));
    const auto full = finished.at(1).at(0).value<InferenceOutcome>();
    QVERIFY(full.ok && !full.cancelled);
    QCOMPARE(full.rows.size(), 30);
    for (const ResultRow& r : full.rows)
      QCOMPARE(r.className, QString::fromStdString(dataset_.classNames[1]));
  }

  void badInputs_areMessages() {
    ResultsPanel panel;
    QSignalSpy finished(&panel, &ResultsPanel::inferenceFinished);
    panel.runOnTestSplit();  // no model
    QVERIFY(!panel.isBusy());
    QVERIFY(panel.statusText().contains("model", Qt::CaseInsensitive));

    panel.setModelPath(work_ + "/no-such-model.mdda");
    panel.runOnFolder(work_ + "/folder");
    QVERIFY(waitForRun(panel, finished));
    QVERIFY(!finished.last().at(0).value<InferenceOutcome>().ok);
    QVERIFY2(panel.statusText().contains("no-such-model.mdda"), qPrintable(panel.statusText()));

    panel.setModelPath(modelPath_);
    panel.runOnFolder(work_ + "/no-such-folder");
    QVERIFY(waitForRun(panel, finished));
    QVERIFY2(panel.statusText().contains("no-such-folder"), qPrintable(panel.statusText()));
  }
};

QTEST_MAIN(TestResultsPanel)
#include "test_results_panel.moc"
