#pragma once
// One training run on a worker thread: mdd::trainModel, then threshold calibration on the
// validation split, then an atomic Model::save. Everything the GUI sees arrives as values
// through signals emitted on the job's own (GUI) thread.
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

#include "mdd/dataset.h"
#include "mdd/progress.h"
#include "mdd/train.h"
#include "training/training_outcome.h"
#include "training/training_update.h"

class QThread;

namespace mddui {

class TrainingJob : public QObject {
  Q_OBJECT
 public:
  explicit TrainingJob(QObject* parent = nullptr);
  // Cancels a running training and waits for its thread: a cancel writes the checkpoint,
  // so destroying the owner mid-run loses at most the current step.
  ~TrainingJob() override;

  // Starts training in the background; false (and nothing happens) while a run is going.
  // The config's checkpointPath is set to checkpointPathFor(modelPath). With
  // resumeCheckpoint, continues that run (give the same dataset, steps and batch).
  // Problems, including bad arguments, arrive as finished() with ok == false.
  bool start(const mdd::Dataset& dataset, const mdd::TrainConfig& config,
             const QString& modelPath, const QString& resumeCheckpoint = {});
  // Asks the run to stop after its current step; finished() follows with cancelled == true.
  void cancel();
  // True from start() until finished() has been emitted.
  bool isRunning() const { return running_; }

  // Written into the model's training summary (the dataset folders it was trained on).
  void setDatasetRoots(const QStringList& roots) { datasetRoots_ = roots; }
  // Minimum time between progress() signals (default 100 ms); the last step always comes.
  void setProgressInterval(int milliseconds) { progressIntervalMs_ = milliseconds; }

  static QString checkpointPathFor(const QString& modelPath) { return modelPath + ".ckpt"; }

 signals:
  void progress(const mddui::TrainingUpdate& update);
  void logMessage(const QString& message);
  void finished(const mddui::TrainingOutcome& outcome);

 private:
  struct Run {
    mdd::Dataset dataset;
    mdd::TrainConfig config;
    QString modelPath;
    QString resumeCheckpoint;
    QStringList datasetRoots;
    int progressIntervalMs = 100;
  };

  // Worker thread: the whole run. Never throws.
  TrainingOutcome execute(const Run& run);
  // Worker thread: trains, calibrates, saves; fills `outcome`. Throws on failure.
  void train(const Run& run, TrainingOutcome& outcome);
  // Worker thread: queue a call on the GUI thread. Posted to this object, so Qt drops the
  // calls still queued when the job is destroyed.
  void post(std::function<void()> call);
  void postLog(const QString& message);
  // GUI thread, queued from QThread::finished: reports, and lets the thread object go
  // without waiting on it (a wait could block on a worker that is short of CPU time).
  void onThreadFinished();

  QThread* thread_ = nullptr;
  mdd::CancelToken cancel_;
  TrainingOutcome outcome_;  // written by the worker before its thread finishes
  bool running_ = false;
  QStringList datasetRoots_;
  int progressIntervalMs_ = 100;
};

}  // namespace mddui
