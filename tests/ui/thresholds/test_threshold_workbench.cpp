// ThresholdWorkbench on synthetic stored results (two classes, known scores and labels):
// dragging the histogram's threshold line re-labels the rows exactly as "x > t" says;
// the method chooser gives the engine's own thresholds; dragging the band's T1/T2 yields the
// expected needs-review counts (T1 never passes T2); every change emits thresholdsChanged
// and re-labels rows(); Save/Revert; saveToModel round-trips through a real model file.
// Every expectation is computed here from the scores, independently of the workbench.
#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>

#include <optional>
#include <vector>

#include <qcustomplot.h>

#include "tiny_training.h"
#include "mdd/model.h"
#include "test_paths.h"
#include "thresholds/confusion_view.h"
#include "thresholds/curve_plots.h"
#include "thresholds/relabel.h"
#include "thresholds/score_histogram.h"
#include "thresholds/threshold_fit.h"
#include "thresholds/threshold_workbench.h"
#include "thresholds/workbench_metrics_table.h"

using namespace mddui;

namespace {

// Scores chosen to overlap, so every threshold between them changes some verdicts.
const std::vector<float> kAlphaNormal{0.10f, 0.12f, 0.15f, 0.18f, 0.20f, 0.22f,
                                      0.25f, 0.27f, 0.30f, 0.33f, 0.41f, 0.52f};
const std::vector<float> kAlphaAnomalous{0.35f, 0.38f, 0.45f, 0.50f, 0.55f,
                                         0.61f, 0.70f, 0.78f, 0.85f, 0.95f};
const std::vector<float> kAlphaUnlabelled{0.48f};
const std::vector<float> kBetaNormal{0.05f, 0.11f, 0.16f, 0.21f, 0.26f, 0.30f};
const std::vector<float> kBetaUnlabelled{0.40f, 0.13f};

ResultRow row(const QString& cls, float score, int truth, const QString& name) {
  ResultRow r;
  r.path = "/images/" + cls + "/" + name + ".png";
  r.className = cls;
  r.groundTruth = truth;
  r.defectType = truth == 1 ? "scratch" : truth == 0 ? "good" : QString();
  r.score = score;
  r.verdict = "good";  // stale on purpose: setData must re-label
  return r;
}

QVector<ResultRow> makeRows() {
  QVector<ResultRow> rows;
  auto add = [&](const QString& cls, const std::vector<float>& scores, int truth) {
    for (float s : scores) rows << row(cls, s, truth, QString::number(rows.size()));
  };
  add("alpha", kAlphaNormal, 0);
  add("alpha", kAlphaAnomalous, 1);
  add("alpha", kAlphaUnlabelled, -1);
  add("beta", kBetaNormal, 0);
  add("beta", kBetaUnlabelled, -1);
  ResultRow broken = row("alpha", 0.0f, 1, "unreadable");
  broken.score = std::nan("");
  broken.verdict.clear();
  broken.error = "cannot read /images/alpha/unreadable.png";
  rows << broken;
  return rows;
}

mdd::ClassThresholds classThresholds(const char* name, mdd::ThresholdMethod method, double t,
                                     double min, double max) {
  mdd::ClassThresholds c;
  c.className = name;
  c.method = method;
  c.imageThreshold = t;
  c.imageMin = min;
  c.imageMax = max;
  c.pixelThreshold = 0.5;
  c.pixelMin = 0.0;
  c.pixelMax = 1.0;
  return c;
}

std::vector<mdd::ClassThresholds> makeThresholds() {
  return {classThresholds("alpha", mdd::ThresholdMethod::F1Optimal, 0.40, 0.10, 0.95),
          classThresholds("beta", mdd::ThresholdMethod::MaxNormalScore, 0.30, 0.05, 0.60)};
}

QVector<MetricsRow> makeMetrics() {
  MetricsRow alpha;
  alpha.className = "alpha";
  alpha.imageAuroc = 0.9;
  alpha.imageAp = 0.85;
  alpha.imageF1max = 0.8;
  alpha.pixelAuroc = 0.95;
  alpha.pixelAp = 0.5;
  alpha.pixelF1max = 0.55;
  alpha.auPro = 0.7;
  return {alpha};
}

// The expected verdict of a score, from docs/EVALUATION.md's rule at sensitivity 0.5:
// x > t is a defect; with a band, x > T2 defect, x > T1 needs review, otherwise good.
QString expectedVerdict(double x, double t, const std::optional<mdd::UncertainBand>& band) {
  if (!band) return x > t ? "defect" : "good";
  if (x > band->upper) return "defect";
  return x > band->lower ? "needs_review" : "good";
}

struct Expected {
  int good = 0, review = 0, defect = 0, tp = 0, fp = 0, tn = 0, fn = 0;
  int reviewNormal = 0, reviewDefect = 0;
};

Expected expectAt(double t, const std::optional<mdd::UncertainBand>& band) {
  Expected e;
  auto tally = [&](const std::vector<float>& scores, int truth) {
    for (float s : scores) {
      const QString v = expectedVerdict(s, t, band);
      (v == "good" ? e.good : v == "defect" ? e.defect : e.review)++;
      const bool flagged = v != "good";
      if (truth == 1) (flagged ? e.tp : e.fn)++;
      if (truth == 0) (flagged ? e.fp : e.tn)++;
      if (v == "needs_review" && truth == 0) ++e.reviewNormal;
      if (v == "needs_review" && truth == 1) ++e.reviewDefect;
    }
  };
  tally(kAlphaNormal, 0);
  tally(kAlphaAnomalous, 1);
  tally(kAlphaUnlabelled, -1);
  return e;
}

template <class T>
T* child(const QWidget& parent, const char* name) {
  T* found = parent.findChild<T*>(QLatin1String(name));
  if (!found) qFatal("no child named %s", name);
  return found;
}

// What QComboBox does when the user picks an item: set it and emit activated.
void choose(QComboBox* combo, mdd::ThresholdMethod method) {
  const int index = combo->findData(static_cast<int>(method));
  combo->setCurrentIndex(index);
  emit combo->activated(index);
}

// Presses on the line at `from`, moves in two steps to `to` and releases.
void drag(ScoreHistogram* histogram, double from, double to) {
  QCustomPlot* plot = histogram->customPlot();
  const QPoint start = histogram->linePixel(from), end = histogram->linePixel(to);
  QTest::mousePress(plot, Qt::LeftButton, {}, start);
  QTest::mouseMove(plot, (start + end) / 2);
  QTest::mouseMove(plot, end);
  QTest::mouseRelease(plot, Qt::LeftButton, {}, end);
}

}  // namespace

