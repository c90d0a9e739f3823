#include "results/overlay_export_job.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <opencv2/imgproc.hpp>

#include "mdd/export_names.h"
#include "mdd/image_io.h"
#include "mdd/model.h"
#include "mdd/overlay.h"
#include "results/model_cache.h"

namespace mddui {
namespace {

// A readable, unique-able name for a row's overlay (export_names.h makes it safe).
std::string exportName(const ResultRow& row, const QString& sourceFolder) {
  const QFileInfo file(row.path);
  if (!row.defectType.isEmpty())
    return (row.className + QLatin1Char('_') + row.defectType + QLatin1Char('_') +
            file.completeBaseName())
        .toStdString();
  if (!sourceFolder.isEmpty()) {
    const QString relative = QDir(sourceFolder).relativeFilePath(row.path);
    if (!relative.startsWith(QLatin1String("..")))
      return (QFileInfo(relative).path() + QLatin1Char('/') + file.completeBaseName())
          .toStdString();
  }
  return file.completeBaseName().toStdString();
}

}  // namespace

OverlayExportJob::OverlayExportJob(QObject* parent)
    : QObject(parent), cache_(std::make_shared<ModelCache>()) {
  qRegisterMetaType<mddui::OverlayExportResult>();
}

OverlayExportJob::~OverlayExportJob() {
  cancel();
  waitForFinished();
  delete thread_;
}

void OverlayExportJob::setModelCache(std::shared_ptr<ModelCache> cache) {
  if (cache) cache_ = std::move(cache);
}

void OverlayExportJob::cancel() {
  if (cancel_) cancel_->cancel();
}

void OverlayExportJob::waitForFinished() {
  if (thread_) thread_->wait();
}

bool OverlayExportJob::run(const QString& modelPath, const QVector<ResultRow>& rows,
                           const QString& folder, const QString& sourceFolder, double opacity) {
  if (running_) return false;
  waitForFinished();
  delete thread_;
  running_ = true;
  cancel_ = std::make_shared<mdd::CancelToken>();
  auto cache = cache_;
  auto cancel = cancel_;
  thread_ = QThread::create([this, cache, cancel, modelPath, rows, folder, sourceFolder, opacity] {
    const mdd::ProgressFn progress = [this](long done, long total) {
      QMetaObject::invokeMethod(
          this,
          [this, done, total] {
            emit this->progress(static_cast<int>(done), static_cast<int>(total));
          },
          Qt::QueuedConnection);
    };
    const OverlayExportResult result =
        writeOverlays(*cache, modelPath, rows, folder, sourceFolder, opacity, progress, *cancel);
    QMetaObject::invokeMethod(
        this,
        [this, result] {
          waitForFinished();
          running_ = false;
          emit finished(result);
        },
        Qt::QueuedConnection);
  });
  thread_->setObjectName(QStringLiteral("OverlayExportJob"));
  thread_->start();
  return true;
}

OverlayExportResult OverlayExportJob::writeOverlays(ModelCache& models, const QString& modelPath,
                                                    const QVector<ResultRow>& rows,
                                                    const QString& folder,
                                                    const QString& sourceFolder, double opacity,
                                                    const mdd::ProgressFn& progress,
                                                    const mdd::CancelToken& cancel) {
  OverlayExportResult out;
  auto failOne = [&out](const QString& message) {
    ++out.failed;
    if (out.error.isEmpty()) out.error = message;
  };
  if (!QDir().mkpath(folder)) {
    out.error = tr("Cannot create the folder '%1': choose a folder you can write to.").arg(folder);
    return out;
  }
  QVector<ResultRow> todo;
  for (const ResultRow& r : rows)
    if (r.error.isEmpty()) todo.push_back(r);
  mdd::Model model;
  try {
    model = models.get(modelPath);
  } catch (const std::exception& e) {
    out.error =
        tr("Cannot load the model '%1': %2").arg(modelPath, QString::fromStdString(e.what()));
    return out;
  }
  mdd::OverlayOptions options;
  options.opacity = std::clamp(opacity, 0.0, 1.0);
  mdd::UniqueFileNames names;
  const int total = static_cast<int>(todo.size());
  constexpr int kBatch = 8;
  for (int start = 0; start < total; start += kBatch) {
    if (cancel.cancelled()) {
      out.cancelled = true;
      break;
    }
    const int end = std::min(total, start + kBatch);
    std::vector<cv::Mat> images;
    std::vector<int> classes;
    std::vector<int> rowOf;
    for (int i = start; i < end; ++i) {
      try {
        images.push_back(mdd::readImage(todo[i].path.toStdString()));
        classes.push_back(model.classIndex(todo[i].className.toStdString()));
        rowOf.push_back(i);
      } catch (const std::exception& e) {
        failOne(QString::fromStdString(e.what()));
      }
    }
    try {
      const auto results = model.infer(images, classes);
      for (size_t j = 0; j < results.size(); ++j) {
        const ResultRow& row = todo[rowOf[j]];
        const mdd::InferenceResult& r = results[j];
        const QString file = QDir(folder).filePath(
            QString::fromStdString(names.claim(exportName(row, sourceFolder), ".png")));
        try {
          if (r.classIndex < 0)
            throw std::runtime_error(
                tr("the model cannot tell its class: run it with the image's class chosen")
                    .toStdString());
          const auto& t = model.metadata().thresholds.at(static_cast<size_t>(r.classIndex));
          const mdd::OverlayLabel label{model.classNames()[static_cast<size_t>(r.classIndex)],
                                        mdd::imageVerdict(r.score, t),
                                        mdd::normalizedImageScore(r.score, t)};
          cv::Mat mask;
          if (!row.maskPath.isEmpty()) {
            mask = mdd::readMask(row.maskPath.toStdString(), row.maskRule);
            if (mask.size() != images[j].size())
              cv::resize(mask, mask, images[j].size(), 0, 0, cv::INTER_NEAREST);
          }
          mdd::writeImage(file.toStdString(),
                          mdd::renderOverlay(images[j], r.mapOriginal, t, label, mask, options));
          ++out.written;
        } catch (const std::exception& e) {
          failOne(tr("%1: %2").arg(row.path, QString::fromStdString(e.what())));
        }
      }
    } catch (const std::exception& e) {
      out.error =
          tr("Inference with '%1' failed: %2").arg(modelPath, QString::fromStdString(e.what()));
      return out;
    }
    if (progress) progress(end, total);
  }
  return out;
}

}  // namespace mddui
