// ThresholdWorkbench: putting the current class's state on screen (plots, counts, and the
// controls, whose signals are blocked while they are set so showing never edits).
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <algorithm>
#include <cmath>
#include <limits>

#include "thresholds/confusion_view.h"
#include "thresholds/curve_plots.h"
#include "thresholds/score_histogram.h"
#include "thresholds/threshold_fit.h"
#include "thresholds/threshold_workbench.h"
#include "thresholds/workbench_metrics_table.h"

namespace mddui {

void ThresholdWorkbench::showClass() {
  const bool have = index_ >= 0;
  for (QWidget* w : std::initializer_list<QWidget*>{classCombo_, methodCombo_, thresholdSpin_, bandCheck_})
    w->setEnabled(have);
  if (!have) {
    scores_ = ClassScores();
    counts_ = VerdictCounts();
    histogram_->setBand(std::nullopt);
    histogram_->setScores({}, {}, {});
    curves_->setScores({}, {});
    curves_->setOperatingPoint(std::nan(""), std::nan(""), std::nan(""));
    confusion_->setCounts(counts_, false);
    metricsTable_->setRunMetrics(std::nullopt);
    metricsTable_->setLiveCounts(counts_);
    targetFprSpin_->setEnabled(false);
    bandLowerSpin_->setEnabled(false);
    bandUpperSpin_->setEnabled(false);
    showCounts();
    saveButton_->setEnabled(false);
    revertButton_->setEnabled(false);
    if (wasModified_) emit modifiedChanged(wasModified_ = false);
    return;
  }
  const QString name = currentClass();
  const mdd::ClassThresholds& t = current_[index_];
  scores_ = classScores(rows_, name);
  histogram_->setThreshold(t.imageThreshold);
  histogram_->setBand(t.imageBand);
  histogram_->setScores(scores_.normal, scores_.anomalous, scores_.unlabelled);
  curves_->setScores(scores_.scores, scores_.labels);
  std::optional<MetricsRow> metrics;
  for (const MetricsRow& m : metrics_)
    if (m.className == name) metrics = m;
  metricsTable_->setRunMetrics(metrics);
  configureSpins();
  updateMethodItems();
  refreshDecision();
  if (scores_.scores.empty() && scores_.unlabelled.empty())
    setStatus(tr("This run has no results of class %1.").arg(name));
}

void ThresholdWorkbench::configureSpins() {
  const mdd::ClassThresholds& t = current_[index_];
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  auto take = [&](double v) {
    if (!std::isfinite(v)) return;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  };
  for (float s : scores_.scores) take(s);
  for (float s : scores_.unlabelled) take(s);
  take(t.imageMin);
  take(t.imageMax);
  take(t.imageThreshold);
  if (t.imageBand) {
    take(t.imageBand->lower);
    take(t.imageBand->upper);
  }
  if (!std::isfinite(lo)) lo = hi = 0.0;
  double span = hi - lo;
  if (!(span > 0)) span = std::max(std::abs(hi), 1.0);
  const int decimals = scoreDecimals(span);
  const double step = std::pow(10.0, std::floor(std::log10(span)) - 2.0);  // ~1 % of the range
  const double bound = std::max(1e3, 10.0 * std::max(std::abs(lo), std::abs(hi)));
  for (QDoubleSpinBox* spin : {thresholdSpin_, bandLowerSpin_, bandUpperSpin_}) {
    const QSignalBlocker blocker(spin);
    spin->setDecimals(decimals);
    spin->setRange(-bound, bound);
    spin->setSingleStep(step);
  }
}

void ThresholdWorkbench::updateMethodItems() {
  auto* model = qobject_cast<QStandardItemModel*>(methodCombo_->model());
  if (!model) return;
  for (int i = 0; i < methodCombo_->count(); ++i) {
    const auto method = static_cast<mdd::ThresholdMethod>(methodCombo_->itemData(i).toInt());
    const QString reason = methodUnavailableReason(method, scores_);
    QStandardItem* item = model->item(i);
    item->setEnabled(reason.isEmpty());
    item->setToolTip(reason);  // says why a method is greyed out
  }
}

void ThresholdWorkbench::refreshDecision() {
  const mdd::ClassThresholds& t = current_[index_];
  counts_ = countVerdicts(rows_, currentClass());
  confusion_->setCounts(counts_, t.imageBand.has_value());
  curves_->setOperatingPoint(counts_.falsePositiveRate(), counts_.recall(), counts_.precision());
  metricsTable_->setLiveCounts(counts_);
  showCounts();
  syncControls();
  const bool modified = isModified();
  saveButton_->setEnabled(modified);
  revertButton_->setEnabled(modified);
  if (modified != wasModified_) emit modifiedChanged(wasModified_ = modified);
}

void ThresholdWorkbench::showCounts() {
  if (index_ < 0 || !countsLabel_) {
    if (countsLabel_)
      countsLabel_->setText(tr("No thresholds to tune: run a model on images first."));
    return;
  }
  const mdd::ClassThresholds& t = current_[index_];
  const QLocale locale;
  const int images = counts_.good + counts_.needsReview + counts_.defect;
  countsLabel_->setText(t.imageBand || counts_.needsReview > 0
                            ? tr("%1 images: %2 good, %3 need review, %4 defect")
                                  .arg(locale.toString(images), locale.toString(counts_.good),
                                       locale.toString(counts_.needsReview),
                                       locale.toString(counts_.defect))
                            : tr("%1 images: %2 good, %3 defect")
                                  .arg(locale.toString(images), locale.toString(counts_.good),
                                       locale.toString(counts_.defect)));
}

void ThresholdWorkbench::syncControls() {
  if (index_ < 0) return;
  const mdd::ClassThresholds& t = current_[index_];
  {
    const QSignalBlocker blocker(methodCombo_);
    methodCombo_->setCurrentIndex(methodCombo_->findData(static_cast<int>(t.method)));
  }
  {
    const QSignalBlocker blocker(targetFprSpin_);
    targetFprSpin_->setValue(100.0 * t.targetFpr);
    targetFprSpin_->setEnabled(t.method == mdd::ThresholdMethod::TargetFpr);
  }
  if (std::isfinite(t.imageThreshold)) {
    const QSignalBlocker blocker(thresholdSpin_);
    thresholdSpin_->setValue(t.imageThreshold);
  }
  {
    const QSignalBlocker blocker(bandCheck_);
    bandCheck_->setChecked(t.imageBand.has_value());
  }
  // Without a band the spins show where ticking the box would put it, greyed out.
  const auto remembered = lastBand_[static_cast<std::size_t>(index_)];
  const mdd::UncertainBand band =
      t.imageBand ? *t.imageBand : remembered ? *remembered : initialBand(t, scores_);
  for (auto [spin, value] : {std::pair{bandLowerSpin_, band.lower}, std::pair{bandUpperSpin_, band.upper}}) {
    const QSignalBlocker blocker(spin);
    spin->setValue(value);
    spin->setEnabled(t.imageBand.has_value());
  }
  histogram_->setThreshold(t.imageThreshold);
  histogram_->setBand(t.imageBand);
}

}  // namespace mddui
