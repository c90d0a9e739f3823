#include "main/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

#include "dataset/dataset_browser.h"
#include "dataset/dataset_import_dialog.h"
#include "dataset/sample_list_model.h"
#include "main/about_dialog.h"
#include "memory/memory_inspector.h"
#include "main/project_page.h"
#include "main/project_session.h"
#include "mdd/model.h"
#include "project/project_store.h"
#include "project/recent_projects.h"
#include "results/inference_job.h"
#include "results/results_panel.h"
#include "results/results_table_model.h"
#include "report/report_data.h"
#include "report/report_dialog.h"
#include "review/review_panel.h"
#include "training/training_job.h"
#include "training/training_panel.h"

namespace mddui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      runtime_(mdd::runtimeInfo()),
      session_(new ProjectSession(this)),
      recent_(new RecentProjects()) {
  setObjectName("MainWindow");
  setWindowTitle(tr("MDD-Net Inspector"));
  setWindowIcon(QIcon(":/icons/mddnet.svg"));
  setAcceptDrops(true);
  createViews();
  createMenus();
  createStatusBar();
  restoreLayout();
  connect(session_, &ProjectSession::opened, this, &MainWindow::projectOpened);
  connect(session_, &ProjectSession::datasetsLoaded, this, &MainWindow::datasetsLoaded);
  connect(session_, &ProjectSession::activeModelChanged, this, [this](const QString& path) {
    results_->setModelPath(path);
    memory_->setModelPath(path);
    if (!path.isEmpty()) statusBar()->showMessage(tr("Model in use: %1").arg(path), 5000);
  });
}

MainWindow::~MainWindow() { delete recent_; }

void MainWindow::createViews() {
  tabs_ = new QTabWidget(this);
  tabs_->setObjectName("mainTabs");
  tabs_->setDocumentMode(true);
  projectPage_ = new ProjectPage(*session_, tabs_);
  browser_ = new DatasetBrowser(tabs_);
  training_ = new TrainingPanel(tabs_);
  results_ = new ResultsPanel(tabs_);
  tabs_->addTab(projectPage_, tr("&Project"));
  tabs_->addTab(browser_, tr("&Images"));
  tabs_->addTab(training_, tr("&Training"));
  tabs_->addTab(results_, tr("&Results"));
  createThresholdView();
  createReviewView();
  memory_ = new MemoryInspector(tabs_);
  tabs_->addTab(memory_, tr("&Memory"));
  setCentralWidget(tabs_);

  connect(projectPage_, &ProjectPage::addDatasetRequested, this, &MainWindow::addDataset);
  connect(training_, &TrainingPanel::trainingStarted, this, &MainWindow::trainingStarted);
  connect(training_, &TrainingPanel::trainingFinished, this, &MainWindow::trainingFinished);
  connect(training_, &TrainingPanel::validationFractionChanged, session_,
          &ProjectSession::setValidationFraction);
  connect(results_, &ResultsPanel::inferenceFinished, this, &MainWindow::inferenceFinished);
  connect(browser_, &DatasetBrowser::imageActivated, this, [this](const QString& path) {
    const auto& rows = results_->tableModel()->rows();
    for (int r = 0; r < rows.size(); ++r) {
      if (rows[r].path == path) {
        showTab(ResultsTab);
        results_->selectRow(r);
        return;
      }
    }
    statusBar()->showMessage(tr("%1 has no result yet: run the model first (Ctrl+R).")
                                 .arg(QFileInfo(path).fileName()), 5000);
  });
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->setObjectName("menuFile");
  auto add = [this](QMenu* menu, const QString& name, const QString& text,
                    const QKeySequence& key, auto slot) {
    QAction* action = menu->addAction(text, this, slot);
    action->setObjectName(name);
    action->setShortcut(key);
    return action;
  };
  add(file, "actionNewProject", tr("&New Project..."), QKeySequence::New, &MainWindow::newProject);
  add(file, "actionOpenProject", tr("&Open Project..."), QKeySequence::Open,
      &MainWindow::openProjectDialog);
  recentMenu_ = file->addMenu(tr("Open &Recent"));
  recentMenu_->setObjectName("menuRecent");
  file->addSeparator();
  add(file, "actionAddDataset", tr("&Add Dataset..."), QKeySequence(tr("Ctrl+D")),
      &MainWindow::addDataset);
  add(file, "actionExportReport", tr("Export &Report..."), QKeySequence(tr("Ctrl+Shift+E")),
      &MainWindow::exportReport);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* run = menuBar()->addMenu(tr("&Run"));
  run->setObjectName("menuRun");
  add(run, "actionStartTraining", tr("&Train Model"), QKeySequence(tr("Ctrl+T")),
      &MainWindow::startTraining);
  add(run, "actionCancelTraining", tr("&Cancel Training"), QKeySequence(tr("Ctrl+Shift+T")),
      [this] { training_->cancelTraining(); });
  run->addSeparator();
  add(run, "actionRunInference", tr("&Run Model on Test Split"), QKeySequence(tr("Ctrl+R")),
      &MainWindow::runInference);
  add(run, "actionRunOnFolder", tr("Run Model on &Folder..."), QKeySequence(tr("Ctrl+Shift+R")),
      &MainWindow::runInferenceOnFolder);
  add(run, "actionCancelInference", tr("Cancel &Inference"), QKeySequence(tr("Ctrl+Shift+C")),
      [this] { results_->cancel(); });

  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->setObjectName("menuView");
  const QStringList names = {tr("&Project"), tr("&Images"), tr("&Training"), tr("&Results"),
                             tr("T&hresholds"), tr("Re&view"), tr("&Memory")};
  for (int t = 0; t < names.size(); ++t) {
    QAction* a = view->addAction(names[t], this, [this, t] { showTab(static_cast<Tab>(t)); });
    a->setObjectName(QString("actionShowTab%1").arg(t + 1));
    a->setShortcut(QKeySequence(QString("Ctrl+%1").arg(t + 1)));
  }
  view->addSeparator();
  QAction* fullScreen = view->addAction(tr("&Full Screen"));
  fullScreen->setShortcut(QKeySequence::FullScreen);
  fullScreen->setCheckable(true);
  connect(fullScreen, &QAction::toggled, this,
          [this](bool on) { on ? showFullScreen() : showNormal(); });

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->setObjectName("menuHelp");
  QAction* about = help->addAction(tr("&About MDD-Net Inspector"), this, &MainWindow::showAbout);
  about->setObjectName("actionAbout");
  help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
  rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
  recentMenu_->clear();
  const QStringList paths = recent_->list();
  for (const QString& path : paths)
    recentMenu_->addAction(QFileInfo(path).fileName() + "  —  " + path, this,
                           [this, path] { openProject(path); });
  if (!paths.isEmpty()) {
    recentMenu_->addSeparator();
    recentMenu_->addAction(tr("Clear List"), this, [this] {
      recent_->clear();
      rebuildRecentMenu();
    });
  }
  recentMenu_->setEnabled(!paths.isEmpty());
}

