#include "dataset/dataset_import_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

#include "common/retranslate.h"
#include "dataset/class_count_table.h"
#include "dataset/load_issue_list.h"

namespace mddui {

struct DatasetImportDialog::LoadResult {
  QString folder;
  bool ok = false;
  QString error;
  mdd::DatasetLayout detected = mdd::DatasetLayout::Auto;
  mdd::DatasetSource source;
  mdd::Dataset dataset;
  mdd::LoadReport report;
};

DatasetImportDialog::DatasetImportDialog(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("datasetImportDialog"));

  folderEdit_ = new QLineEdit(this);
  folderEdit_->setObjectName(QStringLiteral("folderEdit"));
  browseButton_ = new QPushButton(this);
  browseButton_->setObjectName(QStringLiteral("browseButton"));
  browseButton_->setAutoDefault(false);
  auto* folderRow = new QHBoxLayout;
  folderRow->addWidget(folderEdit_, 1);
  folderRow->addWidget(browseButton_);

  layoutCombo_ = new QComboBox(this);
  layoutCombo_->setObjectName(QStringLiteral("layoutCombo"));
  for (auto layout :
       {mdd::DatasetLayout::Auto, mdd::DatasetLayout::MvtecMulti, mdd::DatasetLayout::MvtecCategory,
        mdd::DatasetLayout::Visa, mdd::DatasetLayout::Folder})
    layoutCombo_->addItem(QString(), int(layout));
  layoutLabel_ = new QLabel(this);
  layoutLabel_->setObjectName(QStringLiteral("layoutLabel"));
  retranslate(layoutLabel_, QStringLiteral("text"),
              [this] { layoutLabel_->setText(tr("Detected layout: —")); });

  auto* form = new QFormLayout;
  auto* folderLabel = new QLabel(this);
  folderLabel->setBuddy(folderEdit_);
  form->addRow(folderLabel, folderRow);
  addFormRow(form, layoutCombo_);
  form->addRow(QString(), layoutLabel_);

  classTable_ = new ClassCountTable(this);
  issueList_ = new LoadIssueList(this);

  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(classTable_);
  splitter->addWidget(issueList_);
  splitter->setChildrenCollapsible(false);

