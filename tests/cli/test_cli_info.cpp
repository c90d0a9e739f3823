#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "cli_runner.h"

using mddtest::runCli;

class TestCliInfo : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void infoJsonHasAllFields() {
    const auto r = runCli({"info", "--json"});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject o = doc.object();
    for (const char* key : {"mddnet_version", "torch_version", "opencv_version", "blas",
                            "cpu_cores", "intra_op_threads", "cuda_available", "device",
                            "distributed_backends", "teacher_dir", "auto_precision",
                            "auto_precision_reason"})
      QVERIFY2(o.contains(key), key);
    QVERIFY(o["cpu_cores"].toInt() >= 1);
    QCOMPARE(o["intra_op_threads"].toInt(), o["cpu_cores"].toInt());
    QVERIFY(o["distributed_backends"].toString().contains("gloo"));  // Debian's LibTorch has it
    QCOMPARE(o["device"].toString(),
             o["cuda_available"].toBool() ? QString("cuda:0") : QString("cpu"));
    // What auto picks follows the CPU's flags, and the reason says so.
    const QString features = o["cpu_features"].toString();
    const bool hardwareBf16 = o["cuda_available"].toBool() || features.contains("amx_bf16") ||
                              features.contains("avx512_bf16");
    QCOMPARE(o["auto_precision"].toString(), hardwareBf16 ? QString("bf16") : QString("fp32"));
    QVERIFY(o["auto_precision_reason"].toString().startsWith(o["auto_precision"].toString() +
                                                             ": auto"));
  }
  void infoTextMentionsLibTorch() {
    const auto r = runCli({"info"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("LibTorch:"));
    QVERIFY(r.out.contains("BLAS:"));
    QVERIFY(r.out.contains("Precision auto:  fp32: auto") ||
            r.out.contains("Precision auto:  bf16: auto"));
  }
  void versionAndHelp() {
    const auto v = runCli({"--version"});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith("mddnet "));
    const auto h = runCli({"--help"});
    QCOMPARE(h.exitCode, 0);
    QVERIFY(h.out.contains("info"));
    QVERIFY(h.out.contains("exit codes"));
    const auto ih = runCli({"info", "--help"});
    QCOMPARE(ih.exitCode, 0);
    QVERIFY(ih.out.contains("--json"));
  }
  void badArgumentsAreUsageErrors() {
    const auto u = runCli({"no-such-command"});
    QCOMPARE(u.exitCode, 2);
    QVERIFY(u.err.contains("unknown command 'no-such-command'"));
    const auto o = runCli({"info", "--bogus"});
    QCOMPARE(o.exitCode, 2);
    QVERIFY(o.err.contains("--bogus"));
    const auto none = runCli({});
    QCOMPARE(none.exitCode, 2);
  }
};

QTEST_GUILESS_MAIN(TestCliInfo)
#include "test_cli_info.moc"
