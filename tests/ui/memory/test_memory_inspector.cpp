// MemoryInspector end to end on a tiny trained model (2 classes, 64 px, 8 memory items per
// class and scale): Compute through the button lays out every scale; the plot has one
// point per item, the grey shared items are exactly the entropy split's count, each joined
// by two lines to its classes' centroids; the cluster labels show analyzeMemory's numbers;
// the same settings give the same coordinates, another perplexity others; tooltips list the class
// probabilities; PNG and PDF exports are real files. A model without memory, and a missing
// file, get a message naming the file. MemoryJob cancels and dies safely mid-run.
#include <QtTest>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

#include <cmath>

#include <qcustomplot.h>

#include "mdd/demo_dataset.h"
#include "mdd/memory_analysis.h"
#include "mdd/train.h"
#include "memory/memory_inspector.h"
#include "memory/memory_job.h"
#include "memory/memory_scatter.h"
#include "test_paths.h"
#include "tiny_training.h"

using namespace mddui;

namespace {

constexpr int kWaitMs = 240000;
constexpr int kItemsPerClass = 8;

// The shared tiny configuration (itemsPerClass = kItemsPerClass), three steps.
mdd::TrainConfig tinyConfig() { return mddtest::tinyConfig(3); }

QString number(double v) { return QString::number(v, 'f', 3); }

template <typename T>
T* child(QWidget& parent, const char* name) {
  T* w = parent.findChild<T*>(QString::fromLatin1(name));
  if (!w) qFatal("no child %s", name);
  return w;
}

}  // namespace

class TestMemoryInspector : public QObject {
  Q_OBJECT
 private:
  QString work_, modelPath_, noMemoryPath_;

  // Compute through the button with these t-SNE settings; false if it did not finish.
  bool computeWith(MemoryInspector& inspector, int seed, double perplexity = 30.0) {
    child<QSpinBox>(inspector, "tsneSeedSpin")->setValue(seed);
    child<QSpinBox>(inspector, "tsneIterationsSpin")->setValue(250);
    child<QDoubleSpinBox>(inspector, "perplexitySpin")->setValue(perplexity);
    QSignalSpy computed(&inspector, &MemoryInspector::computed);
    auto* button = child<QPushButton>(inspector, "computeMemoryButton");
    if (!button->isEnabled()) return false;
    QTest::mouseClick(button, Qt::LeftButton);
    if (!inspector.isBusy() || button->isEnabled() ||
        !child<QPushButton>(inspector, "cancelMemoryButton")->isEnabled())
      return false;
    return computed.wait(kWaitMs) && !inspector.isBusy();
  }

 private slots:
  void initTestCase() {
    work_ = mddtest::freshWorkDir("memory_inspector");
    const mdd::Dataset dataset = mddtest::tinyDataset(work_);
    QCOMPARE(dataset.classNames.size(), size_t{2});
    mdd::CancelToken cancel;
    const mdd::TrainResult trained = mdd::trainModel(dataset, tinyConfig(), nullptr, cancel);
    QVERIFY(!trained.cancelled);
    modelPath_ = work_ + "/tiny.mdda";
    trained.model.save(modelPath_.toStdString());

    // Memory off: an untrained model is enough, the inspector never runs it.
    mdd::ModelConfig off = tinyConfig().model;
    off.network.memory.enabled = false;
    off.classNames = trained.model.classNames();
    noMemoryPath_ = work_ + "/no_memory.mdda";
    mdd::Model::create(off, "cpu").save(noMemoryPath_.toStdString());
  }

  void computeShowsEveryScale() {
    MemoryInspector inspector;
    inspector.resize(1280, 800);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QCOMPARE(inspector.objectName(), QString("memoryInspector"));
    inspector.setModelPath(modelPath_);
    QVERIFY(!child<QPushButton>(inspector, "exportMemoryPngButton")->isEnabled());
    QVERIFY(computeWith(inspector, 7));
    const MemoryOutcome& outcome = inspector.lastOutcome();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.classNames.size(), 2);
    auto* progress = child<QProgressBar>(inspector, "memoryProgress");
    QCOMPARE(progress->value(), progress->maximum());

    // The engine's own answer for the same settings.
    mdd::MemoryAnalysisOptions options;
    options.seed = 7;
    options.iterations = 250;
    const mdd::Model model = mdd::Model::load(modelPath_.toStdString(), "cpu");
    const mdd::MemoryAnalysis expected = mdd::analyzeMemory(model, options);
    QCOMPARE(outcome.analysis.items.size(), expected.items.size());
    QCOMPARE(expected.scales.size(), std::size_t{3});  // fine, middle, coarse
    // Same seed, same coordinates, to the bit.
    for (std::size_t i = 0; i < expected.items.size(); ++i) {
      QCOMPARE(outcome.analysis.items[i].x, expected.items[i].x);
      QCOMPARE(outcome.analysis.items[i].y, expected.items[i].y);
    }

