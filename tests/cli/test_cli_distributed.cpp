// Data-parallel `mddnet train --distributed`: two ranks on 127.0.0.1 (Gloo) end with
// bit-identical weights, and follow the single-process run with the same global batch.
//
// Tolerance: BatchNorm uses the global batch's statistics (cross-rank), so the two runs
// compute the same thing and differ only by floating-point summation order. Adam turns
// such tiny differences into whole steps for weights whose gradient is near zero, so the
// yardstick is the same single-process run at another thread count (pure rounding noise):
// after kSteps steps the distributed weights (ranks on 1 thread each) must be no further
// from the single-process run on 1 thread than that noise floor, at least 4x closer than a
// single-process run with batch 2 (one rank's share) is, and within 0.1% of its norm.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QFile>
#include <QProcess>
#include <QtTest>

#include "cli_runner.h"
#include "model/model_impl.h"
#include "test_paths.h"
#include "tiny_training.h"

using mddtest::runCli;
using mddtest::tinyTrainArgs;

namespace {

constexpr int kSteps = 4;

// A TCP port nobody listens on right now (the kernel's pick for port 0).
int freePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(fd);
  return ntohs(address.sin_port);
}

torch::Tensor studentWeights(const QString& path) {
  const mdd::Model model = mdd::Model::load(path.toStdString(), "cpu");
  std::vector<torch::Tensor> flat;
  for (const auto& p : model.impl().net->studentParameters()) flat.push_back(p.detach().flatten());
  return torch::cat(flat);
}

}  // namespace

class TestCliDistributed : public QObject {
  Q_OBJECT
  QString dir_;

  QStringList trainArgs(const QString& out, int batch, const QString& precision) const {
    return tinyTrainArgs(dir_) << "--iterations" << QString::number(kSteps) << "--batch"
                               << QString::number(batch) << "--out" << out << "--precision"
                               << precision;
  }

  // Two ranks on 127.0.0.1 writing <prefix>0.mdda; checks that both succeed, that only
  // rank 0 writes, and that rank 1 ends with rank 0's weights exactly.
  void trainTwoRanks(const QString& prefix, const QString& precision) {
    const QString port = QString::number(freePort());
    QProcess ranks[2];
    for (int r = 0; r < 2; ++r) {
      auto env = QProcessEnvironment::systemEnvironment();
      env.insert("WORLD_SIZE", "2");
      env.insert("RANK", QString::number(r));
      env.insert("MASTER_ADDR", "127.0.0.1");
      env.insert("MASTER_PORT", port);
      env.insert("OMP_NUM_THREADS", "1");
      ranks[r].setProcessEnvironment(env);
      ranks[r].start(QStringLiteral(MDD_CLI_PATH),
                     trainArgs(prefix + QString("%1.mdda").arg(r), 4, precision)
                         << "--distributed");
    }
    QString err[2];
    for (int r = 0; r < 2; ++r) {
      QVERIFY(ranks[r].waitForFinished(300000));
      err[r] = QString::fromUtf8(ranks[r].readAllStandardError());
      QVERIFY2(ranks[r].exitCode() == 0, qPrintable(err[r]));
    }
    // Gradients are averaged over the ranks: every rank ends with rank 0's weights exactly.
    QVERIFY2(err[1].contains("rank 1 of 2: weights differ from rank 0's by at most 0\n"),
             qPrintable(err[1]));
    QVERIFY(err[0].contains("train: 4/4"));  // rank 0 reports progress
    QVERIFY(!err[1].contains("train: 4/4"));
    QVERIFY(QFile::exists(prefix + "0.mdda"));  // only rank 0 writes the model
    QVERIFY(!QFile::exists(prefix + "1.mdda"));
    QVERIFY(!QFile::exists(prefix + "1.mdda.ckpt"));
  }

 private Q_SLOTS:
  void initTestCase() {
    dir_ = mddtest::freshWorkDir("cli_distributed");
    mddtest::makeTinyDemo(dir_);
  }

