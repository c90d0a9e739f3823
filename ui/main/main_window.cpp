#include "main/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
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

#include "common/language.h"
#include "common/retranslate.h"
#include "dataset/dataset_browser.h"
#include "dataset/dataset_import_dialog.h"
#include "dataset/sample_list_model.h"
#include "main/about_dialog.h"
#include "main/preferences_dialog.h"
#include "main/project_page.h"
#include "main/project_session.h"
#include "mdd/model.h"
#include "memory/memory_inspector.h"
#include "project/project_store.h"
#include "project/recent_projects.h"
#include "report/report_data.h"
#include "report/report_dialog.h"
#include "results/inference_job.h"
#include "results/results_panel.h"
#include "results/results_table_model.h"
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
  setWindowIcon(QIcon(":/icons/mddnet.svg"));
  setAcceptDrops(true);
  createViews();
  createMenus();
  createStatusBar();
  restoreLayout();
  retranslate(this, [this] {
    setWindowTitle(session_->isOpen() ? tr("%1 — MDD-Net Inspector").arg(session_->name())
                                      : tr("MDD-Net Inspector"));
  });
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
  tabs_->addTab(projectPage_, QString());
  tabs_->addTab(browser_, QString());
  tabs_->addTab(training_, QString());
  tabs_->addTab(results_, QString());
  createThresholdView();
  createReviewView();
  memory_ = new MemoryInspector(tabs_);
  tabs_->addTab(memory_, QString());
  setCentralWidget(tabs_);
  retranslate(tabs_, [this] {
    const QStringList titles = tabTitles();
    for (int t = 0; t < titles.size() && t < tabs_->count(); ++t) tabs_->setTabText(t, titles[t]);
  });

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

QStringList MainWindow::tabTitles() {
  return {tr("&Project"),    tr("&Images"), tr("&Training"), tr("&Results"),
          tr("T&hresholds"), tr("Re&view"), tr("&Memory")};
}

void MainWindow::createMenus() {
  // Every text is set in the retranslate() functions, again after a language change.
  QMenu* file = menuBar()->addMenu(QString());
  file->setObjectName("menuFile");
  auto add = [this](QMenu* menu, const QString& name, const QKeySequence& key, auto slot) {
    QAction* action = menu->addAction(QString(), this, slot);
    action->setObjectName(name);
    action->setShortcut(key);
    return action;
  };
  QAction* newProject = add(file, "actionNewProject", QKeySequence::New, &MainWindow::newProject);
  QAction* openProject =
      add(file, "actionOpenProject", QKeySequence::Open, &MainWindow::openProjectDialog);
  recentMenu_ = file->addMenu(QString());
  recentMenu_->setObjectName("menuRecent");
  file->addSeparator();
  QAction* addDataset =
      add(file, "actionAddDataset", QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::addDataset);
  QAction* exportReport =
      add(file, "actionExportReport", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
          &MainWindow::exportReport);
  file->addSeparator();
  QAction* quit = add(file, "actionQuit", QKeySequence::Quit, &QWidget::close);
  retranslate(this, [=] {
    file->setTitle(tr("&File"));
    newProject->setText(tr("&New Project..."));
    openProject->setText(tr("&Open Project..."));
    recentMenu_->setTitle(tr("Open &Recent"));
    addDataset->setText(tr("&Add Dataset..."));
    exportReport->setText(tr("Export &Report..."));
    quit->setText(tr("&Quit"));
  });

  QMenu* run = menuBar()->addMenu(QString());
  run->setObjectName("menuRun");
  QAction* train = add(run, "actionStartTraining", QKeySequence(Qt::CTRL | Qt::Key_T),
                       &MainWindow::startTraining);
  QAction* cancelTraining =
      add(run, "actionCancelTraining", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
          [this] { training_->cancelTraining(); });
  run->addSeparator();
  QAction* runModel =
      add(run, "actionRunInference", QKeySequence(Qt::CTRL | Qt::Key_R), &MainWindow::runInference);
  QAction* runOnFolder =
      add(run, "actionRunOnFolder", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
          &MainWindow::runInferenceOnFolder);
  QAction* cancelInference =
      add(run, "actionCancelInference", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
          [this] { results_->cancel(); });
  retranslate(this, [=] {
    run->setTitle(tr("&Run"));
    train->setText(tr("&Train Model"));
    cancelTraining->setText(tr("&Cancel Training"));
    runModel->setText(tr("&Run Model on Test Split"));
    runOnFolder->setText(tr("Run Model on &Folder..."));
    cancelInference->setText(tr("Cancel &Inference"));
  });

  QMenu* view = menuBar()->addMenu(QString());
  view->setObjectName("menuView");
  QList<QAction*> showTabs;
  for (int t = 0; t < tabTitles().size(); ++t) {
    showTabs << add(view, QString("actionShowTab%1").arg(t + 1),
                    QKeySequence(QString("Ctrl+%1").arg(t + 1)),
                    [this, t] { showTab(static_cast<Tab>(t)); });
  }
  view->addSeparator();
  QAction* fullScreen = view->addAction(QString());
  fullScreen->setObjectName("actionFullScreen");
  fullScreen->setShortcut(QKeySequence::FullScreen);
  fullScreen->setCheckable(true);
  connect(fullScreen, &QAction::toggled, this,
          [this](bool on) { on ? showFullScreen() : showNormal(); });
  retranslate(this, [=] {
    view->setTitle(tr("&View"));
    const QStringList titles = tabTitles();
    for (int t = 0; t < showTabs.size(); ++t) showTabs[t]->setText(titles[t]);
    fullScreen->setText(tr("&Full Screen"));
  });

  createSettingsMenu();

  QMenu* help = menuBar()->addMenu(QString());
  help->setObjectName("menuHelp");
  QAction* about = help->addAction(QString(), this, &MainWindow::showAbout);
  about->setObjectName("actionAbout");
  QAction* aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);
  aboutQt->setObjectName("actionAboutQt");
  retranslate(this, [=] {
    help->setTitle(tr("&Help"));
    about->setText(tr("&About MDD-Net Inspector"));
    aboutQt->setText(tr("About &Qt"));
  });
  rebuildRecentMenu();
}

