#include "results/results_panel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "common/retranslate.h"
#include "results/image_viewer.h"
#include "results/inference_job.h"
#include "results/metrics_table.h"
#include "results/model_cache.h"
#include "results/results_export.h"
#include "results/results_table_model.h"
#include "results/run_controls.h"
#include "results/viewer_image_loader.h"

namespace mddui {
namespace {

QPushButton* button(QWidget* parent, const QString& name) {
  auto* b = new QPushButton(parent);
  b->setObjectName(name);
  return b;
}

}  // namespace

ResultsPanel::ResultsPanel(QWidget* parent)
    : QWidget(parent), models_(std::make_shared<ModelCache>()) {
  setObjectName(QStringLiteral("resultsPanel"));
  job_ = new InferenceJob(this);
  job_->setModelCache(models_);
  overlayJob_ = new OverlayExportJob(this);
  overlayJob_->setModelCache(models_);
  loader_ = new ViewerImageLoader(models_, this);

  controls_ = new RunControls(this);
  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->setObjectName(QStringLiteral("resultsSplitter"));
  splitter->addWidget(buildResultsSide());
  viewer_ = new ImageViewer(splitter);
  splitter->addWidget(viewer_);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  splitter->setSizes({560, 840});  // the table's six columns fit without scrolling
  splitter->setChildrenCollapsible(false);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(controls_);
  layout->addWidget(splitter, 1);
  connectWork();
  updateExportButtons();
  setStatus([] { return tr("Choose a model and the images to run it on, then press Run."); });
}

ResultsPanel::~ResultsPanel() {
  // Children are destroyed after this body: stop their threads first, so nothing queued
  // reaches a half-destroyed panel.
  job_->cancel();
  overlayJob_->cancel();
  loader_->cancelPending();
  job_->waitForFinished();
  overlayJob_->waitForFinished();
}

QWidget* ResultsPanel::buildResultsSide() {
  auto* side = new QWidget(this);
  auto* layout = new QVBoxLayout(side);
  layout->setContentsMargins(0, 0, 0, 0);
  metrics_ = new MetricsTable(side);
  layout->addWidget(metrics_);

  tableModel_ = new ResultsTableModel(this);
  proxy_ = new QSortFilterProxyModel(this);
  proxy_->setSourceModel(tableModel_);
  proxy_->setSortRole(Qt::UserRole);
  table_ = new QTableView(side);
  table_->setObjectName(QStringLiteral("resultsTable"));
  table_->setModel(proxy_);
  table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);  // the run's order
  table_->setSortingEnabled(true);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setAlternatingRowColors(true);
  table_->setWordWrap(false);
  table_->setTextElideMode(Qt::ElideMiddle);  // long paths keep their file name visible
  table_->verticalHeader()->hide();
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
  QHeaderView* header = table_->horizontalHeader();
  // Every column as wide as its contents (a narrow pane scrolls sideways rather than
  // eliding "crack/000.png" to "crac....png"); the last one takes what is left.
  header->setSectionResizeMode(QHeaderView::ResizeToContents);
  header->setStretchLastSection(true);
  layout->addWidget(table_, 1);

  exportCsvButton_ = button(side, QStringLiteral("exportCsvButton"));
  exportJsonButton_ = button(side, QStringLiteral("exportJsonButton"));
  exportOverlaysButton_ = button(side, QStringLiteral("exportOverlaysButton"));
  retranslate(side, [this] {
    exportCsvButton_->setText(tr("Export CSV…"));
    exportCsvButton_->setToolTip(tr("Save every row as a CSV file"));
    exportJsonButton_->setText(tr("Export JSON…"));
    exportJsonButton_->setToolTip(tr("Save every row and the metrics as a JSON file"));
    exportOverlaysButton_->setText(tr("Export overlays…"));
    exportOverlaysButton_->setToolTip(tr("Write one heatmap overlay PNG per image into a folder"));
    // The table's headers and words (verdicts, truth) and its numbers in the new locale.
    if (const int columns = tableModel_->columnCount(); columns > 0) {
      emit tableModel_->headerDataChanged(Qt::Horizontal, 0, columns - 1);
      if (const int rows = tableModel_->rowCount(); rows > 0)
        emit tableModel_->dataChanged(tableModel_->index(0, 0),
                                      tableModel_->index(rows - 1, columns - 1));
    }
  });
  auto* exports = new QHBoxLayout;
  exports->addWidget(exportCsvButton_);
  exports->addWidget(exportJsonButton_);
  exports->addWidget(exportOverlaysButton_);
  exports->addStretch(1);
  layout->addLayout(exports);
  return side;
}

