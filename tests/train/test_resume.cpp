// Cancel then resume continues the same run: the resumed loss curve equals the
// uninterrupted one (same data order, optimizer state and weights).
#include <QtTest>

#include "io/tensor_archive.h"
#include "mdd/demo_dataset.h"
#include "mdd/train.h"
#include "test_paths.h"

using namespace mdd;

namespace {

TrainConfig tinyConfig(const QString& checkpoint) {
  TrainConfig c;
  c.model.network.backbone = "mobilenet_v2";
  c.model.network.inputWidth = c.model.network.inputHeight = 64;
  c.model.network.neckChannels = 32;
  c.model.network.codeChannels = 64;
  c.model.network.decoderWidths = {16, 32, 64};
  c.model.network.memory.itemsPerClass = 8;
  c.batchSize = 4;
  c.iterations = 8;
  c.seed = 5;
  c.device = "cpu";
  c.loaderThreads = 2;
  c.checkpointPath = checkpoint.toStdString();
  return c;
}

}  // namespace

class TestResume : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void resumeContinuesTheSameRun() {
    const QString dir = mddtest::freshWorkDir("resume");
    DemoDatasetOptions demo;
    demo.classes = 2;
    demo.imageSize = 64;
    demo.trainGood = 10;
    demo.testGood = 2;
    demo.testDefects = 5;
    makeDemoDataset((dir + "/demo").toStdString(), demo);
    LoadReport report;
    const Dataset dataset = loadDataset((dir + "/demo").toStdString(), {}, report);

    CancelToken never;
    const auto full = trainModel(dataset, tinyConfig(dir + "/unused.ckpt"), nullptr, never);
    QCOMPARE(full.history.size(), size_t{8});

    CancelToken cancel;
    const QString ckpt = dir + "/run.ckpt";
    const auto first = trainModel(
        dataset, tinyConfig(ckpt),
        [&](const TrainProgress& p) {
          if (p.step == 3) cancel.cancel();
        },
        cancel);
    QVERIFY(first.cancelled);
    QCOMPARE(first.stepsDone, 3);
    QVERIFY(QFileInfo::exists(ckpt));
    QCOMPARE(io::TensorArchive::open(ckpt.toStdString()).header()["checkpoint"]["step"].get<int>(), 3);

    CancelToken none;
    const auto resumed = trainModel(dataset, tinyConfig(ckpt), nullptr, none, ckpt.toStdString());
    QVERIFY(!resumed.cancelled);
    QCOMPARE(resumed.history.size(), size_t{8});  // the 3 saved steps + 5 new ones
    for (size_t i = 0; i < 8; ++i) {
      const double a = full.history[i].losses.total, b = resumed.history[i].losses.total;
      QVERIFY2(std::abs(a - b) <= 1e-4 * std::max(1.0, std::abs(a)),
               qPrintable(QString("step %1: %2 vs %3").arg(i + 1).arg(a).arg(b)));
    }
  }
  void resumeRejectsOtherFiles() {
    const QString dir = mddtest::freshWorkDir("resume_bad");
    QFile f(dir + "/junk.ckpt");
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a checkpoint");
    f.close();
    Dataset empty;
    empty.classNames = {"a"};
    Sample s;
    s.path = (dir + "/x.png").toStdString();
    s.className = "a";
    empty.samples.push_back(s);
    CancelToken none;
    try {
      trainModel(empty, tinyConfig(dir + "/c.ckpt"), nullptr, none, (dir + "/junk.ckpt").toStdString());
      QFAIL("no error");
    } catch (const std::exception& e) {
      QVERIFY2(QString(e.what()).contains("junk.ckpt"), e.what());
    }
  }
};

QTEST_APPLESS_MAIN(TestResume)
#include "test_resume.moc"
