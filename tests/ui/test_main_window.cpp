#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QtTest>

#include <set>

#include "main/main_window.h"

class TestMainWindow : public QObject {
  Q_OBJECT
 private slots:
  void showsMenusAndDevice() {
    mddui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QStringList menus;
    for (QAction* a : w.menuBar()->actions()) menus << a->text();
    QVERIFY(menus.contains("&File"));
    QVERIFY(menus.contains("&Help"));
    auto* device = w.findChild<QLabel*>("deviceLabel");
    QVERIFY(device);
    QVERIFY(device->text().startsWith(w.runtime().cudaAvailable ? "GPU" : "CPU"));
  }
  void screenshotIsNotBlank() {
    mddui::MainWindow w;
    w.resize(900, 600);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QImage shot = w.grab().toImage();
    QVERIFY(!shot.isNull());
    std::set<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 3)
      for (int x = 0; x < shot.width(); x += 3) colours.insert(shot.pixel(x, y));
    // A blank window is one or two colours; text, menus and status bar give many.
    QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    const QString out = QString(MDD_TEST_WORK_DIR) + "/main_window.png";
    QDir().mkpath(MDD_TEST_WORK_DIR);
    QVERIFY(shot.save(out));
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
