#include "training/training_panel.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include "common/retranslate.h"
#include "mdd/model_config.h"
#include "training/loss_plot.h"
#include "training/progress_text.h"
#include "training/training_form.h"
#include "training/training_job.h"

namespace mddui {
namespace {
constexpr int kLogLinesPerRun = 50;  // loss lines; enough to read the trend, not a flood
}

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("trainingPanel"));
  job_ = new TrainingJob(this);
  connect(job_, &TrainingJob::progress, this, &TrainingPanel::onProgress);
  connect(job_, &TrainingJob::logMessage, this, &TrainingPanel::appendLog);
  connect(job_, &TrainingJob::finished, this, &TrainingPanel::onFinished);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->setObjectName(QStringLiteral("trainingSplitter"));
  splitter->addWidget(createControls());
  splitter->addWidget(createMonitor());
  splitter->setStretchFactor(0, 0);
  splitter->setStretchFactor(1, 1);
  splitter->setChildrenCollapsible(false);
  auto* layout = new QHBoxLayout(this);
  layout->addWidget(splitter);
  updateButtons();
}

TrainingPanel::~TrainingPanel() {
  delete job_;  // cancel and join before any widget the job's signals reach goes away
}

QWidget* TrainingPanel::createControls() {
  auto* controls = new QWidget(this);
  auto* layout = new QVBoxLayout(controls);
  layout->setContentsMargins(0, 0, 0, 0);

  datasetLabel_ = new QLabel(controls);
  datasetLabel_->setObjectName(QStringLiteral("trainingDatasetLabel"));
  datasetLabel_->setWordWrap(true);
  showDatasetCounts();
  layout->addWidget(datasetLabel_);

  form_ = new TrainingForm(controls);
  connect(form_, &TrainingForm::validationFractionChanged, this,
          &TrainingPanel::validationFractionChanged);
  auto* scroll = new QScrollArea(controls);
  scroll->setObjectName(QStringLiteral("trainingFormScroll"));
  scroll->setWidget(form_);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll->setMinimumWidth(form_->sizeHint().width() + 24);
  layout->addWidget(scroll, 1);

  start_ = new QPushButton(controls);
  start_->setObjectName(QStringLiteral("startTrainingButton"));
  cancel_ = new QPushButton(controls);
  cancel_->setObjectName(QStringLiteral("cancelTrainingButton"));
  resume_ = new QPushButton(controls);
  resume_->setObjectName(QStringLiteral("resumeTrainingButton"));
  retranslate(controls, [this] {
    start_->setText(tr("&Start training"));
    cancel_->setText(tr("&Cancel"));
    resume_->setText(tr("&Resume"));
    resume_->setToolTip(tr("Continue the cancelled run from its checkpoint."));
    updateButtons();  // the start button's tooltip
  });
  connect(start_, &QPushButton::clicked, this, &TrainingPanel::startTraining);
  connect(cancel_, &QPushButton::clicked, this, &TrainingPanel::cancelTraining);
  connect(resume_, &QPushButton::clicked, this, &TrainingPanel::resumeTraining);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(start_);
  buttons->addWidget(cancel_);
  buttons->addWidget(resume_);
  layout->addLayout(buttons);
  return controls;
}

QWidget* TrainingPanel::createMonitor() {
  auto* monitor = new QWidget(this);
  auto* layout = new QVBoxLayout(monitor);
  layout->setContentsMargins(0, 0, 0, 0);

  progress_ = new QProgressBar(monitor);
  progress_->setObjectName(QStringLiteral("trainingProgress"));
  progress_->setRange(0, 1);
  progress_->setValue(0);
  progress_->setTextVisible(true);
  setProgressText([] { return tr("Not started"); });
  layout->addWidget(progress_);

  auto* splitter = new QSplitter(Qt::Vertical, monitor);
  splitter->setObjectName(QStringLiteral("trainingMonitorSplitter"));
  lossPlot_ = new LossPlot(splitter);
  log_ = new QPlainTextEdit(splitter);
  log_->setObjectName(QStringLiteral("trainingLog"));
  log_->setReadOnly(true);
  log_->setMaximumBlockCount(5000);
  log_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
  retranslate(log_, [this] { log_->setPlaceholderText(tr("Training messages appear here.")); });
  splitter->addWidget(lossPlot_);
  splitter->addWidget(log_);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 1);
  splitter->setChildrenCollapsible(false);
  layout->addWidget(splitter, 1);
  return monitor;
}