  progress_ = new QProgressBar(this);
  progress_->setObjectName(QStringLiteral("importProgress"));
  progress_->setRange(0, 0);  // the engine reports no progress while listing: a busy bar
  progress_->setMaximumWidth(160);
  progress_->setTextVisible(false);
  progress_->hide();
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("importStatus"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* statusRow = new QHBoxLayout;
  statusRow->addWidget(status_, 1);
  statusRow->addWidget(progress_);

  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons_->setObjectName(QStringLiteral("importButtons"));
  QPushButton* ok = buttons_->button(QDialogButtonBox::Ok);
  ok->setObjectName(QStringLiteral("importOkButton"));
  showStatus([] { return tr("Choose a dataset folder."); }, {});
  retranslate(this, [=] {
    setWindowTitle(tr("New dataset"));
    folderEdit_->setPlaceholderText(tr("Folder that holds the images"));
    browseButton_->setText(tr("Browse…"));
    const QStringList texts = {tr("Auto-detect"), tr("MVTec AD (many classes)"),
                               tr("MVTec AD (one class)"), tr("VisA"),
                               tr("Folder good/ + defect/")};
    const QStringList tips = {
        tr("Recognise the layout from the folders"),
        tr("<class>/train/good, <class>/test/<defect>, <class>/ground_truth/<defect>"),
        tr("train/good, test/<defect>, ground_truth/<defect>"),
        tr("split_csv/1cls.csv next to the class folders"),
        tr("good/ and one folder per defect type; masks optional in masks/<defect>/")};
    setItemTexts(layoutCombo_, texts);
    for (int i = 0; i < tips.size(); ++i) layoutCombo_->setItemData(i, tips[i], Qt::ToolTipRole);
    folderLabel->setText(tr("&Folder:"));
    formLabel(form, layoutCombo_)->setText(tr("&Layout:"));
    ok->setText(tr("Create"));
  });

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(splitter, 1);
  layout->addLayout(statusRow);
  layout->addWidget(buttons_);
  resize(780, 560);

  connect(browseButton_, &QPushButton::clicked, this, &DatasetImportDialog::browse);
  connect(folderEdit_, &QLineEdit::editingFinished, this, [this] {
    if (!isVisible()) return;  // focus lost because the dialog closes
    if (folderEdit_->text().trimmed() != loadedFolder_ || (!loaded_ && !loading_)) reload();
  });
  // An edited path no longer matches what is shown: no accepting the old dataset by Enter.
  connect(folderEdit_, &QLineEdit::textChanged, this, &DatasetImportDialog::updateOkButton);
  connect(layoutCombo_, &QComboBox::currentIndexChanged, this, [this] {
    if (!folder().isEmpty()) reload();
  });
  connect(buttons_, &QDialogButtonBox::accepted, this, &DatasetImportDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &DatasetImportDialog::reject);
  updateOkButton();
}

DatasetImportDialog::~DatasetImportDialog() {
  // QDialog's destructor hides the window, and the focused folder field then reports
  // editingFinished: it must not reach reload() on members already destroyed.
  folderEdit_->disconnect(this);
  layoutCombo_->disconnect(this);
}

QString DatasetImportDialog::folder() const { return folderEdit_->text().trimmed(); }

void DatasetImportDialog::setFolder(const QString& folder) {
  {
    const QSignalBlocker block(folderEdit_);  // no editingFinished round trip
    folderEdit_->setText(QDir::toNativeSeparators(folder));
  }
  reload();
}

void DatasetImportDialog::setLayoutChoice(mdd::DatasetLayout layout) {
  layoutCombo_->setCurrentIndex(qMax(0, layoutCombo_->findData(int(layout))));
}

mdd::DatasetLayout DatasetImportDialog::layoutChoice() const {
  return mdd::DatasetLayout(layoutCombo_->currentData().toInt());
}

bool DatasetImportDialog::isLoading() const { return loading_; }

void DatasetImportDialog::browse() {
  const QString start = folder().isEmpty() ? QDir::homePath() : folder();
  const QString chosen =
      QFileDialog::getExistingDirectory(this, tr("Choose the dataset folder"), start);
  if (!chosen.isEmpty()) setFolder(chosen);
}

void DatasetImportDialog::reload() {
  const int generation = ++generation_;
  const QString path = QDir::fromNativeSeparators(folder());
  loadedFolder_ = folder();
  loaded_ = false;
  loading_ = true;
  error_.clear();
  dataset_ = {};
  report_ = {};
  source_ = {};
  classTable_->setRowCount(0);
  issueList_->clear();
  retranslate(layoutLabel_, QStringLiteral("text"),
              [this] { layoutLabel_->setText(tr("Detected layout: …")); });
  showStatus([path] { return tr("Reading %1 …").arg(QDir::toNativeSeparators(path)); }, {});
  progress_->show();
  updateOkButton();

  auto* watcher = new QFutureWatcher<LoadResult>(this);
  connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, generation] {
    watcher->deleteLater();
    LoadResult result = watcher->result();
    if (generation != generation_) return;  // superseded by a later folder or layout
    onLoaded(std::move(result));
  });
  // The task gets values only: the dialog may close before it finishes.
  watcher->setFuture(QtConcurrent::run(&DatasetImportDialog::load, path, layoutChoice()));
}

QString DatasetImportDialog::expectedLayoutsText() {
  return tr(
      "Expected one of these layouts:\n"
      "• MVTec AD, many classes: <class>/train/good, <class>/test/<defect>, "
      "<class>/ground_truth/<defect>\n"
      "• MVTec AD, one class: train/good, test/<defect>, ground_truth/<defect>\n"
      "• VisA: split_csv/1cls.csv\n"
      "• Folder: good/ and one folder per defect type (masks optional in masks/<defect>/)");
}

