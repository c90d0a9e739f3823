#include "results/run_controls.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

#include "mdd/model.h"

namespace mddui {
namespace {

QString duration(double seconds) {
  const long s = std::lround(std::max(0.0, seconds));
  const QLatin1Char zero('0');
  if (s >= 3600)
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, zero)
        .arg(s % 60, 2, 10, zero);
  return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, zero);
}

QPushButton* button(QWidget* parent, const QString& name, const QString& text, const QString& tip) {
  auto* b = new QPushButton(text, parent);
  b->setObjectName(name);
  b->setToolTip(tip);
  return b;
}

QLabel* label(QWidget* parent, const QString& text, QWidget* buddy) {
  auto* l = new QLabel(text, parent);
  l->setBuddy(buddy);
  return l;
}

}  // namespace

RunControls::RunControls(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("runControls"));
  classReader_ = new QFutureWatcher<QStringList>(this);
  modelEdit_ = new QLineEdit(this);
  modelEdit_->setObjectName(QStringLiteral("modelPathEdit"));
  modelEdit_->setPlaceholderText(tr("Model file (.mdda)"));
  browseModelButton_ =
      button(this, QStringLiteral("browseModelButton"), tr("Browse…"), tr("Choose a model file"));
  sourceCombo_ = new QComboBox(this);
  sourceCombo_->setObjectName(QStringLiteral("sourceCombo"));
  sourceCombo_->addItem(tr("Test split of the project's datasets"), TestSplit);
  sourceCombo_->addItem(tr("A folder of images"), Folder);
  folderEdit_ = new QLineEdit(this);
  folderEdit_->setObjectName(QStringLiteral("folderPathEdit"));
  folderEdit_->setPlaceholderText(tr("Folder (searched with its subfolders)"));
  browseFolderButton_ = button(this, QStringLiteral("browseFolderButton"), tr("Browse…"),
                               tr("Choose a folder of images"));
  classCombo_ = new QComboBox(this);
  classCombo_->setObjectName(QStringLiteral("classCombo"));
  classCombo_->setToolTip(tr("The images' product class; Automatic lets the model recognise it"));
  classCombo_->addItem(tr("Automatic"), QString());
  classLabel_ = label(this, tr("C&lass:"), classCombo_);
  runButton_ = button(this, QStringLiteral("runInferenceButton"), tr("&Run"),
                      tr("Run the model on the chosen images"));
  cancelButton_ = button(this, QStringLiteral("cancelInferenceButton"), tr("Cancel"),
                         tr("Stop after the current batch; the images done are kept"));
  progress_ = new QProgressBar(this);
  progress_->setObjectName(QStringLiteral("inferenceProgress"));
  progress_->setRange(0, 1);
  progress_->setValue(0);
  progress_->setFormat(QString());
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("resultsStatusLabel"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->addWidget(label(this, tr("&Model:"), modelEdit_), 0, 0);
  grid->addWidget(modelEdit_, 0, 1, 1, 4);
  grid->addWidget(browseModelButton_, 0, 5);
  grid->addWidget(label(this, tr("&Images:"), sourceCombo_), 1, 0);
  grid->addWidget(sourceCombo_, 1, 1);
  grid->addWidget(folderEdit_, 1, 2);
  grid->addWidget(browseFolderButton_, 1, 3);
  auto* classBox = new QHBoxLayout;
  classBox->addWidget(classLabel_);
  classBox->addWidget(classCombo_);
  grid->addLayout(classBox, 1, 4);
  grid->setColumnStretch(2, 1);
  auto* runRow = new QHBoxLayout;
  runRow->addWidget(runButton_);
  runRow->addWidget(cancelButton_);
  runRow->addWidget(progress_, 1);
  grid->addLayout(runRow, 2, 0, 1, 6);
  grid->addWidget(status_, 3, 0, 1, 6);

  connect(runButton_, &QPushButton::clicked, this, &RunControls::runRequested);
  connect(cancelButton_, &QPushButton::clicked, this, &RunControls::cancelRequested);
  connect(browseModelButton_, &QPushButton::clicked, this, &RunControls::browseModel);
  connect(browseFolderButton_, &QPushButton::clicked, this, &RunControls::browseFolder);
  connect(modelEdit_, &QLineEdit::editingFinished, this, &RunControls::readModelClasses);
  connect(sourceCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &RunControls::updateSourceWidgets);
  connect(classReader_, &QFutureWatcher<QStringList>::finished, this, [this] {
    modelClasses_ = classReader_->result();
    const QString current = className();
    classCombo_->clear();
    classCombo_->addItem(tr("Automatic"), QString());
    for (const QString& name : modelClasses_) classCombo_->addItem(name, name);
    classCombo_->setCurrentIndex(std::max(0, classCombo_->findData(current)));
    emit modelClassesChanged(modelClasses_);
  });
  setBusy(false);
  updateSourceWidgets();
}