void TrainingPanel::setDataset(mdd::Dataset dataset) {
  dataset_ = std::move(dataset);
  showDatasetCounts();
  updateButtons();
}

void TrainingPanel::showDatasetCounts() {
  const qulonglong train = dataset_.count(mdd::Split::Train);
  const qulonglong classes = dataset_.classNames.size();
  const qulonglong validation = dataset_.count(mdd::Split::Validation);
  retranslate(datasetLabel_, QStringLiteral("text"), [=] {
    const QLocale locale;
    if (classes == 0)
      datasetLabel_->setText(tr("No dataset loaded."));
    else if (classes == 1)
      datasetLabel_->setText(tr("Dataset: 1 class, %1 training and %2 validation images.")
                                 .arg(locale.toString(train), locale.toString(validation)));
    else
      datasetLabel_->setText(
          tr("Dataset: %1 classes, %2 training and %3 validation images.")
              .arg(locale.toString(classes), locale.toString(train), locale.toString(validation)));
  });
}

void TrainingPanel::setProgressText(std::function<QString()> text) {
  retranslate(progress_, QStringLiteral("format"), [this, text] { progress_->setFormat(text()); });
}

void TrainingPanel::setDatasetRoots(const QStringList& roots) { job_->setDatasetRoots(roots); }

void TrainingPanel::setModelPath(const QString& path) {
  modelPath_ = path;
  updateButtons();
}

QString TrainingPanel::checkpointPath() const {
  return modelPath_.isEmpty() ? QString() : TrainingJob::checkpointPathFor(modelPath_);
}

mdd::TrainConfig TrainingPanel::config() const { return form_->config(); }
void TrainingPanel::setConfig(const mdd::TrainConfig& config) { form_->setConfig(config); }
double TrainingPanel::validationFraction() const { return form_->validationFraction(); }
void TrainingPanel::setValidationFraction(double f) { form_->setValidationFraction(f); }
bool TrainingPanel::isRunning() const { return job_->isRunning(); }

void TrainingPanel::startTraining() {
  if (isRunning()) return;
  lossPlot_->clear();
  launch(QString());
}

void TrainingPanel::resumeTraining() {
  if (isRunning()) return;
  const QString checkpoint = checkpointPath();
  if (checkpoint.isEmpty() || !QFileInfo::exists(checkpoint)) {
    const QString message = tr("There is no checkpoint %1 to resume: start a new training.")
                                .arg(QDir::toNativeSeparators(checkpoint));
    appendLog(message);
    showError(message);
    updateButtons();
    return;
  }
  if (lastConfig_ && lastModelPath_ == modelPath_) {
    form_->setConfig(*lastConfig_);
    appendLog(tr("Resuming with the settings of the cancelled run."));
  }
  launch(checkpoint);  // the curves continue: the resumed steps follow the saved ones
}

void TrainingPanel::cancelTraining() {
  if (!isRunning()) return;
  job_->cancel();
  cancel_->setEnabled(false);
  appendLog(tr("Cancelling after the current step…"));
}

void TrainingPanel::launch(const QString& resumeCheckpoint) {
  const mdd::TrainConfig config = form_->config();
  if (!job_->start(dataset_, config, modelPath_, resumeCheckpoint)) return;
  lastConfig_ = config;
  lastModelPath_ = modelPath_;
  logEvery_ = 1;
  progress_->setRange(0, 0);  // busy until the first step: the teacher is loading
  setProgressText([] { return tr("Preparing…"); });
  form_->setEnabled(false);
  updateButtons();
  emit trainingStarted(modelPath_, configJson(config, resumeCheckpoint));
}

