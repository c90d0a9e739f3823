// A full disk while saving a model, a checkpoint or a model's thresholds: the save throws
// a message naming the file and the fix, and the previous file stays byte-identical with
// no temporary file left behind. Faults are injected into AtomicFileWriter (everywhere)
// and, where the test may mount one (root), come from a real, tiny tmpfs.
#include <cerrno>

#include <QtTest>

#include "io/atomic_file.h"
#include "mdd/model.h"
#include "model/model_impl.h"
#include "small_disk.h"
#include "test_paths.h"
#include "train/checkpoint.h"

using namespace mdd;

namespace {

QByteArray readBytes(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return f.readAll();
}

ModelConfig tinyModelConfig() {
  ModelConfig c;
  c.network.backbone = "mobilenet_v2";
  c.network.inputWidth = c.network.inputHeight = 64;
  c.network.neckChannels = 32;
  c.network.codeChannels = 64;
  c.network.decoderWidths = {16, 32, 64};
  c.network.memory.itemsPerClass = 8;
  c.classNames = {"bottle", "cable"};
  return c;
}

// Every file in `dir` other than the ones named: leftovers of a failed save.
QStringList strayFiles(const QString& dir, const QStringList& expected) {
  QStringList out;
  for (const auto& name : QDir(dir).entryList(QDir::Files | QDir::Hidden))
    if (!expected.contains(name)) out << name;
  return out;
}

// The message of the std::runtime_error `save` throws; empty when it does not throw.
template <typename Fn>
QString errorOf(Fn save) {
  try {
    save();
  } catch (const std::runtime_error& e) {
    return QString::fromUtf8(e.what());
  }
  return {};
}

}  // namespace