class TestThresholdWorkbench : public QObject {
  Q_OBJECT
 private:
  // The alpha rows' verdicts, counts and confusion cells all match the expectation.
  void verifyAlpha(const ThresholdWorkbench& wb, double t,
                   const std::optional<mdd::UncertainBand>& band) {
    const Expected e = expectAt(t, band);
    const VerdictCounts c = wb.currentCounts();
    QCOMPARE(c.good, e.good);
    QCOMPARE(c.needsReview, e.review);
    QCOMPARE(c.defect, e.defect);
    QCOMPARE(c.tp, e.tp);
    QCOMPARE(c.fp, e.fp);
    QCOMPARE(c.tn, e.tn);
    QCOMPARE(c.fn, e.fn);
    const ConfusionView* confusion = wb.confusion();
    QCOMPARE(confusion->cell(ConfusionView::TruthGood, "good"), e.tn);
    QCOMPARE(confusion->cell(ConfusionView::TruthDefect, "good"), e.fn);
    QCOMPARE(confusion->cell(ConfusionView::TruthGood, "defect"), e.fp - e.reviewNormal);
    QCOMPARE(confusion->cell(ConfusionView::TruthDefect, "defect"), e.tp - e.reviewDefect);
    const QTableWidget* table = child<QTableWidget>(wb, "confusionTable");
    QCOMPARE(table->columnCount(), band ? 3 : 2);
    QCOMPARE(table->item(0, 0)->text().toInt(), e.tn);
    QCOMPARE(table->item(1, table->columnCount() - 1)->text().toInt(), e.tp - e.reviewDefect);
    if (band) {
      QCOMPARE(confusion->cell(ConfusionView::TruthGood, "needs_review"), e.reviewNormal);
      QCOMPARE(table->item(1, 1)->text().toInt(), e.reviewDefect);
    }
    const double precision = double(e.tp) / (e.tp + e.fp), recall = double(e.tp) / (e.tp + e.fn);
    QVERIFY(child<QLabel>(wb, "precisionLabel")->text().contains(QString::number(100 * precision, 'f', 1)));
    QVERIFY(child<QLabel>(wb, "recallLabel")->text().contains(QString::number(100 * recall, 'f', 1)));
    QCOMPARE(wb.curves()->rocOperatingPoint(), QPointF(double(e.fp) / (e.fp + e.tn), recall));
    for (const ResultRow& r : wb.rows()) {
      if (r.className != "alpha") continue;
      if (!r.error.isEmpty()) {
        QVERIFY(r.verdict.isEmpty());
        continue;
      }
      QCOMPARE(r.verdict, expectedVerdict(r.score, t, band));
    }
  }

