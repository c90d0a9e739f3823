#include "training/training_job.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <stdexcept>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "mdd/model.h"

namespace mddui {
namespace {

// A readable refusal, raised before any compute is spent.
[[noreturn]] void refuse(const QString& message) { throw std::runtime_error(message.toStdString()); }

void checkRun(const mdd::Dataset& dataset, const QString& modelPath, const QString& resume) {
  if (modelPath.isEmpty())
    refuse(TrainingJob::tr("No model file is chosen: set where the trained model is saved."));
  const QFileInfo model(modelPath);
  if (!model.absoluteDir().exists())
    refuse(TrainingJob::tr("The folder %1 for the model file does not exist: choose another "
                           "location for the model.")
               .arg(QDir::toNativeSeparators(model.absolutePath())));
  if (dataset.count(mdd::Split::Train) == 0)
    refuse(TrainingJob::tr("The dataset has no normal training images: load a dataset with "
                           "train/good images (or a good/ folder) first."));
  // calibrateModel needs every class on the validation split; say so before training,
  // not after an hour of it.
  for (const auto& name : dataset.classNames)
    if (dataset.count(mdd::Split::Validation, name) == 0)
      refuse(TrainingJob::tr("Class '%1' has no validation images, so its thresholds cannot "
                             "be fitted after training: raise the validation fraction (or add "
                             "normal training images) and reload the dataset.")
                 .arg(QString::fromStdString(name)));
  if (!resume.isEmpty() && !QFileInfo::exists(resume))
    refuse(TrainingJob::tr("The checkpoint %1 does not exist: start a new training instead.")
               .arg(QDir::toNativeSeparators(resume)));
}

// Training saturates every core; the GUI thread must still get the CPU within a frame.
// QThread priorities do nothing for Linux's default scheduler, but the nice value is per
// thread there, and the threads training starts (LibTorch's OpenMP pool, the batch loader)
// inherit it. A moderate value: the GUI wins every wake-up, training still gets the machine.
void lowerThisThreadPriority() {
#ifdef __linux__
  constexpr int kNice = 5;
  const auto tid = static_cast<id_t>(syscall(SYS_gettid));
  setpriority(PRIO_PROCESS, tid, std::max(getpriority(PRIO_PROCESS, tid), kNice));
#endif
}

}  // namespace

TrainingJob::TrainingJob(QObject* parent) : QObject(parent) {
  qRegisterMetaType<mddui::TrainingUpdate>();
  qRegisterMetaType<mddui::TrainingOutcome>();
}

TrainingJob::~TrainingJob() {
  if (!thread_) return;
  cancel_.cancel();
  thread_->wait();
  delete thread_;
}

bool TrainingJob::start(const mdd::Dataset& dataset, const mdd::TrainConfig& config,
                        const QString& modelPath, const QString& resumeCheckpoint) {
  if (running_) return false;
  running_ = true;
  cancel_.reset();
  Run run{dataset, config, modelPath, resumeCheckpoint, datasetRoots_, progressIntervalMs_};
  run.config.checkpointPath = checkpointPathFor(modelPath).toStdString();
  thread_ = QThread::create([this, run = std::move(run)]() mutable {
    lowerThisThreadPriority();
    outcome_ = execute(run);
    run = Run();  // free the dataset copy here, not on the GUI thread
  });
  thread_->setObjectName(QStringLiteral("mdd-training"));
  connect(thread_, &QThread::finished, this, &TrainingJob::onThreadFinished, Qt::QueuedConnection);
  thread_->start(QThread::LowPriority);
  return true;
}

void TrainingJob::cancel() {
  if (running_) cancel_.cancel();
}

void TrainingJob::post(std::function<void()> call) {
  QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

void TrainingJob::postLog(const QString& message) {
  post([this, message] { emit logMessage(message); });
}

TrainingOutcome TrainingJob::execute(const Run& run) {
  QElapsedTimer clock;
  clock.start();
  TrainingOutcome outcome;
  outcome.modelPath = run.modelPath;
  outcome.totalSteps = run.config.iterations;
  try {
    train(run, outcome);
  } catch (const std::exception& e) {
    outcome.ok = false;
    outcome.error = tr("Training failed: %1").arg(QString::fromUtf8(e.what()));
  } catch (...) {
    outcome.ok = false;
    outcome.error = tr("Training failed with an unknown error.");
  }
  const QString checkpoint = QString::fromStdString(run.config.checkpointPath);
  outcome.checkpointPath = QFileInfo::exists(checkpoint) ? checkpoint : QString();
  outcome.seconds = static_cast<double>(clock.elapsed()) / 1000.0;
  return outcome;
}

void TrainingJob::train(const Run& run, TrainingOutcome& outcome) {
  checkRun(run.dataset, run.modelPath, run.resumeCheckpoint);
  const mdd::TrainConfig& config = run.config;
  const auto& network = config.model.network;
  postLog(tr("%1 training on %2 images of %3 classes: backbone %4, %5 px, batch %6, device %7.")
              .arg(run.resumeCheckpoint.isEmpty() ? tr("Starting") : tr("Resuming"))
              .arg(run.dataset.count(mdd::Split::Train))
              .arg(run.dataset.classNames.size())
              .arg(QString::fromStdString(network.backbone))
              .arg(network.inputWidth)
              .arg(config.batchSize)
              .arg(QString::fromStdString(mdd::resolveDevice(config.device))));

  // Throttle on the worker side, so a fast run does not flood the GUI thread's queue.
  TrainingUpdate pending;
  QElapsedTimer sinceSent;
  bool sentAny = false;
  const auto send = [&] {
    if (pending.steps.empty()) return;
    post([this, update = std::move(pending)] { emit progress(update); });
    pending = TrainingUpdate();
    sinceSent.start();
    sentAny = true;
  };
  const auto onProgress = [&](const mdd::TrainProgress& p) {
    auto steps = std::move(pending.steps);
    pending = TrainingUpdate::fromProgress(p);
    pending.steps = std::move(steps);
    pending.steps.push_back({p.step, p.losses, p.learningRate});
    if (!sentAny || sinceSent.elapsed() >= run.progressIntervalMs || p.step >= p.totalSteps)
      send();
  };

  mdd::TrainResult result = mdd::trainModel(run.dataset, config, onProgress, cancel_,
                                            run.resumeCheckpoint.toStdString());
  send();  // the steps the throttle held back: the last step always arrives
  outcome.stepsDone = result.stepsDone;
  if (!result.history.empty()) outcome.totalSteps = result.history.back().totalSteps;
  if (result.cancelled) {
    outcome.cancelled = true;
    postLog(tr("Cancelled after step %1 of %2; the checkpoint %3 lets Resume continue.")
                .arg(outcome.stepsDone)
                .arg(outcome.totalSteps)
                .arg(QDir::toNativeSeparators(QString::fromStdString(config.checkpointPath))));
    return;
  }

  postLog(tr("Fitting each class's thresholds on %1 validation images…")
              .arg(run.dataset.count(mdd::Split::Validation)));
  mdd::Model& model = result.model;
  mdd::calibrateModel(model, run.dataset, nullptr, cancel_, config.batchSize);
  if (cancel_.cancelled()) {
    outcome.cancelled = true;
    postLog(tr("Cancelled while fitting thresholds: the trained model was not saved."));
    return;
  }
  for (const QString& root : run.datasetRoots)
    model.metadata().training.datasetRoots.push_back(QDir(root).absolutePath().toStdString());
  model.save(run.modelPath.toStdString());
  outcome.ok = true;
  postLog(tr("Model saved to %1.").arg(QDir::toNativeSeparators(run.modelPath)));
  // A finished run has nothing left to resume; a stale checkpoint would only mislead.
  QFile::remove(QString::fromStdString(config.checkpointPath));
}

void TrainingJob::onThreadFinished() {
  if (!thread_) return;
  // Qt's pattern for a finished thread; ~QThread waits out the last instructions of finish.
  thread_->deleteLater();
  thread_ = nullptr;
  running_ = false;
  const TrainingOutcome outcome = outcome_;
  if (!outcome.ok && !outcome.cancelled) emit logMessage(outcome.error);
  emit finished(outcome);
}

}  // namespace mddui