class TestFaultInjection : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { model_ = Model::create(tinyModelConfig(), "cpu"); }
  void cleanup() { io::clearWriteFaultForTesting(); }

  void injectedFaultWritesWhatFitsThenFails() {
    const QString dir = mddtest::freshWorkDir("fault_writer");
    const std::string path = (dir + "/a.txt").toStdString();
    io::injectWriteFaultForTesting(5, ENOSPC);
    const QString message = errorOf([&] { io::writeFileAtomically(path, "0123456789"); });
    QVERIFY2(message.contains("a.txt") && message.contains("disk is full") &&
                 message.contains("free space"),
             qPrintable(message));
    QVERIFY(!QFile::exists(dir + "/a.txt"));
    QCOMPARE(strayFiles(dir, {}), QStringList());
    io::clearWriteFaultForTesting();
    io::writeFileAtomically(path, "0123456789");  // the fault is gone: the save works
    QCOMPARE(readBytes(dir + "/a.txt"), QByteArray("0123456789"));
  }

  void fullDiskWhileSavingAModel_data() {
    QTest::addColumn<double>("fraction");  // of the file written before the disk fills
    QTest::newRow("nothing fits") << 0.0;
    QTest::newRow("header only") << 0.001;
    QTest::newRow("half") << 0.5;
    QTest::newRow("all but the last byte") << -1.0;
  }
  void fullDiskWhileSavingAModel() {
    QFETCH(double, fraction);
    const QString dir = mddtest::freshWorkDir("fault_model");
    const QString path = dir + "/model.mdda";
    model_.save(path.toStdString());
    const QByteArray before = readBytes(path);
    QVERIFY(before.size() > 1000);
    Model changed = Model::load(path.toStdString(), "cpu");
    changed.metadata().training.steps = 777;  // a newer version
    const long long allowed =
        fraction < 0 ? before.size() - 1 : static_cast<long long>(fraction * before.size());
    io::injectWriteFaultForTesting(allowed, ENOSPC);
    const QString message = errorOf([&] { changed.save(path.toStdString()); });
    QVERIFY2(message.contains(path) && message.contains("the disk is full: free space") &&
                 message.contains("previous file, if any, is unchanged"),
             qPrintable(message));
    QCOMPARE(readBytes(path), before);
    QCOMPARE(strayFiles(dir, {"model.mdda"}), QStringList());
    QCOMPARE(Model::load(path.toStdString(), "cpu").metadata().training.steps,
             model_.metadata().training.steps);
  }

  void fullDiskWhileRewritingThresholds() {
    const QString dir = mddtest::freshWorkDir("fault_thresholds");
    const QString path = dir + "/model.mdda";
    model_.save(path.toStdString());
    const QByteArray before = readBytes(path);
    ClassThresholds t;
    t.className = "bottle";
    t.imageThreshold = 0.5;
    t.pixelThreshold = 0.6;
    t.imageMin = t.pixelMin = 0.0;
    t.imageMax = t.pixelMax = 1.0;
    io::injectWriteFaultForTesting(before.size() / 3, EIO);
    const QString message = errorOf([&] { writeModelThresholds(path.toStdString(), {t}); });
    QVERIFY2(message.contains(path) && message.contains("Input/output error"),
             qPrintable(message));
    QCOMPARE(readBytes(path), before);
    QCOMPARE(strayFiles(dir, {"model.mdda"}), QStringList());
  }

  void fullDiskWhileSavingACheckpoint() {
    const QString dir = mddtest::freshWorkDir("fault_checkpoint");
    const QString path = dir + "/run.ckpt";
    auto params = model_.impl().net->studentParameters();
    torch::optim::Adam adam(params, torch::optim::AdamOptions(1e-3));
    // One optimizer step so that the checkpoint holds Adam state too.
    torch::Tensor loss = torch::zeros({});
    for (auto& p : params) loss = loss + p.sum();
    loss.backward();
    adam.step();
    std::vector<TrainProgress> history(3);
    train::saveCheckpoint(path.toStdString(), model_, adam, 3, history);
    const QByteArray before = readBytes(path);
    history.resize(4);
    for (const long long allowed : {0LL, 64LL, before.size() / 2LL}) {
      io::injectWriteFaultForTesting(allowed, ENOSPC);
      const QString message = errorOf(
          [&] { train::saveCheckpoint(path.toStdString(), model_, adam, 4, history); });
      io::clearWriteFaultForTesting();
      QVERIFY2(message.contains(path) && message.contains("free space"), qPrintable(message));
      QCOMPARE(readBytes(path), before);
      QCOMPARE(strayFiles(dir, {"run.ckpt"}), QStringList());
    }
    const auto loaded = train::loadCheckpoint(path.toStdString(), "cpu");
    QCOMPARE(loaded.step, 3);
    QCOMPARE(loaded.history.size(), size_t{3});
  }

  // The same with a real file system that runs out of space: the kernel's ENOSPC.
  void realFullDiskWhileSavingAModel() {
    const QString scratch = mddtest::freshWorkDir("fault_real_disk");
    model_.save((scratch + "/size.mdda").toStdString());
    const qint64 modelBytes = QFileInfo(scratch + "/size.mdda").size();
    // Room for the old model and half of a new one.
    mddtest::SmallDisk disk(scratch + "/disk", modelBytes + modelBytes / 2 + 65536);
    if (!disk.available()) QSKIP("cannot mount a small tmpfs here (needs root)");
    const QString path = disk.folder() + "/model.mdda";
    model_.save(path.toStdString());
    const QByteArray before = readBytes(path);
    QCOMPARE(before, readBytes(scratch + "/size.mdda"));
    Model changed = Model::load(path.toStdString(), "cpu");
    changed.metadata().training.steps = 777;  // a newer version
    const QString message = errorOf([&] { changed.save(path.toStdString()); });
    QVERIFY2(message.contains(path) && message.contains("No space left on device") &&
                 message.contains("free space"),
             qPrintable(message));
    QCOMPARE(readBytes(path), before);
    QCOMPARE(strayFiles(disk.folder(), {"model.mdda"}), QStringList());
  }

 private:
  Model model_;
};

QTEST_APPLESS_MAIN(TestFaultInjection)
#include "test_fault_injection.moc"
