// Child program of test_review_crash: makes review decisions with key presses until it is
// killed. Usage: review_writer <project.mddproj> [rows]
// A ReviewPanel over the project reviews generated rows; the keys cycle through G, D and
// Return (Return on a needs_review row decides nothing). After each decision the panel has
// committed, it prints "decided <n> <decision> <path>" (flushed at once), so the test knows
// exactly what must survive a SIGKILL.
#include <QApplication>
#include <QTableView>
#include <QTest>

#include <cstdio>

#include "project/project_store.h"
#include "review/review_panel.h"

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() < 2) {
    std::fprintf(stderr, "usage: review_writer <project.mddproj> [rows]\n");
    return 2;
  }
  const int rowCount = args.size() > 2 ? args[2].toInt() : 5000;
  mddui::ProjectStore store;
  QString error;
  if (!store.open(args[1], &error)) {
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
  }
  QVector<mddui::ResultRow> rows;
  static const char* const kVerdicts[] = {"good", "defect", "needs_review"};
  for (int i = 0; i < rowCount; ++i) {
    mddui::ResultRow r;
    r.path = QStringLiteral("/review-crash/%1.png").arg(i, 5, 10, QLatin1Char('0'));
    r.className = i % 2 ? QStringLiteral("tile") : QStringLiteral("leather");
    r.normalizedScore = (i % 97) / 97.0;
    r.score = r.normalizedScore * 3;
    r.verdict = QLatin1String(kVerdicts[i % 3]);
    rows << r;
  }

  mddui::ReviewPanel panel;
  // No image files exist: an empty overlay provider keeps the panel from trying to read them.
  panel.setOverlayProvider([](const mddui::ResultRow&) {});
  panel.setStore(&store);
  panel.setRows(rows);
  int decided = 0;
  QObject::connect(&panel, &mddui::ReviewPanel::decisionMade, [&](const mddui::ReviewLabel& l) {
    std::printf("decided %d %s %s\n", ++decided, qPrintable(l.decision), qPrintable(l.imagePath));
    std::fflush(stdout);
  });
  panel.show();
  panel.activateWindow();
  if (!QTest::qWaitForWindowActive(&panel)) {
    std::fprintf(stderr, "the review panel's window did not become active\n");
    return 1;
  }
  panel.findChild<QTableView*>(QStringLiteral("reviewQueueView"))->setFocus();

  const Qt::Key keys[] = {Qt::Key_G, Qt::Key_D, Qt::Key_Return};
  for (int k = 0; panel.reviewedCount() < panel.rowCount(); ++k) {
    QTest::keyClick(&panel, keys[k % 3]);
    QCoreApplication::processEvents();
  }
  std::fprintf(stderr, "every row is reviewed\n");
  return 0;
}
