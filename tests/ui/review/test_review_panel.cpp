// ReviewPanel over a project in a temp folder: the queue's uncertainty order, decisions by
// keyboard (G, D, Return) that are in the project file at once (read back through a second
// ProjectStore on the same file), notes, multi-level undo that restores labels exactly, the
// exact CSV export, handing reviewed-good images to training, and the overlay provider.
// Saves screenshots to look at.
#include <QtTest>

#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include <opencv2/imgproc.hpp>

#include "mdd/demo_dataset.h"
#include "mdd/image_io.h"
#include "project/project_store.h"
#include "results/image_viewer.h"
#include "review/review_image_label.h"
#include "review/review_panel.h"
#include "review/review_queue_model.h"
#include "test_paths.h"

using namespace mddui;

namespace {

const QDateTime kT0 = QDateTime::fromString("2024-05-06T07:08:09.123Z", Qt::ISODateWithMs);

ResultRow row(const QString& path, const QString& cls, double score, double norm,
              const QString& verdict) {
  ResultRow r;
  r.path = path;
  r.className = cls;
  r.score = score;
  r.normalizedScore = norm;
  r.verdict = verdict;
  return r;
}

void compareLabels(const ReviewLabel& actual, const ReviewLabel& expected) {
  QCOMPARE(actual.imagePath, expected.imagePath);
  QCOMPARE(actual.decision, expected.decision);
  QCOMPARE(actual.note, expected.note);
  QCOMPARE(actual.decidedAt, expected.decidedAt);
}

}  // namespace

class TestReviewPanel : public QObject {
  Q_OBJECT

  QString dir_;
  QString file_;
  std::unique_ptr<ProjectStore> store_;   // the panel's
  std::unique_ptr<ProjectStore> reader_;  // a second connection: what is in the file
  QVector<ResultRow> rows_;

  QString p(const QString& name) const { return dir_ + "/" + name + ".png"; }

  // A fresh project whose image "e" already has a label, and rows a..h (g has an error).
  void freshProject(const QString& name) {
    store_.reset();
    reader_.reset();
    dir_ = mddtest::freshWorkDir(name);
    file_ = dir_ + "/review.mddproj";
    store_ = std::make_unique<ProjectStore>();
    QString error;
    QVERIFY2(store_->open(file_, &error), qPrintable(error));
    reader_ = std::make_unique<ProjectStore>();
    QVERIFY2(reader_->open(file_, &error), qPrintable(error));
    const QStringList names{"a", "b", "c", "d", "e", "f", "g", "h"};
    for (int i = 0; i < names.size(); ++i) {
      QImage image(96, 64, QImage::Format_RGB888);
      image.fill(QColor::fromHsv(i * 40, 120, 200));
      QVERIFY(image.save(p(names[i])));
    }
    // Run order, shuffled on purpose; |norm - 0.5| in comments.
    rows_ = {
        row(p("a"), "leather", 0.2, 0.10, "good"),          // 0.40
        row(p("f"), "tile", 1.5, 0.75, "defect"),           // 0.25, ties e: by path
        row(p("b"), "tile", 1.9, 0.95, "defect"),           // 0.45
        row(p("g"), "tile", 0, 0, ""),                      // error: left out
        row(p("d"), "leather", 0.8, 0.40, "needs_review"),  // 0.10
        row(p("h"), "leather", 1.4, 0.70, "defect"),        // 0.20
        row(p("e"), "leather", 0.5, 0.25, "good"),          // 0.25
        row(p("c"), "tile", 1.04, 0.52, "needs_review"),    // 0.02
    };
    rows_[3].error = "cannot read g.png";
    QVERIFY(store_->setReviewLabel({p("e"), "good", "pre", kT0}));
  }

  void showActive(ReviewPanel& panel) {
    panel.resize(1280, 760);
    panel.show();
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.findChild<QTableView*>("reviewQueueView")->setFocus();
  }

  QHash<QString, ReviewLabel> inFile() const { return reader_->reviewLabels(); }

 private slots:
  void cleanup() {
    store_.reset();
    reader_.reset();
  }

