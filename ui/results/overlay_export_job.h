#pragma once
// Writes a folder of overlay PNGs (heatmap, contours and the verdict banner, as the CLI's
// `predict --overlays`) for an inference run, on its own thread with progress and cancel.
// The run keeps no maps, so each image is inferred again, in batches.
#include <QObject>
#include <QString>
#include <QVector>

#include <memory>

#include "mdd/progress.h"
#include "results/inference_outcome.h"

class QThread;

namespace mddui {

class ModelCache;

struct OverlayExportResult {
  int written = 0;
  int failed = 0;  // images that could not be read, inferred or written
  bool cancelled = false;
  QString error;  // the first failure (or why nothing could start), naming the file
};

class OverlayExportJob : public QObject {
  Q_OBJECT
 public:
  explicit OverlayExportJob(QObject* parent = nullptr);
  ~OverlayExportJob() override;

  void setModelCache(std::shared_ptr<ModelCache> cache);

  // Writes <folder>/<name>.png per row without an error: <class>_<defect type>_<file> for
  // dataset rows, the path below `sourceFolder` for folder runs. Creates `folder`. Returns
  // false (starting nothing) while an export runs.
  bool run(const QString& modelPath, const QVector<ResultRow>& rows, const QString& folder,
           const QString& sourceFolder, double opacity = 0.5);
  void cancel();
  bool isRunning() const { return running_; }
  void waitForFinished();

  // The blocking work.
  static OverlayExportResult writeOverlays(ModelCache& models, const QString& modelPath,
                                           const QVector<ResultRow>& rows, const QString& folder,
                                           const QString& sourceFolder, double opacity,
                                           const mdd::ProgressFn& progress,
                                           const mdd::CancelToken& cancel);

 signals:
  void progress(int done, int total);
  void finished(const mddui::OverlayExportResult& result);

 private:
  std::shared_ptr<ModelCache> cache_;
  std::shared_ptr<mdd::CancelToken> cancel_;
  QThread* thread_ = nullptr;
  bool running_ = false;
};

}  // namespace mddui

Q_DECLARE_METATYPE(mddui::OverlayExportResult)
