// LossPlot: one curve per loss term, replace-on-resume, log axis, throttled redraws.
#include <QCheckBox>
#include <QtTest>

#include <cmath>
#include <set>

#include <qcustomplot.h>

#include "training/loss_plot.h"

namespace {
mdd::LossValues decaying(int step) {
  const double t = std::exp(-step / 40.0);
  mdd::LossValues v;
  v.restoration = 0.6 * t + 0.05;
  v.identity = 0.3 * t + 0.02;
  v.distillation = 0.4 * t + 0.03;
  v.memoryClass = 0.7 * t * t + 0.01;
  v.memoryReconstruction = 0.2 * t + 0.04;
  v.total = v.restoration + v.identity + v.distillation + v.memoryClass + v.memoryReconstruction;
  return v;
}
}  // namespace

class TestLossPlot : public QObject {
  Q_OBJECT
 private slots:
  void hasOneDistinctCurvePerTerm() {
    mddui::LossPlot plot;
    QCOMPARE(plot.objectName(), QString("lossPlot"));
    QCustomPlot* p = plot.customPlot();
    QCOMPARE(p->graphCount(), 6);
    std::set<QRgb> colours;
    QStringList names;
    for (int i = 0; i < p->graphCount(); ++i) {
      colours.insert(p->graph(i)->pen().color().rgb());
      names << p->graph(i)->name();
    }
    QCOMPARE(int(colours.size()), 6);
    QCOMPARE(names, QStringList({"total", "restoration", "identity", "distillation",
                                 "memory class", "memory reconstruction"}));
    QVERIFY(p->legend->visible());
  }
  void addsAndReplacesPoints() {
    mddui::LossPlot plot;
    for (int step = 1; step <= 5; ++step) plot.addPoint(step, decaying(step));
    QCOMPARE(plot.pointCount(), 5);
    QCOMPARE(plot.customPlot()->graph(3)->data()->at(4)->value, decaying(5).distillation);
    // A resumed run that restarts at step 3 replaces steps 3..5.
    mdd::LossValues other;
    other.total = 9;
    plot.addPoint(3, other);
    QCOMPARE(plot.pointCount(), 3);
    QCOMPARE(plot.customPlot()->graph(0)->data()->at(2)->value, 9.0);
    plot.clear();
    QCOMPARE(plot.pointCount(), 0);
  }
  void logScaleToggles() {
    mddui::LossPlot plot;
    auto* check = plot.findChild<QCheckBox*>("logScaleCheck");
    QVERIFY(check);
    QVERIFY(!plot.logScale());
    check->click();
    QVERIFY(plot.logScale());
    QCOMPARE(plot.customPlot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
    plot.setLogScale(false);
    QVERIFY(!check->isChecked());
    QCOMPARE(plot.customPlot()->yAxis->scaleType(), QCPAxis::stLinear);
  }
  void replotsAtMostTenTimesASecond() {
    mddui::LossPlot plot;
    plot.resize(500, 300);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    const int before = plot.replotCount();
    QElapsedTimer clock;
    clock.start();
    int step = 0;
    while (clock.elapsed() < 500) {  // a flood of points for half a second
      ++step;
      plot.addPoint(step, decaying(step));
      QTest::qWait(2);
    }
    QTest::qWait(150);
    const int replots = plot.replotCount() - before;
    QVERIFY2(replots >= 3 && replots <= 8, qPrintable(QString::number(replots)));
    QCOMPARE(plot.pointCount(), step);
  }
  void screenshot() {
    mddui::LossPlot plot;
    plot.resize(640, 360);
    for (int step = 1; step <= 200; ++step) plot.addPoint(step, decaying(step));
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.replotNow();
    QDir().mkpath(MDD_TEST_WORK_DIR);
    QVERIFY(plot.grab().save(QString(MDD_TEST_WORK_DIR) + "/loss_plot.png"));
    plot.setLogScale(true);
    QVERIFY(plot.grab().save(QString(MDD_TEST_WORK_DIR) + "/loss_plot_log.png"));
  }
};

QTEST_MAIN(TestLossPlot)
#include "test_loss_plot.moc"
