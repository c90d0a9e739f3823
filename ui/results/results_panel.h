#pragma once
// The Results page: run a model on the project's test split or on a folder, read the
// per-class metrics, sort and browse the per-image verdicts, look at any image's heatmap,
// and export the results (CSV, JSON, a folder of overlay PNGs). All model work runs off
// the GUI thread; models are loaded once per file and shared by the run, the viewer and
// the overlay export.
#include <QStringList>
#include <QWidget>

#include <functional>

#include <memory>

#include "mdd/dataset.h"
#include "results/inference_outcome.h"
#include "results/overlay_export_job.h"

class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace mddui {

class ImageViewer;
class InferenceJob;
class MetricsTable;
class ModelCache;
class ResultsTableModel;
class RunControls;
class ViewerImageLoader;
struct ViewerImage;

class ResultsPanel : public QWidget {
  Q_OBJECT
 public:
  explicit ResultsPanel(QWidget* parent = nullptr);
  ~ResultsPanel() override;

  void setModelPath(const QString& path);
  QString modelPath() const;
  void setDataset(const mdd::Dataset& dataset);
  const mdd::Dataset& dataset() const { return dataset_; }

  ImageViewer* imageViewer() const { return viewer_; }
  // The loaded models, shared with other views that show overlays (review queue).
  std::shared_ptr<ModelCache> modelCache() const { return models_; }
  ResultsTableModel* tableModel() const { return tableModel_; }
  QSortFilterProxyModel* sortModel() const { return proxy_; }
  // The last run that succeeded (cancelled ones included): the rows the table shows. A run
  // that fails leaves it, and the table, as they were.
  const InferenceOutcome& lastOutcome() const { return outcome_; }
  bool isBusy() const;  // a run or an overlay export in progress
  QString statusText() const;
  QStringList modelClasses() const;  // of modelPath(), once read

  // The exports behind the buttons, without their file dialogs. On failure the status
  // label says why (naming the file) and they return false; the CSV/JSON ones write
  // atomically. exportOverlays only starts: overlaysExported() reports the end.
  bool exportCsv(const QString& file);
  bool exportJson(const QString& file);
  bool exportOverlays(const QString& folder);

 public slots:
  void runOnTestSplit();
  void runOnFolder(const QString& folder);
  void cancel();
  void selectRow(int row);  // the row as the table shows it, after sorting

 signals:
  void inferenceFinished(const mddui::InferenceOutcome& outcome);
  void imageShown(const QString& path);
  void overlaysExported(const mddui::OverlayExportResult& result);
  void busyChanged(bool busy);
  void modelClassesChanged(const QStringList& classes);

 private:
  QWidget* buildResultsSide();
  void connectWork();
  void runClicked();
  void exportCsvClicked();
  void exportJsonClicked();
  void exportOverlaysClicked();
  void beginWork(std::function<QString()> what);
  void endWork();
  void onInferenceFinished(const InferenceOutcome& outcome);
  void onOverlaysFinished(const OverlayExportResult& result);
  void onCurrentRowChanged(const QModelIndex& current);
  void onImageLoaded(const ViewerImage& image);
  void updateExportButtons();
  void setStatus(const QString& text, bool error = false);
  void setStatus(std::function<QString()> text, bool error = false);

  std::shared_ptr<ModelCache> models_;
  mdd::Dataset dataset_;
  InferenceOutcome outcome_;
  // The last run's one-line summary in the current language, restored after transient
  // messages; empty before the first run.
  std::function<QString()> summary_;

  InferenceJob* job_ = nullptr;
  OverlayExportJob* overlayJob_ = nullptr;
  ViewerImageLoader* loader_ = nullptr;

  RunControls* controls_ = nullptr;
  MetricsTable* metrics_ = nullptr;
  QTableView* table_ = nullptr;
  ResultsTableModel* tableModel_ = nullptr;
  QSortFilterProxyModel* proxy_ = nullptr;
  QPushButton* exportCsvButton_ = nullptr;
  QPushButton* exportJsonButton_ = nullptr;
  QPushButton* exportOverlaysButton_ = nullptr;
  ImageViewer* viewer_ = nullptr;
};

}  // namespace mddui
