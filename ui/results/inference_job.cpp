#include "results/inference_job.h"

#include <QThread>

#include "results/inference_runs.h"
#include "results/model_cache.h"

namespace mddui {

InferenceJob::InferenceJob(QObject* parent)
    : QObject(parent), cache_(std::make_shared<ModelCache>()) {
  qRegisterMetaType<mddui::InferenceOutcome>();
}

InferenceJob::~InferenceJob() {
  cancel();
  waitForFinished();
  delete thread_;
}

void InferenceJob::setModelCache(std::shared_ptr<ModelCache> cache) {
  if (cache) cache_ = std::move(cache);
}

bool InferenceJob::runOnDataset(const QString& modelPath, const mdd::Dataset& dataset,
                                mdd::Split split) {
  return start([modelPath, dataset, split](ModelCache& models, const mdd::ProgressFn& progress,
                                           const mdd::CancelToken& cancel) {
    return inferDataset(models, modelPath, dataset, split, progress, cancel);
  });
}

bool InferenceJob::runOnFolder(const QString& modelPath, const QString& folder,
                               const QString& className) {
  return start([modelPath, folder, className](ModelCache& models, const mdd::ProgressFn& progress,
                                              const mdd::CancelToken& cancel) {
    return inferFolder(models, modelPath, folder, className, progress, cancel);
  });
}

void InferenceJob::cancel() {
  if (cancel_) cancel_->cancel();
}

void InferenceJob::waitForFinished() {
  if (thread_) thread_->wait();
}

bool InferenceJob::start(Work work) {
  if (running_) return false;
  waitForFinished();  // a finished thread whose outcome is still queued
  delete thread_;
  running_ = true;
  cancel_ = std::make_shared<mdd::CancelToken>();
  // The thread holds its own references, so a cache swapped meanwhile stays alive.
  auto cache = cache_;
  auto cancel = cancel_;
  thread_ = QThread::create([this, work = std::move(work), cache, cancel] {
    const mdd::ProgressFn progress = [this](long done, long total) {
      QMetaObject::invokeMethod(
          this,
          [this, done, total] {
            emit this->progress(static_cast<int>(done), static_cast<int>(total));
          },
          Qt::QueuedConnection);
    };
    const InferenceOutcome outcome = work(*cache, progress, *cancel);
    QMetaObject::invokeMethod(
        this, [this, outcome] { deliver(outcome); }, Qt::QueuedConnection);
  });
  thread_->setObjectName(QStringLiteral("InferenceJob"));
  thread_->start();
  return true;
}

void InferenceJob::deliver(const InferenceOutcome& outcome) {
  waitForFinished();  // the worker's last statement posted this; it ends at once
  running_ = false;
  emit finished(outcome);
}

}  // namespace mddui
