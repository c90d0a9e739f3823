#include "main/demo_project.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <memory>
#include <QtConcurrent>

#include "main/main_window.h"
#include "main/project_session.h"
#include "memory/memory_inspector.h"
#include "report/report_data.h"
#include "report/report_job.h"
#include "report/report_outcome.h"
#include "mdd/demo_dataset.h"
#include "project/project_store.h"
#include "results/inference_job.h"
#include "results/results_panel.h"
#include "results/results_table_model.h"
#include "training/training_job.h"
#include "training/training_panel.h"

namespace mddui {

DemoProject::DemoProject(MainWindow& window, const QString& folder, QObject* parent)
    : QObject(parent), window_(window), folder_(folder) {
  connect(&window_.session(), &ProjectSession::datasetsLoaded, this, &DemoProject::datasetsLoaded);
  connect(window_.trainingPanel(), &TrainingPanel::trainingFinished, this,
          &DemoProject::trainingFinished);
  connect(window_.resultsPanel(), &ResultsPanel::inferenceFinished, this,
          &DemoProject::inferenceFinished);
}

QString DemoProject::defaultFolder() {
  return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + "/demo";
}

QString DemoProject::projectPath() const { return QDir(folder_).filePath("demo.mddproj"); }
QString DemoProject::datasetPath() const { return QDir(folder_).filePath("dataset"); }

mdd::TrainConfig DemoProject::trainConfig(const mdd::TrainConfig& base) {
  mdd::TrainConfig config = base;
  config.model.network.inputWidth = config.model.network.inputHeight = 128;
  config.model.network.memory.itemsPerClass = 16;
  config.batchSize = 8;
  config.iterations = 150;
  config.seed = 1;
  return config;
}

void DemoProject::start() {
  active_ = true;
  trainingStarted_ = inferenceStarted_ = false;
  QDir().mkpath(folder_);
  const bool haveDataset = QFileInfo(QDir(datasetPath()).filePath("README.txt")).exists();
  if (haveDataset) {
    datasetWritten({});
    return;
  }
  emit stage(tr("Generating the demo dataset in %1...").arg(datasetPath()));
  QDir(datasetPath()).removeRecursively();  // a half-written one from an interrupted run
  auto* watcher = new QFutureWatcher<QString>(this);
  connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
    watcher->deleteLater();
    datasetWritten(watcher->result());
  });
  const std::string dir = datasetPath().toStdString();
  watcher->setFuture(QtConcurrent::run([dir]() -> QString {
    try {
      mdd::DemoDatasetOptions options;
      options.classes = 3;
      options.imageSize = 128;
      options.trainGood = 40;
      options.testGood = 10;
      options.testDefects = 15;
      mdd::makeDemoDataset(dir, options);
      return {};
    } catch (const std::exception& e) {
      return QString::fromStdString(e.what());
    }
  }));
}

void DemoProject::datasetWritten(const QString& error) {
  if (!error.isEmpty()) return fail(error);
  const bool exists = QFileInfo::exists(projectPath());
  if (!(exists ? window_.openProject(projectPath()) : window_.createProject(projectPath())))
    return fail(tr("Could not open the demo project %1").arg(projectPath()));
  ProjectSession& session = window_.session();
  if (session.store().datasets().isEmpty()) {
    mdd::DatasetSource source;
    source.root = datasetPath().toStdString();
    mdd::LoadReport report;
    QString addError;
    try {
      const mdd::Dataset dataset = mdd::loadDataset({source}, {}, report);
      if (!session.addDataset(source, dataset, &addError)) return fail(addError);
    } catch (const std::exception& e) {
      return fail(QString::fromStdString(e.what()));
    }
  }
  emit stage(tr("Loading the demo dataset..."));
}