  void queueIsOrderedByUncertainty() {
    freshProject("order");
    ReviewPanel panel;
    panel.setStore(store_.get());
    panel.setRows(rows_);
    ReviewQueueModel* model = panel.queueModel();
    const QStringList expected{p("c"), p("d"), p("h"), p("e"), p("f"), p("a"), p("b")};
    QCOMPARE(panel.rowCount(), 7);
    QCOMPARE(model->rowCount(), 7);
    for (int i = 0; i < expected.size(); ++i) QCOMPARE(model->pathAt(i), expected[i]);
    QCOMPARE(panel.currentPath(), p("c"));  // the first unreviewed
    // The stored label shows in the Decision column; the counter counts it.
    QCOMPARE(model->index(3, ReviewQueueModel::DecisionColumn).data().toString(), QString("Good"));
    QCOMPARE(model->index(0, ReviewQueueModel::VerdictColumn).data().toString(),
             QString("Needs review"));
    QCOMPARE(model->index(0, ReviewQueueModel::ScoreColumn).data().toString(), QString("0.520"));
    QCOMPARE(panel.findChild<QLabel*>("reviewProgress")->text(), QString("1 of 7 reviewed"));
    QVERIFY(panel.bannerText().startsWith("Needs review, score 0.520, class tile"));

    panel.findChild<QCheckBox*>("unreviewedOnlyCheck")->setChecked(true);
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->rowOf(p("e")), -1);
    QCOMPARE(model->pathAt(3), p("f"));
    QCOMPARE(panel.rowCount(), 7);
    QCOMPARE(panel.currentPath(), p("c"));
  }

  void keyboardDecisionsAreInTheFileAtOnce() {
    freshProject("keys");
    ReviewPanel panel;
    panel.setStore(store_.get());
    panel.setRows(rows_);
    QSignalSpy made(&panel, &ReviewPanel::decisionMade);
    showActive(panel);

    // needs_review has no verdict to accept: Return decides nothing.
    QTest::keyClick(&panel, Qt::Key_Return);
    QVERIFY(!inFile().contains(p("c")));
    QVERIFY(panel.statusText().contains("needs review"));
    QCOMPARE(panel.currentPath(), p("c"));

    QTest::keyClick(&panel, Qt::Key_G);
    QCOMPARE(inFile().value(p("c")).decision, QString("good"));
    QCOMPARE(panel.currentPath(), p("d"));
    QCOMPARE(made.size(), 1);

    // A note typed in the note field keeps its letters (g, d), Esc goes back to the queue.
    auto* note = panel.findChild<QLineEdit*>("reviewNote");
    note->setFocus();
    QTest::keyClicks(note, "scratch, \"good\" edge");
    QCOMPARE(note->text(), QString("scratch, \"good\" edge"));
    QVERIFY(!inFile().contains(p("d")));
    QTest::keyClick(note, Qt::Key_Escape);
    QTest::keyClick(&panel, Qt::Key_D);
    QCOMPARE(inFile().value(p("d")).decision, QString("defect"));
    QCOMPARE(inFile().value(p("d")).note, QString("scratch, \"good\" edge"));
    QCOMPARE(panel.currentPath(), p("h"));
    QVERIFY(note->text().isEmpty());

    // Return takes the model's verdict; the next unreviewed skips the labelled e.
    QTest::keyClick(&panel, Qt::Key_Return);
    QCOMPARE(inFile().value(p("h")).decision, QString("defect"));
    QCOMPARE(inFile().value(p("h")).note, QString());
    QCOMPARE(panel.currentPath(), p("f"));
    QCOMPARE(made.size(), 3);
    QCOMPARE(made.last().at(0).value<ReviewLabel>().imagePath, p("h"));
    QCOMPARE(panel.findChild<QLabel*>("reviewProgress")->text(), QString("4 of 7 reviewed"));
    QCOMPARE(inFile().value(p("e")).note, QString("pre"));  // untouched

    // K / Up go back, J / Down forward, along the list.
    QTest::keyClick(&panel, Qt::Key_K);
    QCOMPARE(panel.currentPath(), p("e"));
    QTest::keyClick(&panel, Qt::Key_Up);
    QCOMPARE(panel.currentPath(), p("h"));
    QTest::keyClick(&panel, Qt::Key_J);
    QTest::keyClick(&panel, Qt::Key_Down);
    QCOMPARE(panel.currentPath(), p("f"));
    QCOMPARE(panel.findChild<QTableView*>("reviewQueueView")->currentIndex().row(), 4);

    // With "unreviewed only", a decided row leaves the list and the next one is current.
    panel.findChild<QCheckBox*>("unreviewedOnlyCheck")->setChecked(true);
    QTest::keyClick(&panel, Qt::Key_G);
    QCOMPARE(inFile().value(p("f")).decision, QString("good"));
    QCOMPARE(panel.currentPath(), p("a"));
    QCOMPARE(panel.queueModel()->rowCount(), 2);
    // The buttons do the same as the keys.
    QTest::mouseClick(panel.findChild<QPushButton*>("confirmDefectButton"), Qt::LeftButton);
    QCOMPARE(inFile().value(p("a")).decision, QString("defect"));
    QCOMPARE(panel.currentPath(), p("b"));
    QVERIFY(panel.decide("accept"));
    QCOMPARE(inFile().value(p("b")).decision, QString("defect"));
    QCOMPARE(panel.findChild<QLabel*>("reviewProgress")->text(), QString("7 of 7 reviewed"));
    QVERIFY(panel.statusText().contains("Every image in the queue is reviewed"));
    QCOMPARE(panel.queueModel()->rowCount(), 0);
    // Undo brings the row back into the filtered list, current again.
    QTest::keyClick(&panel, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!inFile().contains(p("b")));
    QCOMPARE(panel.queueModel()->rowCount(), 1);
    QCOMPARE(panel.currentPath(), p("b"));
    QCOMPARE(panel.findChild<QTableView*>("reviewQueueView")->currentIndex().row(), 0);
  }

  void undoRestoresPreviousLabelsExactly() {
    freshProject("undo");
    ReviewPanel panel;
    panel.setStore(store_.get());
    panel.setRows(rows_);
    QSignalSpy undone(&panel, &ReviewPanel::decisionUndone);
    showActive(panel);
    const QHash<QString, ReviewLabel> before = inFile();
    QCOMPARE(before.size(), 1);

    panel.selectPath(p("e"));  // relabel an image that has a label
    QCOMPARE(panel.findChild<QLineEdit*>("reviewNote")->text(), QString("pre"));
    QTest::keyClick(&panel, Qt::Key_D);
    QCOMPARE(inFile().value(p("e")).decision, QString("defect"));
    QCOMPARE(inFile().value(p("e")).note, QString("pre"));  // the note field carried it
    QCOMPARE(panel.currentPath(), p("f"));
    QTest::keyClick(&panel, Qt::Key_G);
    QCOMPARE(panel.currentPath(), p("a"));
    QTest::keyClick(&panel, Qt::Key_G);
    const ReviewLabel fFirst = inFile().value(p("f"));
    panel.selectPath(p("f"));
    QTest::qWait(5);  // a later decision time than fFirst's
    QTest::keyClick(&panel, Qt::Key_D);
    QCOMPARE(inFile().value(p("f")).decision, QString("defect"));
    QVERIFY(inFile().value(p("f")).decidedAt > fFirst.decidedAt);
    QCOMPARE(panel.undoDepth(), 4);
    QCOMPARE(inFile().size(), 3);

    QTest::keyClick(&panel, Qt::Key_Z, Qt::ControlModifier);
    compareLabels(inFile().value(p("f")), fFirst);
    QCOMPARE(panel.currentPath(), p("f"));
    QCOMPARE(panel.reviewLabel(p("f"))->decision, QString("good"));
    QTest::keyClick(&panel, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!inFile().contains(p("a")));
    QCOMPARE(panel.currentPath(), p("a"));
    QVERIFY(!panel.reviewLabel(p("a")));
    QTest::keyClick(&panel, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!inFile().contains(p("f")));
    QTest::keyClick(&panel, Qt::Key_Z, Qt::ControlModifier);
    compareLabels(inFile().value(p("e")), before.value(p("e")));
    QCOMPARE(inFile().size(), 1);
    QCOMPARE(panel.findChild<QLineEdit*>("reviewNote")->text(), QString("pre"));
    QCOMPARE(panel.findChild<QLabel*>("reviewProgress")->text(), QString("1 of 7 reviewed"));
    QVERIFY(!panel.findChild<QPushButton*>("undoReviewButton")->isEnabled());
    // Nothing left to undo: nothing changes.
    QVERIFY(!panel.undo());
    QVERIFY(panel.statusText().contains("no review decision to undo"));
    QCOMPARE(inFile().size(), 1);

    QCOMPARE(undone.size(), 4);
    const QStringList order{p("f"), p("a"), p("f"), p("e")};
    for (int i = 0; i < 4; ++i) QCOMPARE(undone.at(i).at(0).toString(), order[i]);
  }

  void csvExportIsExact() {
    freshProject("csv");
    QVERIFY(store_->setReviewLabel({p("c"), "defect", "has, comma and \"quote\"", kT0}));
    QVERIFY(store_->setReviewLabel(
        {p("a"), "good", "",
         QDateTime::fromString("2024-05-06T08:00:00.000Z", Qt::ISODateWithMs)}));
    ReviewPanel panel;
    panel.setStore(store_.get());
    panel.setRows(rows_);
    const QString file = dir_ + "/review.csv";
    QVERIFY(panel.exportCsv(file));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString expected =
        "path,class,score,normalized_score,model_verdict,decision,note,time\n" + p("c") +
        ",tile,1.04,0.52,needs_review,defect,\"has, comma and \"\"quote\"\"\","
        "2024-05-06T07:08:09.123Z\n" +
        p("d") + ",leather,0.8,0.4,needs_review,,,\n" + p("h") + ",leather,1.4,0.7,defect,,,\n" +
        p("e") + ",leather,0.5,0.25,good,good,pre,2024-05-06T07:08:09.123Z\n" + p("f") +
        ",tile,1.5,0.75,defect,,,\n" + p("a") +
        ",leather,0.2,0.1,good,good,,2024-05-06T08:00:00.000Z\n" + p("b") +
        ",tile,1.9,0.95,defect,,,\n";
    QCOMPARE(QString::fromUtf8(in.readAll()), expected);

    // A folder that does not exist: refused, the message names the file.
    QVERIFY(!panel.exportCsv(dir_ + "/missing/review.csv"));
    QVERIFY(panel.statusText().contains("review.csv"));
  }

  void reviewedGoodImagesGoToTraining() {
    freshProject("training");
    QVERIFY(store_->setReviewLabel({p("a"), "good", "", kT0}));
    QVERIFY(store_->setReviewLabel({p("b"), "defect", "", kT0}));
    QVERIFY(store_->setReviewLabel({dir_ + "/gone.png", "good", "", kT0}));  // no file
    ReviewPanel panel;
    panel.setStore(store_.get());
    panel.setRows(rows_);
    panel.setTrainingPaths({p("a")});
    QSignalSpy offered(&panel, &ReviewPanel::addToTrainingRequested);
    QVERIFY(panel.decide("good"));  // c
    auto* add = panel.findChild<QPushButton*>("addReviewedToTrainingButton");
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.at(0).at(0).toStringList(), QStringList({p("c"), p("e")}));
    QTest::mouseClick(add, Qt::LeftButton);  // offered once only
    QCOMPARE(offered.size(), 1);
    QVERIFY(panel.statusText().contains("No image reviewed as good"));
  }

  void plainImageAndOverlayProvider() {
    const QString root = mddtest::freshWorkDir("review_demo") + "/demo";
    mdd::DemoDatasetOptions opts;
    opts.classes = 2;
    opts.imageSize = 256;
    opts.trainGood = 1;
    opts.testGood = 3;
    opts.testDefects = 5;
    mdd::makeDemoDataset(root.toStdString(), opts);
    QVector<ResultRow> rows;
    QDirIterator it(root, {"*.png"}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
      const QString f = it.next();
      if (f.contains("/test/")) files << f;
    }
    files.sort();
    for (int i = 0; i < files.size(); ++i) {
      const QFileInfo info(files[i]);
      ResultRow r;
      r.path = files[i];
      r.className = info.dir().path().section('/', -3, -3);
      r.defectType = info.dir().dirName();
      const bool defect = r.defectType != "good";
      r.normalizedScore = defect ? 0.52 + 0.06 * (i % 8) : 0.12 + 0.07 * (i % 6);
      r.score = 0.8 + r.normalizedScore;
      r.verdict = r.normalizedScore > 0.6    ? "defect"
                  : r.normalizedScore > 0.45 ? "needs_review"
                                             : "good";
      if (defect) {
        r.maskPath = root + "/" + r.className + "/ground_truth/" + r.defectType + "/" +
                     info.completeBaseName() + "_mask.png";
      }
      rows << r;
    }
    QCOMPARE(rows.size(), 16);

    freshProject("demo_review");
    ReviewPanel panel;
    panel.setStore(store_.get());
    panel.setRows(rows);
    auto* image = panel.findChild<ReviewImageLabel*>("reviewImage");
    QSignalSpy shown(image, &ReviewImageLabel::imageShown);
    showActive(panel);
    QVERIFY(shown.wait(10000) || !shown.isEmpty());
    QCOMPARE(shown.last().at(0).toString(), panel.currentPath());
    QCOMPARE(image->image().size(), QSize(256, 256));
    QVERIFY(image->isVisible());
    panel.findChild<QLineEdit*>("reviewNote")->setText("stain at the top edge");
    QVERIFY(panel.decide("defect"));
    QVERIFY(panel.decide("good"));
    QVERIFY(panel.decide("accept") || panel.decide("good"));
    QTRY_COMPARE(image->path(), panel.currentPath());
    QTRY_VERIFY(!image->image().isNull());
    QVERIFY(panel.grab().save(QStringLiteral(MDD_TEST_WORK_DIR) + "/review_panel.png"));

    // The overlay provider answers later, like the main window's loader.
    QStringList asked;
    panel.setOverlayProvider([&](const ResultRow& r) {
      asked << r.path;
      ViewerImage v;
      v.path = r.path;
      v.image = mdd::readImage(r.path.toStdString());
      cv::Mat map(v.image.rows, v.image.cols, CV_32FC1, cv::Scalar(0.1));
      if (!r.maskPath.isEmpty()) {
        v.groundTruth = mdd::readMask(r.maskPath.toStdString());
        cv::Mat blurred;
        v.groundTruth.convertTo(blurred, CV_32FC1, 1.0 / 255);
        cv::GaussianBlur(blurred, blurred, {0, 0}, 6);
        map += blurred * 1.6;
      }
      v.rawMap = map;
      v.thresholds.className = r.className.toStdString();
      v.thresholds.imageThreshold = v.thresholds.pixelThreshold = 0.5;
      v.thresholds.imageMin = v.thresholds.pixelMin = 0.0;
      v.thresholds.imageMax = v.thresholds.pixelMax = 1.0;
      v.label = {r.className.toStdString(), mdd::Verdict::NeedsReview, r.normalizedScore};
      QTimer::singleShot(0, &panel, [&panel, v] { panel.showOverlay(v); });
    });
    auto* viewer = panel.findChild<ImageViewer*>("reviewViewer");
    QCOMPARE(asked, QStringList{panel.currentPath()});
    QTRY_VERIFY(viewer->hasImage());
    QVERIFY(viewer->isVisible());
    QVERIFY(!image->isVisible());
    QCOMPARE(viewer->image().path, panel.currentPath());
    QVERIFY(viewer->renderError().isEmpty());
    // An answer for another image than the current one is ignored.
    ViewerImage stale = viewer->image();
    stale.path = "/elsewhere.png";
    panel.showOverlay(stale);
    QCOMPARE(viewer->image().path, panel.currentPath());
    QTest::qWait(50);
    QVERIFY(panel.grab().save(QStringLiteral(MDD_TEST_WORK_DIR) + "/review_panel_overlay.png"));

    // The next image asks again; a provider failure falls back to the plain image.
    QTest::keyClick(&panel, Qt::Key_J);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.last(), panel.currentPath());
    panel.overlayFailed(panel.currentPath(), "The model file is gone.");
    QVERIFY(image->isVisible());
    QVERIFY(panel.statusText().contains("The model file is gone."));
    QTRY_COMPARE(image->path(), panel.currentPath());
  }
};

QTEST_MAIN(TestReviewPanel)
#include "test_review_panel.moc"