    auto* combo = child<QComboBox>(inspector, "memoryScaleCombo");
    QCOMPARE(combo->count(), 3);
    QVERIFY(combo->itemText(0).startsWith("fine"));
    QVERIFY(combo->itemText(1).startsWith("middle"));
    QVERIFY(combo->itemText(2).startsWith("coarse"));
    MemoryScatter* scatter = inspector.scatter();
    for (const mdd::MemoryScaleSummary& summary : expected.scales) {
      combo->setCurrentIndex(combo->findData(summary.scale));
      QCOMPARE(inspector.currentScale(), summary.scale);
      QCOMPARE(scatter->scale(), summary.scale);
      QCOMPARE(summary.items, std::size_t{2 * kItemsPerClass});
      QCOMPARE(summary.sharedItems, std::size_t{2});  // round(10% of 16)

      // One point per item; the shared ones grey and exactly the split's count.
      int points = scatter->sharedGraph()->dataCount();
      for (int c = 0; c < 2; ++c) points += scatter->classGraph(c)->dataCount();
      QCOMPARE(scatter->customPlot()->graphCount(), 3);
      QCOMPARE(points, static_cast<int>(summary.items));
      QCOMPARE(scatter->itemsShown().size(), static_cast<int>(summary.items));
      QCOMPARE(scatter->sharedGraph()->dataCount(), static_cast<int>(summary.sharedItems));
      QCOMPARE(scatter->sharedGraph()->scatterStyle().brush().color().saturation(), 0);

      // Each shared item: two lines, to the centroids of its two most probable classes'
      // class-specific items.
      QCOMPARE(scatter->links().size(), 2 * static_cast<int>(summary.sharedItems));
      for (int i : scatter->itemsShown()) {
        const mdd::MemoryItemView& v = outcome.analysis.items[static_cast<std::size_t>(i)];
        QList<QPointF> ends;
        for (QCPItemLine* line : scatter->links())
          if (line->property("item").toInt() == i) {
            QCOMPARE(line->start->coords(), QPointF(v.x, v.y));
            ends << line->end->coords();
          }
        if (!v.role.classShared) {
          QVERIFY(ends.isEmpty());
          continue;
        }
        QList<QPointF> centroids;
        for (int c : {v.role.mostProbableClass, v.role.secondProbableClass}) {
          double x = 0, y = 0;
          int n = 0;
          for (const auto& w : outcome.analysis.items)
            if (w.item.scale == summary.scale && w.item.ownerClass == c && !w.role.classShared) {
              x += w.x;
              y += w.y;
              ++n;
            }
          QVERIFY(n > 0);
          centroids << QPointF(x / n, y / n);
        }
        QCOMPARE(ends.size(), 2);
        for (int k = 0; k < 2; ++k) {
          QVERIFY(std::abs(ends[k].x() - centroids[k].x()) < 1e-4);
          QVERIFY(std::abs(ends[k].y() - centroids[k].y()) < 1e-4);
        }
      }

      // The labels show the engine's numbers.
      QVERIFY(std::isfinite(summary.silhouette) && std::isfinite(summary.daviesBouldin));
      QCOMPARE(child<QLabel>(inspector, "silhouetteLabel")->text(), number(summary.silhouette));
      QCOMPARE(child<QLabel>(inspector, "daviesBouldinLabel")->text(),
               number(summary.daviesBouldin));
      QCOMPARE(child<QLabel>(inspector, "trustworthinessLabel")->text(),
               number(summary.trustworthiness));
      QCOMPARE(child<QLabel>(inspector, "sharedCountLabel")->text(), QString("2"));
      QCOMPARE(child<QLabel>(inspector, "specificCountLabel")->text(),
               QString::number(summary.items - summary.sharedItems));

      // A tooltip lists the item's probabilities, highest first.
      const int first = scatter->itemsShown().first();
      const auto& p =
          outcome.analysis.items[static_cast<std::size_t>(first)].item.classProbabilities;
      const QString tip = scatter->tooltipFor(first);
      const QString high = number(std::max(p[0], p[1])), low = number(std::min(p[0], p[1]));
      QVERIFY2(tip.contains(high) && tip.contains(low), qPrintable(tip));
      QVERIFY(tip.indexOf(high) <= tip.lastIndexOf(low));
      QVERIFY(tip.contains(outcome.classNames[0]) && tip.contains(outcome.classNames[1]));
      QCOMPARE(scatter->itemAt(scatter->itemPixelPosition(first).toPoint()) >= 0, true);
    }
    combo->setCurrentIndex(0);
    QTest::qWait(50);  // let the layout settle before the screenshot
    QVERIFY(inspector.grab().save(QStringLiteral(MDD_TEST_WORK_DIR) + "/memory_inspector.png"));