  // In fp32, where summation order is the only difference, against the single process.
  void twoRanksAgreeAndMatchTheSingleProcessRun() {
    trainTwoRanks(dir_ + "/rank", "fp32");
    if (QTest::currentTestFailed()) return;

    const QStringList oneThread = {"OMP_NUM_THREADS=1"};
    const auto single = runCli(trainArgs(dir_ + "/single.mdda", 4, "fp32"), 600000, oneThread);
    QVERIFY2(single.exitCode == 0, qPrintable(single.err));
    const auto twoThreads =
        runCli(trainArgs(dir_ + "/threads.mdda", 4, "fp32"), 600000, {"OMP_NUM_THREADS=2"});
    QVERIFY2(twoThreads.exitCode == 0, qPrintable(twoThreads.err));
    const auto halfBatch = runCli(trainArgs(dir_ + "/half.mdda", 2, "fp32"), 600000, oneThread);
    QVERIFY2(halfBatch.exitCode == 0, qPrintable(halfBatch.err));

    const auto distributed = studentWeights(dir_ + "/rank0.mdda");
    const auto reference = studentWeights(dir_ + "/single.mdda");
    const double toReference = (distributed - reference).norm().item<double>();
    const double noise = (studentWeights(dir_ + "/threads.mdda") - reference).norm().item<double>();
    const double halfToReference = (studentWeights(dir_ + "/half.mdda") - reference).norm().item<double>();
    const double relative = toReference / reference.norm().item<double>();
    qInfo("|distributed - single| = %.4g (%.3g%% of |single|), rounding noise (2 vs 1 threads) "
          "= %.4g, |batch 2 - single| = %.4g",
          toReference, 100 * relative, noise, halfToReference);
    QVERIFY(toReference <= 1.5 * noise);
    QVERIFY(toReference < 0.25 * halfToReference);
    QVERIFY(relative < 0.001);
  }

  // The other paths --precision can take, auto included (bf16 on AVX512-BF16 and AMX CPUs,
  // fp32 elsewhere), and bf16 forced (emulated where the CPU lacks it): the collectives,
  // the cross-rank BatchNorm statistics and the gradients all pass through bf16 autocast.
  void twoRanksTrainInEveryPrecision_data() {
    QTest::addColumn<QString>("precision");
    QTest::newRow("auto") << "auto";
    QTest::newRow("bf16") << "bf16";
  }
  void twoRanksTrainInEveryPrecision() {
    QFETCH(QString, precision);
    const QString prefix = dir_ + "/" + precision + "_rank";
    trainTwoRanks(prefix, precision);
    if (QTest::currentTestFailed()) return;
    const QStringList oneThread = {"OMP_NUM_THREADS=1"};
    const QString singlePath = dir_ + "/" + precision + "_single.mdda";
    const auto single = runCli(trainArgs(singlePath, 4, precision), 600000, oneThread);
    QVERIFY2(single.exitCode == 0, qPrintable(single.err));
    const auto halfPath = dir_ + "/" + precision + "_half.mdda";
    const auto half = runCli(trainArgs(halfPath, 2, precision), 600000, oneThread);
    QVERIFY2(half.exitCode == 0, qPrintable(half.err));
    const auto distributed = studentWeights(prefix + "0.mdda");
    QVERIFY(torch::isfinite(distributed).all().item<bool>());
    const auto reference = studentWeights(singlePath);
    const double toReference = (distributed - reference).norm().item<double>();
    const double halfToReference = (studentWeights(halfPath) - reference).norm().item<double>();
    qInfo("%s: |distributed - single| = %.4g (%.3g%% of |single|), |batch 2 - single| = %.4g",
          qPrintable(precision), toReference, 100 * toReference / reference.norm().item<double>(),
          halfToReference);
    // The global batch was trained, not each rank's half of it.
    QVERIFY(toReference < 0.5 * halfToReference);
  }

  void aRankWithoutPartnersTimesOutWithOneLine() {
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("WORLD_SIZE", "2");
    env.insert("RANK", "1");
    env.insert("MASTER_ADDR", "127.0.0.1");
    env.insert("MASTER_PORT", QString::number(freePort()));
    env.insert("MDDNET_DIST_TIMEOUT", "2");
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MDD_CLI_PATH),
            trainArgs(dir_ + "/lonely.mdda", 4, "auto") << "--distributed");
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains("rank 1 of 2: rendezvous at 127.0.0.1:"), qPrintable(err));
    QCOMPARE(err.trimmed().split('\n').last().count("rendezvous"), 1);
  }
};

QTEST_GUILESS_MAIN(TestCliDistributed)
#include "test_cli_distributed.moc"