  std::unique_ptr<ThresholdWorkbench> shownWorkbench() {
    auto wb = std::make_unique<ThresholdWorkbench>();
    wb->resize(1400, 860);
    wb->setData(makeRows(), makeThresholds(), makeMetrics());
    wb->show();
    if (!QTest::qWaitForWindowExposed(wb.get())) qFatal("workbench not exposed");
    QTest::qWait(50);  // a queued replot lays out the axes
    return wb;
  }

 private slots:
  void relabelAndCountByHand() {
    QVector<ResultRow> rows = makeRows();
    mdd::ClassThresholds t = makeThresholds()[0];
    t.imageThreshold = 0.34;
    QVERIFY(relabelRows(rows, t));
    for (const ResultRow& r : rows) {
      if (r.className == "beta") QCOMPARE(r.verdict, QString("good"));  // other class untouched
      if (r.className != "alpha" || !r.error.isEmpty()) continue;
      QCOMPARE(r.verdict, expectedVerdict(r.score, 0.34, std::nullopt));
      QCOMPARE(r.normalizedScore, mdd::normalizedImageScore(r.score, t));
    }
    const VerdictCounts c = countVerdicts(rows, "alpha");
    QCOMPARE(c.tp, 10);
    QCOMPARE(c.fp, 2);  // 0.41 and 0.52
    QCOMPARE(c.tn + c.fp, int(kAlphaNormal.size()));
    QCOMPARE(c.defect, 13);  // with the unlabelled 0.48
    // Invalid thresholds change nothing.
    mdd::ClassThresholds bad = t;
    bad.imageBand = mdd::UncertainBand{0.6, 0.4};
    const QVector<ResultRow> before = rows;
    QVERIFY(!relabelRows(rows, bad));
    for (int i = 0; i < rows.size(); ++i) QCOMPARE(rows[i].verdict, before[i].verdict);
  }

