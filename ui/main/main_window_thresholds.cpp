// MainWindow's threshold workbench: fed with the last run and the model's thresholds;
// every change re-labels the results table and the image browser at once, without running
// the network; Save writes the thresholds into the model file and the new verdicts into
// the project.
#include <QFutureWatcher>
#include <QStatusBar>
#include <QTabWidget>
#include <QtConcurrent>

#include "dataset/dataset_browser.h"
#include "dataset/sample_list_model.h"
#include "main/main_window.h"
#include "main/project_session.h"
#include "mdd/model.h"
#include "project/project_store.h"
#include "results/results_panel.h"
#include "results/results_table_model.h"
#include "review/review_panel.h"
#include "thresholds/threshold_workbench.h"

namespace mddui {

void MainWindow::createThresholdView() {
  workbench_ = new ThresholdWorkbench(tabs_);
  tabs_->addTab(workbench_, QString());  // titled by tabTitles()
  connect(workbench_, &ThresholdWorkbench::thresholdsChanged, this, &MainWindow::thresholdsChanged);
  connect(workbench_, &ThresholdWorkbench::saveRequested, this, &MainWindow::saveThresholds);
}

void MainWindow::loadWorkbench(const InferenceOutcome& outcome) {
  // The model file's header is read off the GUI thread: a large file takes a while.
  auto* watcher = new QFutureWatcher<std::vector<mdd::ClassThresholds>>(this);
  const QString path = outcome.modelPath;
  connect(watcher, &QFutureWatcher<std::vector<mdd::ClassThresholds>>::finished, this,
          [this, watcher, outcome] {
            watcher->deleteLater();
            if (outcome.modelPath != results_->lastOutcome().modelPath) return;  // superseded
            workbench_->setData(outcome.rows, watcher->result(), outcome.metrics);
            emit workbenchLoaded();
          });
  watcher->setFuture(QtConcurrent::run([path]() -> std::vector<mdd::ClassThresholds> {
    try {
      return mdd::readModelFileInfo(path.toStdString()).metadata.thresholds;
    } catch (const std::exception&) {
      return {};  // the results panel has already said what is wrong with the file
    }
  }));
}

void MainWindow::thresholdsChanged() {
  const QVector<ResultRow> rows = workbench_->rows();
  results_->tableModel()->updateVerdicts(rows);
  for (const ResultRow& row : rows)
    if (row.error.isEmpty()) browser_->model()->setVerdict(row.path, row.verdict, row.score);
}

void MainWindow::saveThresholds() {
  const QString model = results_->lastOutcome().modelPath;
  QString error;
  if (!ThresholdWorkbench::saveToModel(model, workbench_->thresholds(), &error)) {
    showError(tr("Save thresholds"), error);
    emit thresholdsSaved(false);
    return;
  }
  workbench_->markSaved();
  // The project keeps the verdicts the saved thresholds give.
  if (session_->storeResults(model, results_->lastOutcome().source, workbench_->rows(), &error) < 0) {
    showError(tr("Save thresholds"), error);
    emit thresholdsSaved(false);
    return;
  }
  review_->setRows(workbench_->rows());
  statusBar()->showMessage(tr("Thresholds saved into %1").arg(model), 8000);
  emit thresholdsSaved(true);
}

}  // namespace mddui