void MainWindow::createStatusBar() {
  projectLabel_ = new QLabel(this);
  projectLabel_->setObjectName("projectLabel");
  statusBar()->addPermanentWidget(projectLabel_);
  deviceLabel_ = new QLabel(this);
  deviceLabel_->setObjectName("deviceLabel");
  deviceLabel_->setText(runtime_.cudaAvailable
                            ? tr("GPU: %1").arg(QString::fromStdString(runtime_.cudaDeviceName))
                            : tr("CPU: %1 threads").arg(runtime_.intraOpThreads));
  deviceLabel_->setToolTip(tr("Device used for training and inference"));
  statusBar()->addPermanentWidget(deviceLabel_);
  statusBar()->showMessage(tr("Ready"));
}

void MainWindow::restoreLayout() {
  QSettings settings;
  if (!restoreGeometry(settings.value("window/geometry").toByteArray())) resize(1360, 860);
  restoreState(settings.value("window/state").toByteArray());
  tabs_->setCurrentIndex(settings.value("window/tab", 0).toInt());
  // Every named splitter of every view keeps the sizes the user gave it.
  for (QSplitter* splitter : findChildren<QSplitter*>())
    if (!splitter->objectName().isEmpty())
      splitter->restoreState(settings.value("window/splitters/" + splitter->objectName()).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (training_->isRunning()) {
    const auto answer = QMessageBox::question(
        this, tr("Training is running"),
        tr("Stop the training and quit? A checkpoint is saved; Resume continues it."));
    if (answer != QMessageBox::Yes) {
      event->ignore();
      return;
    }
    training_->cancelTraining();
  }
  QSettings settings;
  settings.setValue("window/geometry", saveGeometry());
  settings.setValue("window/state", saveState());
  settings.setValue("window/tab", tabs_->currentIndex());
  for (QSplitter* splitter : findChildren<QSplitter*>())
    if (!splitter->objectName().isEmpty())
      settings.setValue("window/splitters/" + splitter->objectName(), splitter->saveState());
  event->accept();
}

void MainWindow::showTab(Tab tab) { tabs_->setCurrentIndex(static_cast<int>(tab)); }

QString MainWindow::prompt(PathPrompt kind) {
  if (prompter_) return prompter_(kind);
  const QString filter = tr("Inspector projects (*.mddproj)");
  switch (kind) {
    case PathPrompt::NewProject: {
      QString path = QFileDialog::getSaveFileName(this, tr("New project"), {}, filter);
      if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += ".mddproj";
      return path;
    }
    case PathPrompt::OpenProject:
      return QFileDialog::getOpenFileName(this, tr("Open project"), {}, filter);
    case PathPrompt::DatasetFolder:
      return QFileDialog::getExistingDirectory(this, tr("Dataset folder"));
    case PathPrompt::InferenceFolder:
      return QFileDialog::getExistingDirectory(this, tr("Folder of images to inspect"));
  }
  return {};
}

void MainWindow::showError(const QString& title, const QString& message) {
  statusBar()->showMessage(message, 10000);
  auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
  box->setObjectName("errorMessage");
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();  // window-modal but not blocking: long work in the background carries on
}

void MainWindow::newProject() {
  const QString path = prompt(PathPrompt::NewProject);
  if (!path.isEmpty()) createProject(path);
}

void MainWindow::openProjectDialog() {
  const QString path = prompt(PathPrompt::OpenProject);
  if (!path.isEmpty()) openProject(path);
}

bool MainWindow::createProject(const QString& path) {
  QString error;
  if (!session_->create(path, &error)) {
    showError(tr("New project"), error);
    return false;
  }
  return true;
}

bool MainWindow::openProject(const QString& path) {
  if (training_->isRunning()) {
    showError(tr("Open project"), tr("Training is running: cancel it before switching projects."));
    return false;
  }
  QString error;
  if (!session_->open(path, &error)) {
    showError(tr("Open project"), error);
    recent_->remove(path);
    rebuildRecentMenu();
    return false;
  }
  return true;
}

void MainWindow::projectOpened() {
  recent_->add(session_->path());
  rebuildRecentMenu();
  setWindowTitle(tr("%1 — MDD-Net Inspector").arg(session_->name()));
  projectLabel_->setText(tr("Project: %1").arg(session_->name()));
  projectPage_->refresh();
  browser_->setSamples({});
  training_->setModelPath(session_->newModelPath());
  results_->setModelPath(session_->activeModelPath());
  statusBar()->showMessage(tr("Opened %1; loading its datasets...").arg(session_->path()));
}

void MainWindow::datasetsLoaded() {
  const mdd::Dataset& dataset = session_->dataset();
  browser_->setSamples(SampleListModel::fromDataset(dataset));
  applyStoredLabels();
  QStringList roots;
  for (const DatasetRecord& d : session_->store().datasets()) roots << d.root;
  training_->setDatasetRoots(roots);
  extraTrainingImages_.clear();
  updateTrainingDataset();
  results_->setDataset(dataset);
  projectPage_->refresh();
  statusBar()->showMessage(tr("%n image(s) in %1 class(es)", "", int(dataset.samples.size()))
                               .arg(dataset.classNames.size()), 5000);
}

void MainWindow::applyStoredLabels() {
  ProjectStore& store = session_->store();
  const qint64 model = session_->activeModelId();
  if (model >= 0)
    for (const InferenceRecord& r : store.inferenceResults(model))
      browser_->model()->setVerdict(r.imagePath, r.verdict, r.score);
  const auto labels = store.reviewLabels();
  for (auto it = labels.cbegin(); it != labels.cend(); ++it)
    browser_->model()->setReview(it.key(), it->decision);
}

void MainWindow::addDataset() {
  if (!session_->isOpen()) {
    newProject();
    if (!session_->isOpen()) return;
  }
  addDatasetFolder({});
}

void MainWindow::addDatasetFolder(const QString& folder) {
  if (!session_->isOpen()) {
    newProject();
    if (!session_->isOpen()) return;
  }
  auto* dialog = new DatasetImportDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog] {
    QString error;
    if (!session_->addDataset(dialog->source(), dialog->dataset(), &error))
      showError(tr("Add dataset"), error);
    else
      projectPage_->refresh();
  });
  dialog->open();
  if (!folder.isEmpty()) dialog->setFolder(folder);
}