  void draggingThresholdRelabels() {
    auto wb = shownWorkbench();
    QCOMPARE(wb->objectName(), QString("thresholdWorkbench"));
    QCOMPARE(wb->currentClass(), QString("alpha"));
    verifyAlpha(*wb, 0.40, std::nullopt);  // setData re-labelled the stale verdicts
    ScoreHistogram* histogram = wb->histogram();
    QVERIFY(wb->findChild<QCustomPlot*>("scoreHistogram"));
    QVERIFY(histogram->binCount() >= 8);
    QSignalSpy changed(wb.get(), &ThresholdWorkbench::thresholdsChanged);
    QSignalSpy dragged(histogram, &ScoreHistogram::thresholdDragged);

    // A press away from every line grabs nothing.
    const QPoint away = histogram->linePixel(0.8);
    QTest::mousePress(histogram->customPlot(), Qt::LeftButton, {}, away);
    QTest::mouseMove(histogram->customPlot(), histogram->linePixel(0.7));
    QTest::mouseRelease(histogram->customPlot(), Qt::LeftButton, {}, histogram->linePixel(0.7));
    QCOMPARE(dragged.count(), 0);
    QCOMPARE(wb->classThresholds("alpha")->imageThreshold, 0.40);

    drag(histogram, 0.40, 0.315);
    QCOMPARE(dragged.count(), 2);  // live, on every move
    QVERIFY(changed.count() >= 2);
    const mdd::ClassThresholds now = *wb->classThresholds("alpha");
    QVERIFY2(now.imageThreshold > 0.30 && now.imageThreshold < 0.33,
             qPrintable(QString::number(now.imageThreshold)));
    QCOMPARE(histogram->threshold(), now.imageThreshold);
    QCOMPARE(now.method, mdd::ThresholdMethod::Manual);
    QCOMPARE(now.imageMin, 0.10);  // normalisation untouched
    QCOMPARE(now.imageMax, 0.95);
    QCOMPARE(child<QComboBox>(*wb, "thresholdMethodCombo")->currentData().toInt(),
             int(mdd::ThresholdMethod::Manual));
    QVERIFY(std::abs(child<QDoubleSpinBox>(*wb, "thresholdSpin")->value() - now.imageThreshold) < 1e-4);
    verifyAlpha(*wb, now.imageThreshold, std::nullopt);
    QCOMPARE(wb->currentCounts().fp, 3);  // 0.33, 0.41, 0.52 are now called defects
    QTest::qWait(50);  // the plots redraw on the next event loop pass
    QVERIFY(wb->grab().save(QStringLiteral(MDD_TEST_WORK_DIR) + "/threshold_workbench_drag.png"));

    // Dragging far right: everything normal, anomalous at or below is good.
    drag(histogram, now.imageThreshold, 0.60);
    const double t = wb->classThresholds("alpha")->imageThreshold;
    QVERIFY(t > 0.55 && t < 0.61);
    verifyAlpha(*wb, t, std::nullopt);
    QCOMPARE(wb->currentCounts().fp, 0);
    const WorkbenchMetricsTable* metrics = child<WorkbenchMetricsTable>(*wb, "workbenchMetricsTable");
    QCOMPARE(metrics->valueText(WorkbenchMetricsTable::IAuroc), QString("90.0"));
    QCOMPARE(metrics->valueText(WorkbenchMetricsTable::Precision), QString("100.0"));
    QCOMPARE(metrics->valueText(WorkbenchMetricsTable::Recall), QString("50.0"));
  }

  void methodChooserMatchesEngine() {
    auto wb = shownWorkbench();
    auto* combo = child<QComboBox>(*wb, "thresholdMethodCombo");
    auto* fpr = child<QDoubleSpinBox>(*wb, "targetFprSpin");
    std::vector<float> scores = kAlphaNormal;
    scores.insert(scores.end(), kAlphaAnomalous.begin(), kAlphaAnomalous.end());
    std::vector<int> labels(kAlphaNormal.size(), 0);
    labels.resize(scores.size(), 1);

    choose(combo, mdd::ThresholdMethod::F1Optimal);
    mdd::ClassThresholds t = *wb->classThresholds("alpha");
    QCOMPARE(t.imageThreshold, mdd::f1OptimalThreshold(scores, labels));
    QCOMPARE(t.method, mdd::ThresholdMethod::F1Optimal);
    verifyAlpha(*wb, t.imageThreshold, std::nullopt);

    choose(combo, mdd::ThresholdMethod::MaxNormalScore);
    t = *wb->classThresholds("alpha");
    QCOMPARE(t.imageThreshold, mdd::maxNormalScoreThreshold(kAlphaNormal));
    QCOMPARE(t.imageThreshold, double(0.52f));
    QCOMPARE(wb->currentCounts().fp, 0);  // max normal score: every normal image passes

    choose(combo, mdd::ThresholdMethod::TargetFpr);
    QVERIFY(fpr->isEnabled());
    fpr->setValue(20.0);  // percent
    t = *wb->classThresholds("alpha");
    QCOMPARE(t.method, mdd::ThresholdMethod::TargetFpr);
    QCOMPARE(t.targetFpr, 0.2);
    QCOMPARE(t.imageThreshold, mdd::targetFprThreshold(kAlphaNormal, 0.2));
    verifyAlpha(*wb, t.imageThreshold, std::nullopt);
    QVERIFY(wb->currentCounts().fp <= 0.2 * kAlphaNormal.size());

    choose(combo, mdd::ThresholdMethod::Manual);
    QCOMPARE(wb->classThresholds("alpha")->method, mdd::ThresholdMethod::Manual);
    QCOMPARE(wb->classThresholds("alpha")->imageThreshold, t.imageThreshold);
    QVERIFY(!fpr->isEnabled());

    // Beta has no anomalous images: F1-optimal is greyed out with the reason.
    QVERIFY(wb->setCurrentClass("beta"));
    QCOMPARE(wb->currentClass(), QString("beta"));
    auto* items = qobject_cast<QStandardItemModel*>(combo->model());
    QStandardItem* f1 = items->item(combo->findData(int(mdd::ThresholdMethod::F1Optimal)));
    QVERIFY(!f1->isEnabled());
    QVERIFY(f1->toolTip().contains("anomalous"));
    QVERIFY(items->item(combo->findData(int(mdd::ThresholdMethod::MaxNormalScore)))->isEnabled());
    const double before = wb->classThresholds("beta")->imageThreshold;
    wb->fitWithMethod(mdd::ThresholdMethod::F1Optimal);
    QCOMPARE(wb->classThresholds("beta")->imageThreshold, before);
    QVERIFY(wb->statusText().contains("anomalous"));
    choose(combo, mdd::ThresholdMethod::MaxNormalScore);
    QCOMPARE(wb->classThresholds("beta")->imageThreshold, double(0.30f));
    // Beta's unlabelled 0.40 is called a defect, its normal ones good.
    QCOMPARE(wb->currentCounts().defect, 1);
    QCOMPARE(wb->currentCounts().good, 7);
    QVERIFY(std::isnan(wb->curves()->auroc()));
    // The other class kept its edit.
    QCOMPARE(wb->classThresholds("alpha")->imageThreshold, t.imageThreshold);
  }

