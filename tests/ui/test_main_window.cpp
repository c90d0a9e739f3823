#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QtTest>

#include <map>
#include <set>

#include "main/main_window.h"

class TestMainWindow : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    // Keep the user's settings out of the tests.
    QCoreApplication::setOrganizationName("MDD-Net-tests");
    QCoreApplication::setApplicationName("test_main_window");
    QSettings().clear();
  }
  void frequentActionsHaveShortcuts() {
    mddui::MainWindow w;
    const std::map<QString, QKeySequence> expected = {
        {"actionNewProject", QKeySequence::New},      {"actionOpenProject", QKeySequence::Open},
        {"actionAddDataset", QKeySequence("Ctrl+D")}, {"actionStartTraining", QKeySequence("Ctrl+T")},
        {"actionRunInference", QKeySequence("Ctrl+R")}, {"actionShowTab4", QKeySequence("Ctrl+4")}};
    std::set<QString> seen;
    for (const auto& [name, key] : expected) {
      auto* action = w.findChild<QAction*>(name);
      QVERIFY2(action, qPrintable(name));
      QCOMPARE(action->shortcut(), key);
    }
    // No two actions share a shortcut.
    for (QAction* a : w.findChildren<QAction*>()) {
      if (a->shortcut().isEmpty()) continue;
      QVERIFY2(seen.insert(a->shortcut().toString()).second, qPrintable(a->shortcut().toString()));
    }
  }
  void remembersTabAndSplitters() {
    QList<int> sizes;
    {
      mddui::MainWindow w;
      w.resize(1100, 700);
      w.show();
      QVERIFY(QTest::qWaitForWindowExposed(&w));
      w.showTab(mddui::MainWindow::ResultsTab);
      auto* splitter = w.findChild<QSplitter*>("resultsSplitter");
      QVERIFY(splitter);
      splitter->setSizes({200, 800});
      sizes = splitter->sizes();
      w.close();
    }
    mddui::MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.tabs()->currentIndex(), int(mddui::MainWindow::ResultsTab));
    QCOMPARE(again.findChild<QSplitter*>("resultsSplitter")->sizes(), sizes);
    QCOMPARE(again.size(), QSize(1100, 700));
  }
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