void MainWindow::createSettingsMenu() {
  QMenu* settings = menuBar()->addMenu(QString());
  settings->setObjectName("menuSettings");
  languageMenu_ = settings->addMenu(QString());
  languageMenu_->setObjectName("menuLanguage");
  auto* group = new QActionGroup(languageMenu_);
  group->setExclusive(true);
  for (const LanguageChoice& choice : languageChoices()) {
    QAction* action = languageMenu_->addAction(choice.nativeName);
    action->setObjectName(QStringLiteral("actionLanguage_") +
                          (choice.code.isEmpty() ? QStringLiteral("system") : choice.code));
    action->setData(choice.code);
    action->setCheckable(true);
    group->addAction(action);
    connect(action, &QAction::triggered, this, [code = choice.code] { setLanguage(code); });
  }
  settings->addSeparator();
  QKeySequence preferencesKey(QKeySequence::Preferences);
  if (preferencesKey.isEmpty()) preferencesKey = QKeySequence(Qt::CTRL | Qt::Key_Comma);
  QAction* preferences = settings->addAction(QString(), this, &MainWindow::showPreferences);
  preferences->setObjectName("actionPreferences");
  preferences->setShortcut(preferencesKey);
  preferences->setMenuRole(QAction::PreferencesRole);
  retranslate(this, [=] {
    settings->setTitle(tr("&Settings"));
    languageMenu_->setTitle(tr("&Language"));
    const QString stored = storedLanguage();
    for (QAction* action : languageMenu_->actions()) {
      const QString code = action->data().toString();
      if (code.isEmpty()) action->setText(tr("System default"));
      action->setChecked(code == stored);
    }
    preferences->setText(tr("&Preferences..."));
  });
}

void MainWindow::showPreferences() {
  auto* dialog = findChild<PreferencesDialog*>();
  if (!dialog) {
    dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
  }
  dialog->show();
  dialog->raise();
  dialog->activateWindow();
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
  statusBar()->addPermanentWidget(deviceLabel_);
  retranslate(deviceLabel_, [this] {
    deviceLabel_->setText(runtime_.cudaAvailable
                              ? tr("GPU: %1").arg(QString::fromStdString(runtime_.cudaDeviceName))
                              : tr("CPU: %n thread(s)", "", runtime_.intraOpThreads));
    deviceLabel_->setToolTip(tr("Device used for training and inference"));
    projectLabel_->setText(session_->isOpen() ? tr("Project: %1").arg(session_->name())
                                              : QString());
  });
  retranslate(statusBar(), [this] {
    // "Ready" until the first real message; re-worded while it is still shown.
    if (statusBar()->currentMessage() == readyText_)
      statusBar()->showMessage(readyText_ = tr("Ready"));
  });
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