  void bandDragsGiveNeedsReview() {
    auto wb = shownWorkbench();
    ScoreHistogram* histogram = wb->histogram();
    auto* check = child<QCheckBox>(*wb, "bandCheck");
    auto* lowerSpin = child<QDoubleSpinBox>(*wb, "bandLowerSpin");
    QVERIFY(!lowerSpin->isEnabled());
    QSignalSpy bandDragged(histogram, &ScoreHistogram::bandDragged);
    check->click();
    QVERIFY(check->isChecked());
    QVERIFY(lowerSpin->isEnabled());
    // 12 normal images give no band of width at 5 %: 10 % of the range around t.
    std::optional<mdd::UncertainBand> band = wb->classThresholds("alpha")->imageBand;
    QVERIFY(band);
    QVERIFY(std::abs(band->lower - (0.40 - 0.085)) < 1e-12);
    QVERIFY(std::abs(band->upper - (0.40 + 0.085)) < 1e-12);
    QCOMPARE(histogram->band()->lower, band->lower);
    verifyAlpha(*wb, 0.40, band);

    drag(histogram, band->lower, 0.26);
    drag(histogram, band->upper, 0.60);
    band = wb->classThresholds("alpha")->imageBand;
    QCOMPARE(bandDragged.count(), 4);
    QVERIFY(band->lower > 0.25 && band->lower < 0.27);
    QVERIFY(band->upper > 0.55 && band->upper < 0.61);
    QCOMPARE(wb->classThresholds("alpha")->imageThreshold, 0.40);  // t stayed
    verifyAlpha(*wb, 0.40, band);
    // 0.27 0.30 0.33 0.41 0.52 normal, 0.35 0.38 0.45 0.50 0.55 anomalous, 0.48 unlabelled.
    QCOMPARE(wb->currentCounts().needsReview, 11);
    QVERIFY(std::abs(lowerSpin->value() - band->lower) < 1e-4);
    QTest::qWait(50);  // the plots redraw on the next event loop pass
    QVERIFY(wb->grab().save(QStringLiteral(MDD_TEST_WORK_DIR) + "/threshold_workbench.png"));

    // T1 dragged past T2 stops at T2.
    const double upper = band->upper;
    drag(histogram, band->lower, 0.80);
    band = wb->classThresholds("alpha")->imageBand;
    QCOMPARE(band->lower, upper);
    QCOMPARE(band->upper, upper);
    verifyAlpha(*wb, 0.40, band);
    QCOMPARE(wb->currentCounts().needsReview, 0);
    // From T1 == T2, moving left takes T1 and moving right takes T2: neither sticks.
    drag(histogram, upper, 0.45);
    band = wb->classThresholds("alpha")->imageBand;
    QVERIFY(band->lower > 0.44 && band->lower < 0.46);
    QCOMPARE(band->upper, upper);
    drag(histogram, upper, 0.75);
    band = wb->classThresholds("alpha")->imageBand;
    QVERIFY(band->upper > 0.74 && band->upper < 0.76);
    verifyAlpha(*wb, 0.40, band);

    // The spins edit the band too, clamped to T1 <= T2.
    auto* upperSpin = child<QDoubleSpinBox>(*wb, "bandUpperSpin");
    upperSpin->setValue(0.2);
    band = wb->classThresholds("alpha")->imageBand;
    QCOMPARE(band->upper, band->lower);
    upperSpin->setValue(0.9);
    band = wb->classThresholds("alpha")->imageBand;
    QVERIFY(std::abs(band->upper - 0.9) < 1e-9);
    verifyAlpha(*wb, 0.40, band);

    // Unticking removes the band: back to x > t.
    check->click();
    QVERIFY(!wb->classThresholds("alpha")->imageBand);
    QVERIFY(!histogram->band());
    verifyAlpha(*wb, 0.40, std::nullopt);
    // Ticking again restores the band it had.
    check->click();
    QCOMPARE(wb->classThresholds("alpha")->imageBand->upper, band->upper);
  }

