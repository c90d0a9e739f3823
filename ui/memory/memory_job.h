#pragma once
// Loads a model and analyses its class-aware memory (mdd::analyzeMemory: entropy split,
// per-scale t-SNE, cluster quality) on its own thread, with progress and cancel; the
// outcome comes back as a value through a queued signal. Its owner keeps it alive while
// it runs: the destructor cancels the run and joins the thread.
#include <QObject>
#include <QString>

#include <memory>

#include "mdd/memory_analysis.h"
#include "mdd/progress.h"
#include "memory/memory_outcome.h"

class QThread;

namespace mddui {

class MemoryJob : public QObject {
  Q_OBJECT
 public:
  explicit MemoryJob(QObject* parent = nullptr);
  ~MemoryJob() override;

  // Where the model is loaded: "cpu" by default, as the memory items are a few small
  // tensors and the t-SNE runs on the CPU anyway (no GPU memory taken from training).
  void setDevice(const QString& device) { device_ = device; }

  // Returns false (and starts nothing) while a run is in progress.
  bool start(const QString& modelPath, const mdd::MemoryAnalysisOptions& options);
  void cancel();  // the t-SNE stops at its next iteration; finished() still comes
  bool isRunning() const { return running_; }
  void waitForFinished();  // blocks until the thread ends; finished() is still queued

 signals:
  void progress(int done, int total);  // t-SNE iterations over all scales
  void finished(const mddui::MemoryOutcome& outcome);

 private:
  void deliver(const MemoryOutcome& outcome);

  QString device_ = QStringLiteral("cpu");
  std::shared_ptr<mdd::CancelToken> cancel_;
  QThread* thread_ = nullptr;
  bool running_ = false;
};

// The whole analysis, on the calling thread (the job's worker; also usable headless).
MemoryOutcome analyzeModelMemory(const QString& modelPath, const QString& device,
                                 const mdd::MemoryAnalysisOptions& options,
                                 const mdd::ProgressFn& progress, const mdd::CancelToken& cancel);

}  // namespace mddui