void ResultsPanel::connectWork() {
  connect(controls_, &RunControls::runRequested, this, &ResultsPanel::runClicked);
  connect(controls_, &RunControls::cancelRequested, this, &ResultsPanel::cancel);
  connect(controls_, &RunControls::modelClassesChanged, this, &ResultsPanel::modelClassesChanged);
  connect(exportCsvButton_, &QPushButton::clicked, this, &ResultsPanel::exportCsvClicked);
  connect(exportJsonButton_, &QPushButton::clicked, this, &ResultsPanel::exportJsonClicked);
  connect(exportOverlaysButton_, &QPushButton::clicked, this, &ResultsPanel::exportOverlaysClicked);
  connect(job_, &InferenceJob::progress, controls_, &RunControls::showProgress);
  connect(job_, &InferenceJob::finished, this, &ResultsPanel::onInferenceFinished);
  connect(overlayJob_, &OverlayExportJob::progress, controls_, &RunControls::showProgress);
  connect(overlayJob_, &OverlayExportJob::finished, this, &ResultsPanel::onOverlaysFinished);
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          &ResultsPanel::onCurrentRowChanged);
  connect(loader_, &ViewerImageLoader::loaded, this, &ResultsPanel::onImageLoaded);
  connect(loader_, &ViewerImageLoader::failed, this, [this](const QString&, const QString& error) {
    viewer_->clear();
    setStatus(error, true);
  });
}

void ResultsPanel::setModelPath(const QString& path) { controls_->setModelPath(path); }
QString ResultsPanel::modelPath() const { return controls_->modelPath(); }
QStringList ResultsPanel::modelClasses() const { return controls_->modelClasses(); }
bool ResultsPanel::isBusy() const { return job_->isRunning() || overlayJob_->isRunning(); }
QString ResultsPanel::statusText() const { return controls_->statusText(); }
void ResultsPanel::setStatus(const QString& text, bool error) { controls_->setStatus(text, error); }
void ResultsPanel::setStatus(std::function<QString()> text, bool error) {
  controls_->setStatus(std::move(text), error);
}

void ResultsPanel::setDataset(const mdd::Dataset& dataset) {
  dataset_ = dataset;
  controls_->setTestImageCount(static_cast<int>(dataset_.count(mdd::Split::Test)));
}

void ResultsPanel::updateExportButtons() {
  const bool enabled = !isBusy() && !outcome_.rows.isEmpty();
  for (QPushButton* b : {exportCsvButton_, exportJsonButton_, exportOverlaysButton_})
    b->setEnabled(enabled);
}

void ResultsPanel::runClicked() {
  if (controls_->source() == RunControls::Folder)
    runOnFolder(controls_->folder());
  else
    runOnTestSplit();
}

void ResultsPanel::runOnTestSplit() {
  if (isBusy()) return;
  controls_->setSource(RunControls::TestSplit);
  if (modelPath().isEmpty()) return setStatus(tr("Choose a model file first (Browse…)."), true);
  if (dataset_.count(mdd::Split::Test) == 0)
    return setStatus(tr("The project has no test images: add a dataset with a test split, or "
                        "run the model on a folder."),
                     true);
  if (job_->runOnDataset(modelPath(), dataset_, mdd::Split::Test))
    beginWork([] { return tr("Running"); });
}

void ResultsPanel::runOnFolder(const QString& folder) {
  if (isBusy()) return;
  controls_->setSource(RunControls::Folder);
  controls_->setFolder(folder);
  if (modelPath().isEmpty()) return setStatus(tr("Choose a model file first (Browse…)."), true);
  if (folder.isEmpty()) return setStatus(tr("Choose a folder of images first (Browse…)."), true);
  if (job_->runOnFolder(modelPath(), folder, controls_->className()))
    beginWork([] { return tr("Running"); });
}

void ResultsPanel::cancel() {
  job_->cancel();
  overlayJob_->cancel();
  if (isBusy()) setStatus(tr("Cancelling after the current batch…"));
}

void ResultsPanel::beginWork(std::function<QString()> what) {
  controls_->setBusy(true, std::move(what));
  updateExportButtons();
  emit busyChanged(true);
}

void ResultsPanel::endWork() {
  controls_->setBusy(false);
  updateExportButtons();
  emit busyChanged(false);
}

