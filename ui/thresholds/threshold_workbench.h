#pragma once
// The threshold workbench: per class, tune the decision threshold (and the uncertain band)
// of a model on the scores of a stored run, with no network run. The histogram, ROC/PR
// curves, confusion matrix and live precision/recall follow every change, the run's rows
// are re-labelled instantly (thresholdsChanged lets the main window re-label its table),
// and the edited thresholds can be saved back into the model file.
//
// Thresholds keep the model's imageMin/imageMax (and all pixel-level fields), so operator
// scores stay normalised as docs/EVALUATION.md fixes them. A threshold typed or dragged by
// hand makes the method Manual; a method from the chooser is fitted with the engine's
// functions on the class's labelled scores of this run.
#include <QString>
#include <QVector>
#include <QWidget>

#include <optional>
#include <vector>

#include "mdd/thresholds.h"
#include "results/inference_outcome.h"
#include "thresholds/relabel.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace mddui {

class ConfusionView;
class CurvePlots;
class ScoreHistogram;
class WorkbenchMetricsTable;

class ThresholdWorkbench : public QWidget {
  Q_OBJECT
 public:
  explicit ThresholdWorkbench(QWidget* parent = nullptr);

  // The run's rows, the model's thresholds (one per class: the classes the chooser lists)
  // and the run's metrics (may be empty). Re-labels the rows at the current sensitivity;
  // the given thresholds become the ones Revert restores.
  void setData(const QVector<ResultRow>& rows, const std::vector<mdd::ClassThresholds>& thresholds,
               const QVector<MetricsRow>& metrics);

  QString currentClass() const;
  bool setCurrentClass(const QString& className);  // false when the class is not listed
  std::vector<mdd::ClassThresholds> thresholds() const { return current_; }  // all, edited
  std::optional<mdd::ClassThresholds> classThresholds(const QString& className) const;
  const QVector<ResultRow>& rows() const { return rows_; }  // re-labelled
  bool isModified() const;
  VerdictCounts currentCounts() const { return counts_; }  // of the current class

  // The operator's sensitivity used for verdicts (0.5 decides at the threshold).
  void setSensitivity(double sensitivity);
  double sensitivity() const { return sensitivity_; }

  // After the caller saved thresholds(): they become the ones Revert restores.
  void markSaved();

  // Writes the thresholds into the model file (atomically, weights untouched). On failure
  // returns false with `error` naming the file and what to do.
  static bool saveToModel(const QString& modelPath,
                          const std::vector<mdd::ClassThresholds>& thresholds, QString* error);

  ScoreHistogram* histogram() const { return histogram_; }
  CurvePlots* curves() const { return curves_; }
  ConfusionView* confusion() const { return confusion_; }
  QString statusText() const;

 public slots:
  // Fits the current class's threshold by `method` (Manual just marks it manual).
  void fitWithMethod(mdd::ThresholdMethod method);
  void setThreshold(double rawThreshold);  // of the current class; makes it Manual
  void setBand(std::optional<mdd::UncertainBand> band);  // of the current class
  void revert();

 signals:
  void thresholdsChanged(const mdd::ClassThresholds& thresholds);
  void saveRequested(const std::vector<mdd::ClassThresholds>& thresholds);
  void modifiedChanged(bool modified);

 private:
  void buildLayout();
  QWidget* buildControls();
  void connectControls();
  void showClass();
  void showCounts();  // the counts line, in the current language
  void syncControls();
  void configureSpins();
  void updateMethodItems();
  void applyChange(const mdd::ClassThresholds& updated);
  void refreshDecision();
  void onClassChosen(int index);
  void onMethodActivated(int index);
  void onTargetFprEdited(double percent);
  void onBandToggled(bool on);
  void onBandLowerEdited(double lower);  // clamped to T2
  void onBandUpperEdited(double upper);  // clamped to T1
  void setStatus(const QString& text, bool error = false);
  mdd::ClassThresholds* current();

  QVector<ResultRow> rows_;
  std::vector<mdd::ClassThresholds> loaded_, current_;
  std::vector<std::optional<mdd::UncertainBand>> lastBand_;  // re-ticking restores it
  QVector<MetricsRow> metrics_;
  int index_ = -1;
  ClassScores scores_;  // of the current class
  VerdictCounts counts_;
  double sensitivity_ = 0.5;
  bool wasModified_ = false;

  QComboBox* classCombo_ = nullptr;
  QComboBox* methodCombo_ = nullptr;
  QDoubleSpinBox* targetFprSpin_ = nullptr;
  QDoubleSpinBox* thresholdSpin_ = nullptr;
  QCheckBox* bandCheck_ = nullptr;
  QDoubleSpinBox* bandLowerSpin_ = nullptr;
  QDoubleSpinBox* bandUpperSpin_ = nullptr;
  QLabel* countsLabel_ = nullptr;
  QLabel* statusLabel_ = nullptr;
  QPushButton* saveButton_ = nullptr;
  QPushButton* revertButton_ = nullptr;
  WorkbenchMetricsTable* metricsTable_ = nullptr;
  ScoreHistogram* histogram_ = nullptr;
  CurvePlots* curves_ = nullptr;
  ConfusionView* confusion_ = nullptr;
};

}  // namespace mddui
