// `mddnet train` end to end on a tiny demo dataset, and its argument errors.
#include <QFile>
#include <QtTest>

#include "cli_runner.h"
#include "mdd/model.h"
#include "test_paths.h"
#include "tiny_training.h"

using mddtest::runCli;
using mddtest::tinyTrainArgs;

class TestCliTrain : public QObject {
  Q_OBJECT
  QString dir_;

 private Q_SLOTS:
  void initTestCase() {
    dir_ = mddtest::freshWorkDir("cli_train");
    mddtest::makeTinyDemo(dir_);
  }

  void trainsFitsThresholdsAndWritesTheModel() {
    const QString model = dir_ + "/model.mdda";
    const auto r = runCli(tinyTrainArgs(dir_) << "--iterations" << "3" << "--out" << model);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("trained 3 steps"));
    QVERIFY(r.out.contains("validation metrics"));
    QVERIFY(r.err.contains("train: 3/3 (100%)"));  // plain progress lines off a terminal
    QVERIFY(r.err.contains("ETA"));
    const mdd::ModelFileInfo info = mdd::readModelFileInfo(model.toStdString());
    QCOMPARE(info.config.network.backbone, std::string("mobilenet_v2"));
    QCOMPARE(info.config.network.inputWidth, 64);
    QCOMPARE(info.config.classNames.size(), std::size_t(2));
    QCOMPARE(info.metadata.training.steps, 3);
    QCOMPARE(info.metadata.training.datasetRoots.size(), std::size_t(1));
    for (const auto& t : info.metadata.thresholds) {
      QVERIFY(mdd::isDefined(t.imageThreshold));
      QVERIFY(mdd::isDefined(t.pixelThreshold));
    }
  }

  void flagsOverrideTheConfigFile() {
    const QString model = dir_ + "/model_96.mdda";
    const auto r = runCli(tinyTrainArgs(dir_) << "--iterations" << "1" << "--image-size" << "96"
                                              << "--out" << model);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(mdd::readModelFileInfo(model.toStdString()).config.network.inputWidth, 96);
  }

  void badArgumentsAreOneLineErrors_data() {
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = dir_ + "/never.mdda";
    QTest::newRow("no --out") << QStringList{} << 2 << "option --out is required";
    QTest::newRow("batch 0") << QStringList{"--out", out, "--batch", "0"} << 2
                             << "option --batch must be at least 1, got 0";
    QTest::newRow("batch not a number") << QStringList{"--out", out, "--batch", "four"} << 2
                                        << "option --batch needs an integer, got 'four'";
    QTest::newRow("unknown backbone") << QStringList{"--out", out, "--backbone", "vgg"} << 2
                                      << "unknown backbone 'vgg'";
    QTest::newRow("unknown device") << QStringList{"--out", out, "--device", "tpu"} << 2
                                    << "unknown device 'tpu'";
    QTest::newRow("out folder missing") << QStringList{"--out", dir_ + "/no/such/m.mdda"} << 2
                                        << "does not exist";
    QTest::newRow("resume file missing")
        << QStringList{"--out", out, "--resume", dir_ + "/none.ckpt"} << 1
        << "file '" + dir_ + "/none.ckpt' does not exist";
    QTest::newRow("distributed without environment")
        << QStringList{"--out", out, "--distributed"} << 2 << "WORLD_SIZE";
    QTest::newRow("validation fraction") << QStringList{"--out", out, "--validation-fraction", "1.5"}
                                         << 2 << "must be in [0.01, 0.9], got 1.5";
  }
  void badArgumentsAreOneLineErrors() {
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto r = runCli(tinyTrainArgs(dir_) << extra);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count('\n'), 0);  // one line
    QVERIFY(!QFile::exists(dir_ + "/never.mdda"));
  }

  void missingDatasetAndBadConfigFail() {
    auto missing = runCli({"train", dir_ + "/nothing", "--out", dir_ + "/never.mdda"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(dir_ + "/nothing"), qPrintable(missing.err));
    QFile bad(dir_ + "/bad.json");
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"network\": {\"inputWidth\": \"wide\"}}");
    bad.close();
    auto r = runCli({"train", dir_ + "/demo", "--config", bad.fileName(), "--out",
                     dir_ + "/never.mdda"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("bad.json"), qPrintable(r.err));
  }

  void distributedBatchMustSplitOverTheRanks() {
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("WORLD_SIZE", "3");
    env.insert("RANK", "0");
    env.insert("MASTER_ADDR", "127.0.0.1");
    env.insert("MASTER_PORT", "29999");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MDD_CLI_PATH),
            tinyTrainArgs(dir_) << "--out" << dir_ + "/never.mdda" << "--distributed");
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(QString(p.readAllStandardError()).contains("multiple of WORLD_SIZE 3"));
  }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "test_cli_train.moc"