void ResultsPanel::onInferenceFinished(const InferenceOutcome& outcome) {
  const bool ok = outcome.ok, cancelled = outcome.cancelled;
  controls_->showEnd(
      [ok, cancelled] { return ok ? (cancelled ? tr("Cancelled") : tr("Done")) : tr("Failed"); },
      outcome.ok);
  if (!outcome.ok) {
    setStatus(outcome.error, true);
    endWork();
    emit inferenceFinished(outcome);
    return;
  }
  outcome_ = outcome;
  viewer_->clear();
  const bool folderRun = QFileInfo(outcome_.source).isDir();
  tableModel_->setRows(outcome_.rows, folderRun ? outcome_.source : QString());
  metrics_->setMetrics(outcome_.metrics);
  int defect = 0, review = 0, good = 0, errors = 0;
  for (const ResultRow& r : outcome_.rows) {
    if (!r.error.isEmpty())
      ++errors;
    else if (r.verdict == QLatin1String("defect"))
      ++defect;
    else if (r.verdict == QLatin1String("needs_review"))
      ++review;
    else
      ++good;
  }
  summary_ = [images = static_cast<int>(outcome_.rows.size()), seconds = outcome_.seconds, defect,
              review, good, errors, cancelled = outcome_.cancelled] {
    const QLocale locale;
    QString text = tr("%n images in %1 s: %2 defect, %3 needs review, %4 good", "", images)
                       .arg(locale.toString(seconds, 'f', 1), locale.toString(defect),
                            locale.toString(review), locale.toString(good));
    if (errors) text = tr("%1; %n could not be read (their rows say why)", "", errors).arg(text);
    if (cancelled) text = tr("%1 — cancelled: the results cover the images done.").arg(text);
    return text;
  };
  setStatus(summary_, errors > 0);
  endWork();
  emit inferenceFinished(outcome_);
  if (proxy_->rowCount() > 0) selectRow(0);
}

void ResultsPanel::selectRow(int row) {
  if (row < 0 || row >= proxy_->rowCount()) return;
  const QModelIndex index = proxy_->index(row, 0);
  table_->setCurrentIndex(index);
  table_->scrollTo(index);
}

void ResultsPanel::onCurrentRowChanged(const QModelIndex& current) {
  if (!current.isValid()) return;
  const ResultRow& row = tableModel_->row(proxy_->mapToSource(current).row());
  if (!row.error.isEmpty()) {
    viewer_->clear();
    return setStatus(tr("'%1' has no result: %2").arg(row.path, row.error), true);
  }
  loader_->load({outcome_.modelPath, row});
}

void ResultsPanel::onImageLoaded(const ViewerImage& image) {
  viewer_->setImage(image);
  if (summary_) setStatus(summary_);
  emit imageShown(image.path);
}

bool ResultsPanel::exportCsv(const QString& file) {
  QString error;
  if (!writeResultsCsv(file, outcome_.rows, &error)) {
    setStatus(error, true);
    return false;
  }
  setStatus(tr("Wrote %n rows to '%1'.", "", static_cast<int>(outcome_.rows.size())).arg(file));
  return true;
}

bool ResultsPanel::exportJson(const QString& file) {
  QString error;
  if (!writeResultsJson(file, outcome_.rows, outcome_.metrics, &error, outcome_.modelPath)) {
    setStatus(error, true);
    return false;
  }
  setStatus(tr("Wrote %n rows to '%1'.", "", static_cast<int>(outcome_.rows.size())).arg(file));
  return true;
}

bool ResultsPanel::exportOverlays(const QString& folder) {
  if (isBusy() || outcome_.rows.isEmpty()) return false;
  if (!overlayJob_->run(outcome_.modelPath, outcome_.rows, folder, outcome_.source,
                        viewer_->opacityPercent() / 100.0))
    return false;
  beginWork([] { return tr("Exporting overlays"); });
  return true;
}

void ResultsPanel::onOverlaysFinished(const OverlayExportResult& result) {
  controls_->showEnd(
      [cancelled = result.cancelled] { return cancelled ? tr("Cancelled") : tr("Done"); }, true);
  setStatus(
      [result] {
        if (!result.failed && !result.error.isEmpty()) return result.error;
        QString text = tr("Wrote %n overlay images.", "", result.written);
        if (result.cancelled) text = tr("%1 Cancelled before the end.").arg(text);
        if (result.failed)
          text = tr("%1 %n failed; the first: %2", "", result.failed).arg(text, result.error);
        return text;
      },
      !result.error.isEmpty());
  endWork();
  emit overlaysExported(result);
}

void ResultsPanel::exportCsvClicked() {
  const QString file = QFileDialog::getSaveFileName(
      this, tr("Export results as CSV"), QStringLiteral("results.csv"), tr("CSV files (*.csv)"));
  if (!file.isEmpty() && !exportCsv(file))
    QMessageBox::warning(this, tr("Export failed"), statusText());
}

void ResultsPanel::exportJsonClicked() {
  const QString file =
      QFileDialog::getSaveFileName(this, tr("Export results as JSON"),
                                   QStringLiteral("results.json"), tr("JSON files (*.json)"));
  if (!file.isEmpty() && !exportJson(file))
    QMessageBox::warning(this, tr("Export failed"), statusText());
}

void ResultsPanel::exportOverlaysClicked() {
  const QString folder =
      QFileDialog::getExistingDirectory(this, tr("Choose a folder for the overlay images"));
  if (!folder.isEmpty()) exportOverlays(folder);
}

}  // namespace mddui
