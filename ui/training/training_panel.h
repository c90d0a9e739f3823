#pragma once
// The Train page: settings, start / cancel / resume, progress with ETA, live loss curves
// and a log. The run itself is a TrainingJob on a worker thread; the panel only shows it.
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

#include "mdd/dataset.h"
#include "mdd/train.h"
#include "training/training_outcome.h"
#include "training/training_update.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace mddui {

class LossPlot;
class TrainingForm;
class TrainingJob;

class TrainingPanel : public QWidget {
  Q_OBJECT
 public:
  explicit TrainingPanel(QWidget* parent = nullptr);
  ~TrainingPanel() override;  // cancels a running training and waits for it

  // The dataset the next run trains on (a running one keeps its own copy). Start is
  // enabled only when it has normal training images.
  void setDataset(mdd::Dataset dataset);
  void setDatasetRoots(const QStringList& roots);  // recorded in the model's summary
  // Where the model is saved; its checkpoint is modelPath + ".ckpt".
  void setModelPath(const QString& path);
  QString modelPath() const { return modelPath_; }
  QString checkpointPath() const;

  mdd::TrainConfig config() const;  // from the form
  void setConfig(const mdd::TrainConfig& config);
  double validationFraction() const;
  void setValidationFraction(double fraction);

  bool isRunning() const;
  TrainingJob* job() { return job_; }
  LossPlot* lossPlot() { return lossPlot_; }

  // Errors always go to the log and errorOccurred(); a (non-blocking) message box is shown
  // too unless this is switched off, as tests and scripted use do.
  void setInteractiveErrors(bool on) { interactiveErrors_ = on; }

 public slots:
  void startTraining();
  void cancelTraining();
  void resumeTraining();

 signals:
  // configJson: mdd::toJson of the model config (with the dataset's classes) plus a
  // "training" object with the run's training fields.
  void trainingStarted(const QString& modelPath, const QString& configJson);
  void progressed(const mddui::TrainingUpdate& update);
  void trainingFinished(const mddui::TrainingOutcome& outcome);
  void errorOccurred(const QString& message);
  // The owner reloads the dataset with the new split (see TrainingForm).
  void validationFractionChanged(double fraction);

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  QWidget* createControls();
  QWidget* createMonitor();
  void launch(const QString& resumeCheckpoint);
  QString configJson(const mdd::TrainConfig& config, const QString& resumeCheckpoint) const;
  void onProgress(const TrainingUpdate& update);
  void onFinished(const TrainingOutcome& outcome);
  void appendLog(const QString& message);
  void showError(const QString& message);
  void updateButtons();
  // The dataset line and the progress bar's text, worded again after a language change.
  void showDatasetCounts();
  void setProgressText(std::function<QString()> text);

  mdd::Dataset dataset_;
  QString modelPath_;
  // The settings of the last run started here: Resume continues with them, as the
  // checkpoint's optimizer state and data order expect, even if the form was edited since.
  std::optional<mdd::TrainConfig> lastConfig_;
  QString lastModelPath_;
  bool interactiveErrors_ = true;
  int logEvery_ = 1;

  TrainingJob* job_ = nullptr;
  TrainingForm* form_ = nullptr;
  QPushButton* start_ = nullptr;
  QPushButton* cancel_ = nullptr;
  QPushButton* resume_ = nullptr;
  QLabel* datasetLabel_ = nullptr;
  QProgressBar* progress_ = nullptr;
  LossPlot* lossPlot_ = nullptr;
  QPlainTextEdit* log_ = nullptr;
};

}  // namespace mddui