void MainWindow::startTraining() {
  if (!session_->isOpen() || session_->dataset().samples.empty()) {
    showError(tr("Train model"), tr("Add a dataset with normal training images first (Ctrl+D)."));
    return;
  }
  showTab(TrainingTab);
  if (!training_->isRunning()) training_->startTraining();
}

void MainWindow::trainingStarted(const QString& modelPath, const QString& configJson) {
  TrainingRunRecord run;
  run.configJson = configJson;
  for (const DatasetRecord& d : session_->store().datasets()) run.datasetRoots << d.root;
  run.status = "running";
  run.modelPath = modelPath;
  run.checkpointPath = modelPath + ".ckpt";
  run.startedAt = QDateTime::currentDateTimeUtc();
  runningBackbone_ = QString::fromStdString(training_->config().model.network.backbone);
  runningTrainingId_ = session_->store().addTrainingRun(run) ? run.id : -1;
  projectPage_->refresh();
}

void MainWindow::trainingFinished(const TrainingOutcome& outcome) {
  ProjectStore& store = session_->store();
  for (TrainingRunRecord run : store.trainingRuns()) {
    if (run.id != runningTrainingId_) continue;
    run.status = outcome.ok ? "finished" : outcome.cancelled ? "cancelled" : "failed";
    run.stepsDone = outcome.stepsDone;
    run.totalSteps = outcome.totalSteps;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.message = outcome.error;
    store.updateTrainingRun(run);
  }
  runningTrainingId_ = -1;
  if (outcome.ok) {
    ModelRecord model;
    model.path = outcome.modelPath;
    model.name = QFileInfo(outcome.modelPath).completeBaseName();
    // From the run's settings, not the file: re-reading a large model file here would
    // hold up the event loop.
    model.backbone = runningBackbone_;
    for (const auto& c : session_->dataset().classNames) model.classNames << QString::fromStdString(c);
    model.createdAt = QDateTime::currentDateTimeUtc();
    if (!store.addModel(model)) showError(tr("Training"), store.lastError());
    session_->setActiveModelPath(outcome.modelPath);
    training_->setModelPath(session_->newModelPath());  // the next run gets a new file
    statusBar()->showMessage(tr("Model trained: %1").arg(outcome.modelPath), 10000);
  } else if (!outcome.cancelled) {
    showError(tr("Training failed"), outcome.error);
  }
  projectPage_->refresh();
}

