#include "memory/memory_job.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <exception>

#include "mdd/model.h"

namespace mddui {
namespace {

constexpr qint64 kProgressIntervalMs = 50;  // t-SNE iterations are fast: don't flood the GUI

}  // namespace

MemoryOutcome analyzeModelMemory(const QString& modelPath, const QString& device,
                                 const mdd::MemoryAnalysisOptions& options,
                                 const mdd::ProgressFn& progress, const mdd::CancelToken& cancel) {
  QElapsedTimer clock;
  clock.start();
  MemoryOutcome out;
  out.modelPath = modelPath;
  out.options = options;
  const QString name = QFileInfo(modelPath).fileName();
  try {
    if (modelPath.isEmpty()) {
      out.error = MemoryJob::tr("No model is open: open or train a model first.");
      return out;
    }
    const mdd::Model model = mdd::Model::load(modelPath.toStdString(), device.toStdString());
    for (const auto& c : model.classNames()) out.classNames << QString::fromStdString(c);
    if (!model.config().network.memory.enabled) {
      out.noMemory = true;
      out.error = MemoryJob::tr(
                      "%1 has no class-aware memory: it was trained with the memory switched "
                      "off. Train a model with the memory on to inspect its items.")
                      .arg(name);
      return out;
    }
    out.analysis = mdd::analyzeMemory(model, options, progress, cancel);
    out.cancelled = out.analysis.cancelled;
    out.ok = !out.cancelled;
  } catch (const std::exception& e) {
    out.error = MemoryJob::tr("Could not analyse the memory of %1: %2")
                    .arg(name, QString::fromUtf8(e.what()));
  }
  out.seconds = static_cast<double>(clock.elapsed()) / 1000.0;
  return out;
}

MemoryJob::MemoryJob(QObject* parent) : QObject(parent) {
  qRegisterMetaType<mddui::MemoryOutcome>();
}

MemoryJob::~MemoryJob() {
  cancel();
  waitForFinished();
  delete thread_;
}

void MemoryJob::cancel() {
  if (cancel_) cancel_->cancel();
}

void MemoryJob::waitForFinished() {
  if (thread_) thread_->wait();
}

bool MemoryJob::start(const QString& modelPath, const mdd::MemoryAnalysisOptions& options) {
  if (running_) return false;
  waitForFinished();  // a finished thread whose outcome is still queued
  delete thread_;
  running_ = true;
  cancel_ = std::make_shared<mdd::CancelToken>();
  auto cancel = cancel_;  // the worker holds its own reference
  const QString device = device_;
  thread_ = QThread::create([this, modelPath, options, device, cancel] {
    QElapsedTimer sinceReport;
    sinceReport.start();
    const mdd::ProgressFn progress = [this, &sinceReport](long done, long total) {
      if (done < total && sinceReport.elapsed() < kProgressIntervalMs) return;
      sinceReport.restart();
      QMetaObject::invokeMethod(
          this,
          [this, done, total] {
            emit this->progress(static_cast<int>(done), static_cast<int>(total));
          },
          Qt::QueuedConnection);
    };
    const MemoryOutcome outcome = analyzeModelMemory(modelPath, device, options, progress, *cancel);
    QMetaObject::invokeMethod(
        this, [this, outcome] { deliver(outcome); }, Qt::QueuedConnection);
  });
  thread_->setObjectName(QStringLiteral("MemoryJob"));
  thread_->start();
  return true;
}

void MemoryJob::deliver(const MemoryOutcome& outcome) {
  waitForFinished();  // the worker's last statement posted this; it ends at once
  running_ = false;
  emit finished(outcome);
}

}  // namespace mddui
