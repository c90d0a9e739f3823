#pragma once
// Runs a model over a dataset split or a folder on its own thread, with progress and
// cancel; the outcome comes back as a value through a queued signal. Its owner keeps it
// alive while it runs: the destructor cancels the run and joins the thread.
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

#include "mdd/dataset.h"
#include "mdd/progress.h"
#include "results/inference_outcome.h"

class QThread;

namespace mddui {

class ModelCache;

class InferenceJob : public QObject {
  Q_OBJECT
 public:
  explicit InferenceJob(QObject* parent = nullptr);
  ~InferenceJob() override;

  // Shares loaded models with other users of the cache (the results panel's viewer).
  // Without one the job keeps its own.
  void setModelCache(std::shared_ptr<ModelCache> cache);

  // Both return false (and start nothing) while a run is in progress.
  bool runOnDataset(const QString& modelPath, const mdd::Dataset& dataset, mdd::Split split);
  bool runOnFolder(const QString& modelPath, const QString& folder, const QString& className);

  void cancel();  // the run stops after the current batch; finished() still comes
  bool isRunning() const { return running_; }
  void waitForFinished();  // blocks until the thread ends; finished() is still queued

 signals:
  void progress(int done, int total);
  void finished(const mddui::InferenceOutcome& outcome);

 private:
  using Work =
      std::function<InferenceOutcome(ModelCache&, const mdd::ProgressFn&, const mdd::CancelToken&)>;
  bool start(Work work);
  void deliver(const InferenceOutcome& outcome);

  std::shared_ptr<ModelCache> cache_;
  std::shared_ptr<mdd::CancelToken> cancel_;
  QThread* thread_ = nullptr;
  bool running_ = false;
};

}  // namespace mddui