RunControls::~RunControls() { classReader_->waitForFinished(); }

QString RunControls::modelPath() const { return modelEdit_->text().trimmed(); }

void RunControls::setModelPath(const QString& path) {
  modelEdit_->setText(path);
  readModelClasses();
}

RunControls::Source RunControls::source() const {
  return static_cast<Source>(sourceCombo_->currentData().toInt());
}

void RunControls::setSource(Source source) { sourceCombo_->setCurrentIndex(source); }
QString RunControls::folder() const { return folderEdit_->text().trimmed(); }
void RunControls::setFolder(const QString& folder) { folderEdit_->setText(folder); }
QString RunControls::className() const { return classCombo_->currentData().toString(); }

void RunControls::setTestImageCount(int images) {
  sourceCombo_->setItemText(TestSplit,
                            tr("Test split of the project's datasets (%n images)", "", images));
}

void RunControls::updateSourceWidgets() {
  const bool folder = source() == Folder;
  for (QWidget* w :
       std::initializer_list<QWidget*>{folderEdit_, browseFolderButton_, classLabel_, classCombo_})
    w->setVisible(folder);
}

void RunControls::setBusy(bool busy, const QString& what) {
  for (QWidget* w :
       std::initializer_list<QWidget*>{modelEdit_, browseModelButton_, sourceCombo_, folderEdit_,
                                       browseFolderButton_, classCombo_, runButton_})
    w->setEnabled(!busy);
  cancelButton_->setEnabled(busy);
  if (!busy) return;
  timer_.start();
  progress_->setRange(0, 0);  // an animated bar until the first batch reports
  progress_->setFormat(tr("%1…").arg(what));
  setStatus(tr("%1: loading the model and the first images…").arg(what));
}

void RunControls::showProgress(int done, int total) {
  if (total <= 0) return;
  const double elapsed = static_cast<double>(timer_.elapsed()) / 1000.0;
  const QString eta = done > 0 ? duration(elapsed * (total - done) / done) : QStringLiteral("–");
  progress_->setFormat(tr("%1 / %2 images · ETA %3").arg(done).arg(total).arg(eta));
  progress_->setRange(0, total);
  progress_->setValue(done);
}

void RunControls::showEnd(const QString& word, bool ok) {
  progress_->setFormat(word);
  progress_->setRange(0, 1);
  progress_->setValue(ok ? 1 : 0);
}

void RunControls::setStatus(const QString& text, bool error) {
  status_->setText(text);
  status_->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

QString RunControls::statusText() const { return status_->text(); }

void RunControls::readModelClasses() {
  const QString path = modelPath();
  if (path.isEmpty() || !QFileInfo(path).isFile()) {
    modelClasses_.clear();
    classCombo_->clear();
    classCombo_->addItem(tr("Automatic"), QString());
    if (!path.isEmpty())
      setStatus(tr("The model file '%1' does not exist: choose another model file.").arg(path),
                true);
    return;
  }
  // Only the header, but still a file read: off the GUI thread.
  classReader_->setFuture(QtConcurrent::run([path] {
    QStringList names;
    try {
      for (const auto& n : mdd::readModelFileInfo(path.toStdString()).config.classNames)
        names << QString::fromStdString(n);
    } catch (const std::exception&) {
      // A bad file is reported when it is run, with the engine's full message.
    }
    return names;
  }));
}

void RunControls::browseModel() {
  const QString start = modelPath().isEmpty() ? QSettings().value("results/lastModelDir").toString()
                                              : QFileInfo(modelPath()).absolutePath();
  const QString file = QFileDialog::getOpenFileName(this, tr("Open a model file"), start,
                                                    tr("MDD-Net models (*.mdda);;All files (*)"));
  if (file.isEmpty()) return;
  QSettings().setValue("results/lastModelDir", QFileInfo(file).absolutePath());
  setModelPath(file);
}

void RunControls::browseFolder() {
  const QString start =
      folder().isEmpty() ? QSettings().value("results/lastFolder").toString() : folder();
  const QString chosen =
      QFileDialog::getExistingDirectory(this, tr("Choose a folder of images"), start);
  if (chosen.isEmpty()) return;
  QSettings().setValue("results/lastFolder", chosen);
  setFolder(chosen);
}

}  // namespace mddui