void DemoProject::datasetsLoaded() {
  if (!active_ || window_.session().isLoading()) return;
  if (window_.session().dataset().samples.empty()) return;
  if (window_.session().activeModelPath().isEmpty()) {
    if (trainingStarted_) return;
    trainingStarted_ = true;
    emit stage(tr("Training the demo model (a few minutes on a CPU; only the first time)..."));
    TrainingPanel* panel = window_.trainingPanel();
    panel->setConfig(trainConfig(panel->config()));
    window_.startTraining();
    return;
  }
  if (inferenceStarted_) return;
  inferenceStarted_ = true;
  emit stage(tr("Running the demo model on the test images..."));
  window_.runInference();
}

void DemoProject::trainingFinished(const TrainingOutcome& outcome) {
  if (!active_) return;
  if (!outcome.ok) return fail(outcome.cancelled ? tr("Training of the demo model was cancelled.")
                                                 : outcome.error);
  inferenceStarted_ = true;
  emit stage(tr("Running the demo model on the test images..."));
  window_.runInference();
}

void DemoProject::inferenceFinished(const InferenceOutcome& outcome) {
  if (!active_ || !inferenceStarted_) return;
  active_ = false;
  if (!outcome.ok) return fail(outcome.error);
  // Show the highest-scoring image so the first thing seen is a heatmap over a defect;
  // ready once its overlay is on screen (or after a minute without it).
  ResultsPanel* results = window_.resultsPanel();
  if (outcome.rows.isEmpty()) return emit ready();
  auto* table = results->findChild<QTableView*>("resultsTable");
  if (table) table->sortByColumn(ResultsTableModel::ScoreColumn, Qt::DescendingOrder);
  auto shown = std::make_shared<QMetaObject::Connection>();
  auto finish = [this, shown] {
    if (!*shown) return;  // already done
    disconnect(*shown);
    *shown = {};
    computeMemory();
  };
  *shown = connect(results, &ResultsPanel::imageShown, this, finish);
  QTimer::singleShot(60000, this, finish);
  results->selectRow(0);
}

// The memory view laid out too (a few hundred items: seconds), then ready.
void DemoProject::computeMemory() {
  MemoryInspector* memory = window_.memoryInspector();
  auto pending = std::make_shared<bool>(true);
  auto finish = [this, pending] {
    if (!*pending) return;
    *pending = false;
    writeReport();
  };
  connect(memory, &MemoryInspector::computed, this, finish, Qt::SingleShotConnection);
  connect(memory, &MemoryInspector::failed, this, finish, Qt::SingleShotConnection);
  QTimer::singleShot(120000, this, finish);  // never wait for ever on an optional view
  emit stage(tr("Laying out the model's memory (t-SNE)..."));
  memory->compute();
  if (!memory->isBusy()) finish();  // nothing to lay out (no model path)
}

QString DemoProject::reportPath() const { return QDir(folder_).filePath("demo-report.pdf"); }

// The model report of the demo run, as PDF and HTML next to the project; then ready.
void DemoProject::writeReport() {
  ReportData data;
  QString error;
  if (!makeReportData(window_.resultsPanel()->lastOutcome(), window_.session().name(), &data,
                      &error)) {
    emit stage(tr("No report: %1").arg(error));
    return emit ready();
  }
  auto* job = new ReportJob(this);
  job->setModelCache(window_.resultsPanel()->modelCache());
  connect(job, &ReportJob::finished, this, [this, job](const ReportOutcome& outcome) {
    if (outcome.ok) reportHtml_ = job->lastHtml();
    emit stage(outcome.ok ? tr("Report written: %1").arg(outcome.pdfPath)
                          : tr("No report: %1").arg(outcome.error));
    job->deleteLater();
    emit ready();
  });
  ReportOptions options;
  options.pdfPath = reportPath();
  options.htmlPath = QDir(folder_).filePath("demo-report.html");
  emit stage(tr("Writing the model report..."));
  job->start(data, options);
}

void DemoProject::fail(const QString& message) {
  active_ = false;
  emit failed(message);
}

}  // namespace mddui
