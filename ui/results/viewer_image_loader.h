#pragma once
// Builds the viewer's input for one result row off the GUI thread: reads the image, runs
// the model on it (the run itself keeps no maps: a folder of thousands would not fit in
// memory), reads the mask and picks the class's thresholds. Only the latest request
// matters: one asked for while another loads replaces any waiting one.
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

#include "results/image_viewer.h"
#include "results/inference_outcome.h"

namespace mddui {

class ModelCache;

class ViewerImageLoader : public QObject {
  Q_OBJECT
 public:
  struct Request {
    QString modelPath;
    ResultRow row;
  };
  struct Loaded {
    ViewerImage image;
    QString error;  // non-empty: the image could not be shown, and why
  };

  explicit ViewerImageLoader(std::shared_ptr<ModelCache> cache, QObject* parent = nullptr);
  ~ViewerImageLoader() override;

  void load(const Request& request);
  void cancelPending() { pending_.reset(); }
  bool isLoading() const { return watcher_.isRunning() || pending_.has_value(); }

  // The blocking work, for tests and other callers already off the GUI thread.
  static Loaded build(ModelCache& models, const Request& request);

 signals:
  void loaded(const mddui::ViewerImage& image);
  void failed(const QString& path, const QString& error);

 private:
  void startNext();
  void onFinished();

  std::shared_ptr<ModelCache> cache_;
  std::optional<Request> pending_;
  QThreadPool pool_;  // declared before the watcher: destroyed after it, waiting for the task
  QFutureWatcher<Loaded> watcher_;
};

}  // namespace mddui