QString TrainingPanel::configJson(const mdd::TrainConfig& config,
                                  const QString& resumeCheckpoint) const {
  mdd::ModelConfig model = config.model;
  model.classNames = dataset_.classNames;
  QJsonObject json = QJsonDocument::fromJson(QByteArray::fromStdString(mdd::toJson(model))).object();
  QJsonObject training;
  training[QStringLiteral("batchSize")] = config.batchSize;
  training[QStringLiteral("epochs")] = config.epochs;
  training[QStringLiteral("iterations")] = config.iterations;
  training[QStringLiteral("learningRate")] = config.learningRate;
  training[QStringLiteral("seed")] = QString::number(config.seed);  // 64 bits: not a double
  training[QStringLiteral("device")] = QString::fromStdString(config.device);
  training[QStringLiteral("checkpointEvery")] = config.checkpointEvery;
  training[QStringLiteral("validationFraction")] = form_->validationFraction();
  training[QStringLiteral("resumedFrom")] = resumeCheckpoint;
  json[QStringLiteral("training")] = training;
  return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void TrainingPanel::onProgress(const TrainingUpdate& update) {
  if (update.totalSteps > 0)
    logEvery_ = std::max(1, (update.totalSteps + kLogLinesPerRun - 1) / kLogLinesPerRun);
  for (const StepLosses& s : update.steps) {
    lossPlot_->addPoint(s.step, s.losses);
    if (s.step == 1 || s.step % logEvery_ == 0 || s.step == update.totalSteps)
      appendLog(ProgressText::lossLine(s.step, update.totalSteps, s.losses, s.learningRate));
  }
  progress_->setRange(0, std::max(1, update.totalSteps));
  progress_->setValue(update.step);
  setProgressText([update] { return ProgressText::progress(update); });
  emit progressed(update);
}

void TrainingPanel::onFinished(const TrainingOutcome& outcome) {
  form_->setEnabled(true);
  lossPlot_->replotNow();
  const int total = std::max(1, outcome.totalSteps);
  progress_->setRange(0, total);
  if (outcome.ok) {
    progress_->setValue(total);
    setProgressText([steps = outcome.stepsDone, seconds = outcome.seconds] {
      return tr("Finished: %1 steps in %2")
          .arg(QLocale().toString(steps), ProgressText::duration(seconds));
    });
  } else if (outcome.cancelled) {
    progress_->setValue(std::min(outcome.stepsDone, total));
    setProgressText([steps = outcome.stepsDone, total = outcome.totalSteps] {
      return tr("Cancelled at step %1 / %2")
          .arg(QLocale().toString(steps), QLocale().toString(total));
    });
  } else {
    progress_->setValue(std::min(outcome.stepsDone, total));
    setProgressText([] { return tr("Failed: see the log"); });
    showError(outcome.error);  // the job has logged it
  }
  updateButtons();
  emit trainingFinished(outcome);
}

void TrainingPanel::appendLog(const QString& message) {
  log_->appendPlainText(QStringLiteral("[%1] %2").arg(
      QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), message));
}

void TrainingPanel::showError(const QString& message) {
  emit errorOccurred(message);
  if (!interactiveErrors_) return;
  auto* box = new QMessageBox(QMessageBox::Warning, tr("Training"), message, QMessageBox::Ok, this);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();  // never exec(): the event loop, and the next run, go on
}

void TrainingPanel::updateButtons() {
  const bool running = isRunning();
  const bool hasImages = dataset_.count(mdd::Split::Train) > 0;
  const bool hasPath = !modelPath_.isEmpty();
  start_->setEnabled(!running && hasImages && hasPath);
  start_->setToolTip(!hasImages ? tr("Load a dataset with normal training images first.")
                     : !hasPath ? tr("Choose where the model file is saved first.")
                                : tr("Train a new model from the start."));
  cancel_->setEnabled(running);
  resume_->setEnabled(!running && hasImages && hasPath && QFileInfo::exists(checkpointPath()));
}

void TrainingPanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  updateButtons();  // a checkpoint may have appeared or gone while hidden
}

}  // namespace mddui