DatasetImportDialog::LoadResult DatasetImportDialog::load(const QString& folder,
                                                          mdd::DatasetLayout layout) {
  LoadResult r;
  r.folder = folder;
  const QString shown = QDir::toNativeSeparators(folder);
  if (folder.isEmpty()) {
    r.error = tr("Choose a dataset folder.");
    return r;
  }
  const QFileInfo info(folder);
  if (!info.exists()) {
    r.error = tr("The folder '%1' does not exist. Choose an existing folder.\n%2")
                  .arg(shown, expectedLayoutsText());
    return r;
  }
  if (!info.isDir()) {
    r.error = tr("'%1' is a file, not a folder. Choose the folder that holds the dataset.\n%2")
                  .arg(shown, expectedLayoutsText());
    return r;
  }
  if (!info.isReadable() || !info.isExecutable()) {
    r.error = tr("The folder '%1' cannot be read. Check its permissions.").arg(shown);
    return r;
  }
  try {
    const std::string root = folder.toStdString();
    r.detected = mdd::detectLayout(root);
    if (layout == mdd::DatasetLayout::Auto && r.detected == mdd::DatasetLayout::Auto) {
      r.error = tr("No known dataset layout in '%1'.\n%2").arg(shown, expectedLayoutsText());
      return r;
    }
    r.source.root = root;
    r.source.layout = layout == mdd::DatasetLayout::Auto ? r.detected : layout;
    mdd::DatasetOptions options;
    options.check = mdd::ImageCheck::Header;  // finds unreadable files, still fast
    r.dataset = mdd::loadDataset(std::vector<mdd::DatasetSource>{r.source}, options, r.report);
    r.ok = true;
  } catch (const std::exception& e) {  // DataError names the folder; others are I/O trouble
    r.error =
        tr("Cannot read the dataset in '%1': %2").arg(shown, QString::fromStdString(e.what()));
  }
  return r;
}

void DatasetImportDialog::onLoaded(LoadResult result) {
  loading_ = false;
  progress_->hide();
  dataset_ = std::move(result.dataset);
  report_ = std::move(result.report);
  source_ = result.source;
  error_ = result.error;
  loaded_ = result.ok;
  // The combo's names, so the label is in the user's language.
  const bool none = !result.ok || result.detected == mdd::DatasetLayout::Auto;
  const bool chosen = result.ok && source_.layout != result.detected;
  retranslate(layoutLabel_, QStringLiteral("text"),
              [this, none, chosen, detected = result.detected, read = source_.layout] {
                const auto name = [this](mdd::DatasetLayout l) {
                  return layoutCombo_->itemText(qMax(0, layoutCombo_->findData(int(l))));
                };
                const QString found = none ? tr("Detected layout: none")
                                           : tr("Detected layout: %1").arg(name(detected));
                layoutLabel_->setText(
                    chosen ? tr("%1 — read as %2, as chosen").arg(found, name(read)) : found);
              });
  classTable_->showDataset(dataset_);
  issueList_->showReport(report_, QDir::fromNativeSeparators(result.folder));
  if (!result.ok) {
    // Worded in the background when it failed; a later load words it anew.
    showStatus([error = error_] { return error; }, QStringLiteral("#b00020"));
  } else {
    const std::size_t classes = dataset_.classNames.size();
    const std::size_t images = dataset_.samples.size();
    const std::size_t problems = report_.issues.size();
    showStatus(
        [classes, images, problems] {
          const QString c =
              classes == 1 ? tr("1 class") : tr("%1 classes").arg(ClassCountTable::number(classes));
          const QString i =
              images == 1 ? tr("1 image") : tr("%1 images").arg(ClassCountTable::number(images));
          const QString p = problems == 0 ? tr("no problems")
                            : problems == 1
                                ? tr("1 problem")
                                : tr("%1 problems").arg(ClassCountTable::number(problems));
          const QString text = tr("%1, %2, %3").arg(c, i, p);
          return classes == 0 || images == 0
                     ? tr("%1 — nothing to import; see the problems above.").arg(text)
                     : text;
        },
        report_.hasErrors() ? QStringLiteral("#b05a00") : QString());
  }
  updateOkButton();
  emit loadFinished(result.ok);
}

void DatasetImportDialog::showStatus(std::function<QString()> text, const QString& colour) {
  retranslate(status_, QStringLiteral("text"), [this, text] { status_->setText(text()); });
  status_->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
}

void DatasetImportDialog::updateOkButton() {
  const bool ready = loaded_ && !loading_ && !dataset_.classNames.empty() &&
                     !dataset_.samples.empty() && folder() == loadedFolder_;
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void DatasetImportDialog::accept() {
  updateOkButton();
  if (!buttons_->button(QDialogButtonBox::Ok)->isEnabled()) return;
  QDialog::accept();
}

}  // namespace mddui
