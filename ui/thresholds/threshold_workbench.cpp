#include "thresholds/threshold_workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>
#include <exception>

#include "mdd/model.h"
#include "thresholds/confusion_view.h"
#include "thresholds/curve_plots.h"
#include "thresholds/score_histogram.h"
#include "thresholds/threshold_fit.h"
#include "thresholds/workbench_metrics_table.h"

namespace mddui {

ThresholdWorkbench::ThresholdWorkbench(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("thresholdWorkbench"));
  buildLayout();
  setData({}, {}, {});
}

void ThresholdWorkbench::setData(const QVector<ResultRow>& rows,
                                 const std::vector<mdd::ClassThresholds>& thresholds,
                                 const QVector<MetricsRow>& metrics) {
  rows_ = rows;
  loaded_ = current_ = thresholds;
  metrics_ = metrics;
  lastBand_.assign(thresholds.size(), std::nullopt);
  QStringList invalid;
  for (const mdd::ClassThresholds& t : current_)
    if (!relabelRows(rows_, t, sensitivity_)) invalid << QString::fromStdString(t.className);
  {
    const QSignalBlocker blocker(classCombo_);
    classCombo_->clear();
    for (const mdd::ClassThresholds& t : current_)
      classCombo_->addItem(QString::fromStdString(t.className));
    index_ = current_.empty() ? -1 : 0;
    classCombo_->setCurrentIndex(index_);
  }
  setStatus(invalid.isEmpty()
                ? QString()
                : tr("The model's thresholds of %1 are invalid, so those rows keep their "
                     "verdicts; retrain or refit the class.")
                      .arg(invalid.join(QStringLiteral(", "))),
            !invalid.isEmpty());
  showClass();
}

QString ThresholdWorkbench::currentClass() const {
  return index_ >= 0 ? QString::fromStdString(current_[index_].className) : QString();
}

bool ThresholdWorkbench::setCurrentClass(const QString& className) {
  const int index = classCombo_->findText(className);
  if (index < 0) return false;
  classCombo_->setCurrentIndex(index);
  return true;
}

std::optional<mdd::ClassThresholds> ThresholdWorkbench::classThresholds(
    const QString& className) const {
  for (const mdd::ClassThresholds& t : current_)
    if (QString::fromStdString(t.className) == className) return t;
  return std::nullopt;
}

bool ThresholdWorkbench::isModified() const {
  for (std::size_t i = 0; i < current_.size(); ++i)
    if (!sameThresholds(current_[i], loaded_[i])) return true;
  return false;
}

void ThresholdWorkbench::setSensitivity(double sensitivity) {
  if (!(sensitivity >= 0.0 && sensitivity <= 1.0)) return;
  sensitivity_ = sensitivity;
  for (const mdd::ClassThresholds& t : current_) relabelRows(rows_, t, sensitivity_);
  if (index_ >= 0) refreshDecision();
}

void ThresholdWorkbench::markSaved() {
  loaded_ = current_;
  if (index_ >= 0) refreshDecision();
}

bool ThresholdWorkbench::saveToModel(const QString& modelPath,
                                     const std::vector<mdd::ClassThresholds>& thresholds,
                                     QString* error) {
  const QString shown = QDir::toNativeSeparators(modelPath);
  auto fail = [&](const QString& why) {
    if (error) *error = why;
    return false;
  };
  if (!QFileInfo(modelPath).isFile())
    return fail(tr("Could not save the thresholds: the model file %1 does not exist. Choose "
                   "the model these results came from.").arg(shown));
  try {
    for (const mdd::ClassThresholds& t : thresholds) mdd::validate(t);
    mdd::writeModelThresholds(modelPath.toStdString(), thresholds);
  } catch (const std::exception& e) {
    return fail(tr("Could not save the thresholds into %1: %2. The file was left as it was; "
                   "check that it is the model these results came from and can be written.")
                    .arg(shown, QString::fromUtf8(e.what())));
  }
  if (error) error->clear();
  return true;
}

QString ThresholdWorkbench::statusText() const { return statusLabel_->text(); }

mdd::ClassThresholds* ThresholdWorkbench::current() {
  return index_ >= 0 ? &current_[index_] : nullptr;
}