    // Exports: a PNG of the plot at twice its size, a PDF.
    const QString png = work_ + "/memory.png", pdf = work_ + "/memory.pdf";
    QString error;
    QVERIFY2(inspector.exportPng(png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), inspector.pngExportSize());
    QCOMPARE(image.size(), scatter->customPlot()->size() * 2);
    int coloured = 0;  // class colours are in the picture
    for (int y = 0; y < image.height(); y += 2)
      for (int x = 0; x < image.width(); x += 2)
        coloured += image.pixelColor(x, y).saturation() > 80;
    QVERIFY(coloured > 50);
    QVERIFY2(inspector.exportPdf(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(4) == "%PDF");
    QVERIFY(pdfFile.size() > 1000);
    const QString nowhere = work_ + "/no/such/folder/memory.png";
    QVERIFY(!inspector.exportPng(nowhere, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(nowhere)), qPrintable(error));
    QCOMPARE(inspector.statusText(), error);

    // The same settings again: identical; another perplexity (16 items lower 30 to 5):
    // a different layout. (The seed alone rarely changes it: t-SNE starts from PCA.)
    const mdd::MemoryAnalysis first = inspector.lastOutcome().analysis;
    QVERIFY(computeWith(inspector, 7));
    bool same = true;
    for (std::size_t i = 0; i < first.items.size(); ++i)
      same = same && first.items[i].x == inspector.lastOutcome().analysis.items[i].x &&
             first.items[i].y == inspector.lastOutcome().analysis.items[i].y;
    QVERIFY(same);
    QVERIFY(computeWith(inspector, 7, 3.0));
    bool differs = false;
    for (std::size_t i = 0; i < first.items.size(); ++i)
      differs = differs || first.items[i].x != inspector.lastOutcome().analysis.items[i].x;
    QVERIFY(differs);
    QCOMPARE(inspector.currentScale(), 0);  // the chosen scale stays

    // The same model again keeps the layout; the file rewritten (retrained) drops it.
    inspector.setModelPath(modelPath_);
    QVERIFY(inspector.lastOutcome().ok);
    QFile file(modelPath_);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5),
                             QFileDevice::FileModificationTime));
    file.close();
    inspector.setModelPath(modelPath_);
    QVERIFY(!inspector.lastOutcome().ok);
    QVERIFY(inspector.messageText().contains("Press Compute"));
    QVERIFY(!child<QPushButton>(inspector, "exportMemoryPngButton")->isEnabled());
  }

  void modelWithoutMemoryShowsMessage() {
    MemoryInspector inspector;
    inspector.resize(1100, 700);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    inspector.setModelPath(noMemoryPath_);
    QTRY_VERIFY_WITH_TIMEOUT(inspector.messageText().contains("no class-aware memory"), 30000);
    QVERIFY(inspector.messageText().contains("no_memory.mdda"));
    auto* stack = child<QStackedWidget>(inspector, "memoryStack");
    QCOMPARE(stack->currentWidget()->objectName(), QString("memoryMessageLabel"));
    QVERIFY(!child<QPushButton>(inspector, "computeMemoryButton")->isEnabled());
    QVERIFY(inspector.grab().save(QStringLiteral(MDD_TEST_WORK_DIR) + "/memory_no_memory.png"));

    // The worker says the same when asked directly.
    const MemoryOutcome direct = analyzeModelMemory(noMemoryPath_, "cpu", {}, {}, {});
    QVERIFY(!direct.ok && direct.noMemory);
    QVERIFY(direct.error.contains("no_memory.mdda"));
  }

  void missingModelNamesTheFile() {
    MemoryInspector inspector;
    const QString missing = work_ + "/missing.mdda";
    inspector.setModelPath(missing);
    QTRY_VERIFY_WITH_TIMEOUT(inspector.messageText().contains("Could not read"), 30000);
    QVERIFY(inspector.messageText().contains("missing.mdda"));
    QSignalSpy failed(&inspector, &MemoryInspector::failed);
    inspector.compute();
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(failed.first().first().toString().contains("missing.mdda"));
    QVERIFY(!inspector.lastOutcome().ok);
    QVERIFY(!child<QPushButton>(inspector, "exportMemoryPngButton")->isEnabled());
  }

  void jobCancelsAndDiesSafely() {
    MemoryJob job;
    QSignalSpy finished(&job, &MemoryJob::finished);
    mdd::MemoryAnalysisOptions options;
    QVERIFY(job.start(modelPath_, options));
    QVERIFY(!job.start(modelPath_, options));  // one run at a time
    job.cancel();  // before the t-SNE begins: it stops at its first iteration
    QVERIFY(finished.wait(kWaitMs));
    const MemoryOutcome outcome = finished.first().first().value<MemoryOutcome>();
    QVERIFY(outcome.cancelled && !outcome.ok);
    QVERIFY(!job.isRunning());

    // Destroyed mid-run: the destructor cancels and joins; nothing is delivered.
    auto* doomed = new MemoryJob;
    QSignalSpy never(doomed, &MemoryJob::finished);
    QVERIFY(doomed->start(modelPath_, options));
    // Deleted before the event loop runs again: even a worker that has already finished
    // (a tiny model on an idle machine takes a few ms) has its outcome still queued.
    delete doomed;
    QTest::qWait(100);
    QCOMPARE(never.count(), 0);
  }
};

QTEST_MAIN(TestMemoryInspector)
#include "test_memory_inspector.moc"
