#include "results/viewer_image_loader.h"

#include <QtConcurrent/QtConcurrentRun>

#include <opencv2/imgproc.hpp>

#include "mdd/image_io.h"
#include "mdd/model.h"
#include "results/model_cache.h"

namespace mddui {

ViewerImageLoader::ViewerImageLoader(std::shared_ptr<ModelCache> cache, QObject* parent)
    : QObject(parent), cache_(std::move(cache)) {
  pool_.setMaxThreadCount(1);
  connect(&watcher_, &QFutureWatcher<Loaded>::finished, this, &ViewerImageLoader::onFinished);
}

ViewerImageLoader::~ViewerImageLoader() {
  pending_.reset();
  watcher_.waitForFinished();
}

void ViewerImageLoader::load(const Request& request) {
  pending_ = request;
  if (!watcher_.isRunning()) startNext();
}

void ViewerImageLoader::startNext() {
  if (!pending_) return;
  const Request request = *pending_;
  pending_.reset();
  auto cache = cache_;
  watcher_.setFuture(
      QtConcurrent::run(&pool_, [cache, request] { return build(*cache, request); }));
}

void ViewerImageLoader::onFinished() {
  const Loaded result = watcher_.result();
  if (pending_) {  // the user moved on while this one loaded: show the newer one only
    startNext();
    return;
  }
  if (result.error.isEmpty())
    emit loaded(result.image);
  else
    emit failed(result.image.path, result.error);
}

ViewerImageLoader::Loaded ViewerImageLoader::build(ModelCache& models, const Request& request) {
  Loaded out;
  const ResultRow& row = request.row;
  out.image.path = row.path;
  try {
    if (!row.error.isEmpty()) {
      out.error = row.error;
      return out;
    }
    const mdd::Model model = models.get(request.modelPath);
    cv::Mat image = mdd::readImage(row.path.toStdString());
    const int given = model.classIndex(row.className.toStdString());
    const auto results = model.infer({image}, {given});
    const mdd::InferenceResult& r = results.at(0);
    if (r.classIndex < 0)
      throw std::runtime_error(
          tr("the model cannot tell this image's class: choose a class").toStdString());
    out.image.image = image;
    out.image.rawMap = r.mapOriginal;
    out.image.thresholds = model.metadata().thresholds.at(static_cast<size_t>(r.classIndex));
    out.image.label.className = model.classNames().at(static_cast<size_t>(r.classIndex));
    try {
      out.image.label.normalizedScore = mdd::normalizedImageScore(r.score, out.image.thresholds);
      out.image.label.verdict = mdd::imageVerdict(r.score, out.image.thresholds);
    } catch (const std::exception&) {
      // Unfitted thresholds: the viewer says so; the banner keeps the run's numbers.
      out.image.label.normalizedScore = row.normalizedScore;
    }
    if (!row.maskPath.isEmpty()) {
      cv::Mat mask = mdd::readMask(row.maskPath.toStdString(), row.maskRule);
      if (mask.size() != image.size())
        cv::resize(mask, mask, image.size(), 0, 0, cv::INTER_NEAREST);
      out.image.groundTruth = mask;
    }
  } catch (const std::exception& e) {
    out.error = tr("Cannot show '%1': %2").arg(row.path, QString::fromStdString(e.what()));
  }
  return out;
}

}  // namespace mddui