void ThresholdWorkbench::fitWithMethod(mdd::ThresholdMethod method) {
  if (!current()) return;
  mdd::ClassThresholds t = *current();
  if (method != mdd::ThresholdMethod::Manual) {
    const QString reason = methodUnavailableReason(method, scores_);
    if (!reason.isEmpty()) {
      setStatus(reason, true);
      syncControls();
      return;
    }
    const double targetFpr = targetFprSpin_->value() / 100.0;
    try {
      t.imageThreshold = fitThreshold(method, scores_, targetFpr);
    } catch (const std::exception& e) {
      setStatus(tr("Could not fit the threshold: %1").arg(QString::fromUtf8(e.what())), true);
      syncControls();
      return;
    }
    if (method == mdd::ThresholdMethod::TargetFpr) t.targetFpr = targetFpr;
    setStatus(tr("Fitted on this run's %1 normal and %2 anomalous images of %3.")
                  .arg(scores_.normal.size())
                  .arg(scores_.anomalous.size())
                  .arg(currentClass()));
  }
  t.method = method;
  applyChange(t);
}

void ThresholdWorkbench::setThreshold(double rawThreshold) {
  if (!current() || !std::isfinite(rawThreshold)) return;
  mdd::ClassThresholds t = *current();
  t.imageThreshold = rawThreshold;
  t.method = mdd::ThresholdMethod::Manual;
  applyChange(t);
}

void ThresholdWorkbench::setBand(std::optional<mdd::UncertainBand> band) {
  if (!current()) return;
  if (band && band->lower > band->upper) band->lower = band->upper;  // T1 <= T2 always
  mdd::ClassThresholds t = *current();
  t.imageBand = band;
  applyChange(t);
}

void ThresholdWorkbench::revert() {
  std::vector<std::size_t> changed;
  for (std::size_t i = 0; i < current_.size(); ++i) {
    if (sameThresholds(current_[i], loaded_[i])) continue;
    current_[i] = loaded_[i];
    relabelRows(rows_, current_[i], sensitivity_);
    changed.push_back(i);
  }
  lastBand_.assign(current_.size(), std::nullopt);
  setStatus(changed.empty() ? QString() : tr("Restored the model's thresholds."));
  showClass();
  for (std::size_t i : changed) emit thresholdsChanged(current_[i]);
}

void ThresholdWorkbench::applyChange(const mdd::ClassThresholds& updated) {
  if (!current() || sameThresholds(updated, *current())) {
    syncControls();  // e.g. a clamped spin shows the value that holds
    return;
  }
  if (!relabelRows(rows_, updated, sensitivity_)) {
    QString why;
    try {
      mdd::validate(updated);
    } catch (const std::exception& e) {
      why = QString::fromUtf8(e.what());
    }
    setStatus(tr("These thresholds cannot be used: %1").arg(why), true);
    syncControls();
    return;
  }
  *current() = updated;
  refreshDecision();
  emit thresholdsChanged(updated);
}

void ThresholdWorkbench::onClassChosen(int index) {
  index_ = index;
  setStatus(QString());
  showClass();
}

void ThresholdWorkbench::onMethodActivated(int index) {
  fitWithMethod(static_cast<mdd::ThresholdMethod>(methodCombo_->itemData(index).toInt()));
}

void ThresholdWorkbench::onTargetFprEdited(double /*percent: fitWithMethod reads the spin*/) {
  // The spin is enabled only while the method is TargetFpr: a new rate refits at once.
  if (current() && current()->method == mdd::ThresholdMethod::TargetFpr)
    fitWithMethod(mdd::ThresholdMethod::TargetFpr);
}

void ThresholdWorkbench::onBandToggled(bool on) {
  if (!current()) return;
  if (on) {
    const auto remembered = lastBand_[static_cast<std::size_t>(index_)];
    setBand(remembered ? *remembered : initialBand(*current(), scores_));
  } else {
    lastBand_[static_cast<std::size_t>(index_)] = current()->imageBand;
    setBand(std::nullopt);
  }
}

void ThresholdWorkbench::onBandLowerEdited(double lower) {
  if (!current() || !current()->imageBand) return;
  const double upper = current()->imageBand->upper;
  setBand(mdd::UncertainBand{std::min(lower, upper), upper});
}

void ThresholdWorkbench::onBandUpperEdited(double upper) {
  if (!current() || !current()->imageBand) return;
  const double lower = current()->imageBand->lower;
  setBand(mdd::UncertainBand{lower, std::max(upper, lower)});
}

void ThresholdWorkbench::setStatus(const QString& text, bool error) {
  statusLabel_->setText(text);
  statusLabel_->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
  statusLabel_->setVisible(!text.isEmpty());
}

}  // namespace mddui
