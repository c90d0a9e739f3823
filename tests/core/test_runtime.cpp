#include <QtTest>

#include <thread>

#include "mdd/runtime.h"

class TestRuntime : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void reportsVersions() {
    const auto info = mdd::runtimeInfo();
    QVERIFY(!info.mddnetVersion.empty());
    QVERIFY2(QString::fromStdString(info.torchVersion).count('.') == 2,
             info.torchVersion.c_str());
    QVERIFY2(QString::fromStdString(info.opencvVersion).startsWith('4'),
             info.opencvVersion.c_str());
  }
  void usesAllCores() {
    const auto info = mdd::runtimeInfo();
    QVERIFY(info.cpuCores >= 1);
    QVERIFY(info.cpuCores <= static_cast<int>(std::thread::hardware_concurrency()));
    // Debian's LibTorch starts with one thread; initRuntime must raise it.
    QCOMPARE(info.intraOpThreads, info.cpuCores);
  }
  void namesBlasLibrary() {
    const auto info = mdd::runtimeInfo();
    QVERIFY(!info.blas.empty());
    QVERIFY2(info.blas != "unknown", info.blas.c_str());
  }
  void namesTheAllocator() {
    const auto info = mdd::runtimeInfo();
#ifdef MDD_EXPECT_TCMALLOC
    // Linked by MDD_USE_TCMALLOC: malloc must really resolve to it in this process.
    QVERIFY2(info.allocator.rfind("tcmalloc", 0) == 0, info.allocator.c_str());
#else
    QVERIFY2(info.allocator.rfind("glibc", 0) == 0, info.allocator.c_str());
#endif
  }
  void deviceMatchesCuda() {
    const auto info = mdd::runtimeInfo();
    QCOMPARE(QString::fromStdString(info.defaultDevice),
             info.cudaAvailable ? QString("cuda:0") : QString("cpu"));
    QCOMPARE(info.cudaDeviceName.empty(), !info.cudaAvailable);
    if (!info.cudaAvailable) QCOMPARE(info.cudaDeviceCount, 0);
  }
  void formatsTextAndJson() {
    const auto info = mdd::runtimeInfo();
    const QString text = QString::fromStdString(mdd::formatRuntimeInfo(info));
    QVERIFY(text.contains("LibTorch:"));
    QVERIFY(text.contains(QString::fromStdString(info.torchVersion)));
    const QString json = QString::fromStdString(mdd::runtimeInfoJson(info));
    QVERIFY(json.contains("\"intra_op_threads\""));
  }
};

QTEST_APPLESS_MAIN(TestRuntime)
#include "test_runtime.moc"