  void changesSignalRelabelSaveRevert() {
    auto wb = shownWorkbench();
    QSignalSpy changed(wb.get(), &ThresholdWorkbench::thresholdsChanged);
    QSignalSpy save(wb.get(), &ThresholdWorkbench::saveRequested);
    QSignalSpy modified(wb.get(), &ThresholdWorkbench::modifiedChanged);
    auto* saveButton = child<QPushButton>(*wb, "saveThresholdsButton");
    auto* revertButton = child<QPushButton>(*wb, "revertThresholdsButton");
    QVERIFY(!wb->isModified());
    QVERIFY(!saveButton->isEnabled());

    auto* spin = child<QDoubleSpinBox>(*wb, "thresholdSpin");
    QVERIFY(spin->decimals() >= 4);
    spin->setValue(0.36);
    QCOMPARE(changed.count(), 1);
    auto sent = changed.last().at(0).value<mdd::ClassThresholds>();
    QCOMPARE(QString::fromStdString(sent.className), QString("alpha"));
    QCOMPARE(sent.imageThreshold, 0.36);
    QCOMPARE(sent.method, mdd::ThresholdMethod::Manual);
    verifyAlpha(*wb, 0.36, std::nullopt);
    QVERIFY(wb->isModified());
    QCOMPARE(modified.count(), 1);
    QVERIFY(saveButton->isEnabled() && revertButton->isEnabled());

    // Each further change signals again, band included; re-setting a value does not.
    spin->setValue(0.36);
    QCOMPARE(changed.count(), 1);
    child<QCheckBox>(*wb, "bandCheck")->click();
    QCOMPARE(changed.count(), 2);
    QVERIFY(changed.last().at(0).value<mdd::ClassThresholds>().imageBand);

    // Another class: its own signal, alpha's edit kept.
    QVERIFY(wb->setCurrentClass("beta"));
    QCOMPARE(changed.count(), 2);  // choosing a class changes nothing
    wb->setThreshold(0.2);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(QString::fromStdString(changed.last().at(0).value<mdd::ClassThresholds>().className),
             QString("beta"));
    for (const ResultRow& r : wb->rows())
      if (r.className == "beta") QCOMPARE(r.verdict, QString(r.score > 0.2 ? "defect" : "good"));

    QTest::mouseClick(saveButton, Qt::LeftButton);
    QCOMPARE(save.count(), 1);
    const auto saved = save.last().at(0).value<std::vector<mdd::ClassThresholds>>();
    QCOMPARE(saved.size(), std::size_t(2));
    QVERIFY(sameThresholds(saved[0], *wb->classThresholds("alpha")));
    QCOMPARE(saved[1].imageThreshold, 0.2);

    QTest::mouseClick(revertButton, Qt::LeftButton);
    QVERIFY(!wb->isModified());
    QCOMPARE(changed.count(), 5);  // both classes back, each announced
    QVERIFY(sameThresholds(*wb->classThresholds("alpha"), makeThresholds()[0]));
    QVERIFY(sameThresholds(*wb->classThresholds("beta"), makeThresholds()[1]));
    QVERIFY(!saveButton->isEnabled());
    for (const ResultRow& r : wb->rows())
      if (r.className == "beta") QCOMPARE(r.verdict, QString(r.score > 0.3 ? "defect" : "good"));
    QVERIFY(wb->setCurrentClass("alpha"));
    verifyAlpha(*wb, 0.40, std::nullopt);

    // markSaved: the edited thresholds become the ones Revert restores.
    wb->setThreshold(0.5);
    wb->markSaved();
    QVERIFY(!wb->isModified());
    wb->revert();
    QCOMPARE(wb->classThresholds("alpha")->imageThreshold, 0.5);
  }

