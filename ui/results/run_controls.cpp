#include "results/run_controls.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

#include "common/retranslate.h"
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

QPushButton* button(QWidget* parent, const QString& name) {
  auto* b = new QPushButton(parent);
  b->setObjectName(name);
  return b;
}

QLabel* label(QWidget* parent, QWidget* buddy) {
  auto* l = new QLabel(parent);
  l->setBuddy(buddy);
  return l;
}

}  // namespace

RunControls::RunControls(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("runControls"));
  classReader_ = new QFutureWatcher<QStringList>(this);
  modelEdit_ = new QLineEdit(this);
  modelEdit_->setObjectName(QStringLiteral("modelPathEdit"));
  browseModelButton_ = button(this, QStringLiteral("browseModelButton"));
  sourceCombo_ = new QComboBox(this);
  sourceCombo_->setObjectName(QStringLiteral("sourceCombo"));
  sourceCombo_->addItem(QString(), TestSplit);
  sourceCombo_->addItem(QString(), Folder);
  folderEdit_ = new QLineEdit(this);
  folderEdit_->setObjectName(QStringLiteral("folderPathEdit"));
  browseFolderButton_ = button(this, QStringLiteral("browseFolderButton"));
  classCombo_ = new QComboBox(this);
  classCombo_->setObjectName(QStringLiteral("classCombo"));
  classCombo_->addItem(QString(), QString());
  classLabel_ = label(this, classCombo_);
  runButton_ = button(this, QStringLiteral("runInferenceButton"));
  cancelButton_ = button(this, QStringLiteral("cancelInferenceButton"));
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
  QLabel* modelLabel = label(this, modelEdit_);
  QLabel* imagesLabel = label(this, sourceCombo_);
  grid->addWidget(modelLabel, 0, 0);
  grid->addWidget(modelEdit_, 0, 1, 1, 4);
  grid->addWidget(browseModelButton_, 0, 5);
  grid->addWidget(imagesLabel, 1, 0);
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
    classCombo_->addItem(tr("Automatic"), QString());  // item 0, re-worded by retranslate()
    for (const QString& name : modelClasses_) classCombo_->addItem(name, name);
    classCombo_->setCurrentIndex(std::max(0, classCombo_->findData(current)));
    emit modelClassesChanged(modelClasses_);
  });
  retranslate(this, [=] {
    modelLabel->setText(tr("&Model:"));
    modelEdit_->setPlaceholderText(tr("Model file (.mdda)"));
    browseModelButton_->setText(tr("Browse…"));
    browseModelButton_->setToolTip(tr("Choose a model file"));
    imagesLabel->setText(tr("&Images:"));
    setItemTexts(sourceCombo_, {testSplitText(), tr("A folder of images")});
    folderEdit_->setPlaceholderText(tr("Folder (searched with its subfolders)"));
    browseFolderButton_->setText(tr("Browse…"));
    browseFolderButton_->setToolTip(tr("Choose a folder of images"));
    classLabel_->setText(tr("C&lass:"));
    classCombo_->setToolTip(tr("The images' product class; Automatic lets the model recognise it"));
    setItemTexts(classCombo_, {tr("Automatic")});
    runButton_->setText(tr("&Run"));
    runButton_->setToolTip(tr("Run the model on the chosen images"));
    cancelButton_->setText(tr("Cancel"));
    cancelButton_->setToolTip(tr("Stop after the current batch; the images done are kept"));
  });
  setBusy(false);
  updateSourceWidgets();
}

QString RunControls::testSplitText() const {
  return testImages_ < 0 ? tr("Test split of the project's datasets")
                         : tr("Test split of the project's datasets (%n images)", "", testImages_);
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
  testImages_ = images;
  sourceCombo_->setItemText(TestSplit, testSplitText());
}

void RunControls::updateSourceWidgets() {
  const bool folder = source() == Folder;
  for (QWidget* w :
       std::initializer_list<QWidget*>{folderEdit_, browseFolderButton_, classLabel_, classCombo_})
    w->setVisible(folder);
}

void RunControls::setBusy(bool busy, std::function<QString()> what) {
  for (QWidget* w :
       std::initializer_list<QWidget*>{modelEdit_, browseModelButton_, sourceCombo_, folderEdit_,
                                       browseFolderButton_, classCombo_, runButton_})
    w->setEnabled(!busy);
  cancelButton_->setEnabled(busy);
  if (!busy) return;
  timer_.start();
  progress_->setRange(0, 0);  // an animated bar until the first batch reports
  const auto word = [what] { return what ? what() : tr("Working"); };
  setProgressText([word] { return tr("%1…").arg(word()); });
  setStatus([word] { return tr("%1: loading the model and the first images…").arg(word()); });
}

void RunControls::setProgressText(std::function<QString()> text) {
  retranslate(progress_, QStringLiteral("format"),
              [this, text] { progress_->setFormat(text ? text() : QString()); });
}

void RunControls::showProgress(int done, int total) {
  if (total <= 0) return;
  const double elapsed = static_cast<double>(timer_.elapsed()) / 1000.0;
  const QString eta = done > 0 ? duration(elapsed * (total - done) / done) : QStringLiteral("–");
  setProgressText([done, total, eta] {
    return tr("%1 / %2 images · ETA %3")
        .arg(QLocale().toString(done), QLocale().toString(total), eta);
  });
  progress_->setRange(0, total);
  progress_->setValue(done);
}

void RunControls::showEnd(std::function<QString()> word, bool ok) {
  setProgressText(std::move(word));
  progress_->setRange(0, 1);
  progress_->setValue(ok ? 1 : 0);
}

void RunControls::setStatus(const QString& text, bool error) {
  setStatus([text] { return text; }, error);
}

void RunControls::setStatus(std::function<QString()> text, bool error) {
  retranslate(status_, QStringLiteral("text"), [this, text] { status_->setText(text()); });
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