void MainWindow::runInference() {
  if (session_->activeModelPath().isEmpty()) {
    showError(tr("Run model"), tr("The project has no model yet: train one first (Ctrl+T)."));
    return;
  }
  showTab(ResultsTab);
  results_->runOnTestSplit();
}

void MainWindow::runInferenceOnFolder() {
  if (session_->activeModelPath().isEmpty()) {
    showError(tr("Run model"), tr("The project has no model yet: train one first (Ctrl+T)."));
    return;
  }
  const QString folder = prompt(PathPrompt::InferenceFolder);
  if (folder.isEmpty()) return;
  showTab(ResultsTab);
  results_->runOnFolder(folder);
}

void MainWindow::exportReport() {
  const InferenceOutcome& outcome = results_->lastOutcome();
  if (!outcome.ok || outcome.rows.isEmpty()) {
    showError(tr("Export report"), tr("Run the model first (Ctrl+R): the report describes a run."));
    return;
  }
  ReportData data;
  QString error;
  if (!makeReportData(outcome, session_->isOpen() ? session_->name() : QString(), &data, &error)) {
    showError(tr("Export report"), error);
    return;
  }
  auto* dialog = new ReportDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setModelCache(results_->modelCache());
  dialog->setReportData(data);
  const QFileInfo model(outcome.modelPath);
  dialog->setOutputPath(model.dir().filePath(model.completeBaseName() + "-report.pdf"));
  dialog->open();
}

void MainWindow::inferenceFinished(const InferenceOutcome& outcome) {
  if (!outcome.ok) {
    if (!outcome.cancelled) showError(tr("Inference failed"), outcome.error);
    return;
  }
  if (!session_->isOpen()) return;
  for (const ResultRow& row : outcome.rows)
    if (row.error.isEmpty()) browser_->model()->setVerdict(row.path, row.verdict, row.score);
  QString error;
  const int stored = session_->storeResults(outcome.modelPath, outcome.source, outcome.rows, &error);
  if (stored < 0) showError(tr("Saving results"), error);
  review_->setRows(outcome.rows);
  loadWorkbench(outcome);
  emit inferenceStored(std::max(stored, 0));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  for (const QUrl& url : event->mimeData()->urls()) {
    const QFileInfo info(url.toLocalFile());
    if (info.isDir() || info.suffix() == "mddproj") {
      event->acceptProposedAction();
      return;
    }
  }
}

void MainWindow::dropEvent(QDropEvent* event) {
  for (const QUrl& url : event->mimeData()->urls()) {
    const QFileInfo info(url.toLocalFile());
    if (info.suffix() == "mddproj") {
      openProject(info.absoluteFilePath());
    } else if (info.isDir()) {
      addDatasetFolder(info.absoluteFilePath());
    }
  }
  event->acceptProposedAction();
}

void MainWindow::showAbout() {
  AboutDialog dialog(runtime_, this);
  dialog.exec();
}

}  // namespace mddui