  void saveToModelRoundTrips() {
    const QString work = mddtest::freshWorkDir("threshold_workbench");
    mdd::ModelConfig config = mddtest::tinyConfig(1).model;
    config.classNames = {"alpha", "beta"};
    const QString path = work + "/model.mdda";
    mdd::Model model = mdd::Model::create(config, "cpu");
    model.metadata().thresholds = makeThresholds();
    model.save(path.toStdString());
    const std::size_t tensors = mdd::readModelFileInfo(path.toStdString()).tensorCount;

    auto wb = shownWorkbench();
    wb->setThreshold(0.37);
    child<QCheckBox>(*wb, "bandCheck")->click();
    std::vector<mdd::ClassThresholds> edited = wb->thresholds();
    QString error;
    QVERIFY2(ThresholdWorkbench::saveToModel(path, edited, &error), qPrintable(error));
    const mdd::ModelFileInfo info = mdd::readModelFileInfo(path.toStdString());
    QCOMPARE(info.metadata.thresholds.size(), std::size_t(2));
    for (std::size_t i = 0; i < 2; ++i) QVERIFY(sameThresholds(info.metadata.thresholds[i], edited[i]));
    QCOMPARE(info.metadata.thresholds[0].method, mdd::ThresholdMethod::Manual);
    QVERIFY(info.metadata.thresholds[0].imageBand);
    QCOMPARE(info.tensorCount, tensors);  // weights kept
    // The saved file loads as a model with those thresholds.
    QCOMPARE(mdd::Model::load(path.toStdString(), "cpu").metadata().thresholds[0].imageThreshold, 0.37);

    // Failures name the file and leave it as it was.
    QVERIFY(!ThresholdWorkbench::saveToModel(work + "/missing.mdda", edited, &error));
    QVERIFY(error.contains("missing.mdda"));
    std::vector<mdd::ClassThresholds> foreign = edited;
    foreign[0].className = "gamma";
    QVERIFY(!ThresholdWorkbench::saveToModel(path, foreign, &error));
    QVERIFY(error.contains("model.mdda") && error.contains("gamma"));
    QCOMPARE(mdd::readModelFileInfo(path.toStdString()).metadata.thresholds[0].imageThreshold, 0.37);
  }

  void emptyAndSensitivity() {
    ThresholdWorkbench wb;
    wb.resize(1200, 800);
    QVERIFY(wb.currentClass().isEmpty());
    QVERIFY(!child<QComboBox>(wb, "thresholdMethodCombo")->isEnabled());
    wb.setThreshold(1.0);  // nothing to edit: no crash, nothing changes
    QVERIFY(!wb.isModified());
    wb.setData(makeRows(), makeThresholds(), {});
    QCOMPARE(child<WorkbenchMetricsTable>(wb, "workbenchMetricsTable")
                 ->valueText(WorkbenchMetricsTable::IAuroc),
             QString("–"));
    // Sensitivity 1 calls everything above the range's bottom edge a defect.
    wb.setSensitivity(1.0);
    QCOMPARE(wb.currentCounts().good, 0);
    wb.setSensitivity(0.5);
    QCOMPARE(wb.currentCounts().tp, expectAt(0.40, std::nullopt).tp);
  }
};

QTEST_MAIN(TestThresholdWorkbench)
#include "test_threshold_workbench.moc"
