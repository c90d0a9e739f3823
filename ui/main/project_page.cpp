#include "main/project_page.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

#include "common/retranslate.h"
#include "main/project_session.h"
#include "mdd/dataset.h"
#include "project/project_store.h"

namespace mddui {
namespace {

QTableWidget* makeTable(const QString& name, int columns, QWidget* parent) {
  auto* table = new QTableWidget(0, columns, parent);
  table->setObjectName(name);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setSelectionMode(QAbstractItemView::SingleSelection);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setStretchLastSection(true);
  table->setAlternatingRowColors(true);
  return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells, const QVariant& key = {}) {
  for (int c = 0; c < cells.size(); ++c) {
    auto* item = new QTableWidgetItem(cells[c]);
    if (c == 0) item->setData(Qt::UserRole, key);
    table->setItem(row, c, item);
  }
}

QGroupBox* box(QWidget* content, QWidget* extra = nullptr) {
  auto* group = new QGroupBox;
  auto* layout = new QVBoxLayout(group);
  layout->addWidget(content);
  if (extra) layout->addWidget(extra);
  return group;
}

}  // namespace

ProjectPage::ProjectPage(ProjectSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
  setObjectName("projectPage");
  title_ = new QLabel(this);
  title_->setObjectName("projectTitle");
  loadStatus_ = new QLabel(this);
  loadStatus_->setObjectName("projectLoadStatus");
  loadStatus_->setWordWrap(true);

  datasets_ = makeTable("datasetTable", 5, this);
  classes_ = makeTable("classTable", 5, this);
  models_ = makeTable("modelTable", 5, this);
  runs_ = makeTable("runTable", 5, this);

  auto* addDataset = new QPushButton(this);
  addDataset->setObjectName("addDatasetButton");
  removeDataset_ = new QPushButton(this);
  removeDataset_->setObjectName("removeDatasetButton");
  auto* datasetButtons = new QWidget(this);
  auto* row = new QHBoxLayout(datasetButtons);
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(addDataset);
  row->addWidget(removeDataset_);
  row->addStretch();
  useModel_ = new QPushButton(this);
  useModel_->setObjectName("useModelButton");

  auto* left = new QSplitter(Qt::Vertical, this);
  left->setObjectName("projectLeftSplitter");
  QGroupBox* datasetsBox = box(datasets_, datasetButtons);
  QGroupBox* classesBox = box(classes_, loadStatus_);
  left->addWidget(datasetsBox);
  left->addWidget(classesBox);
  auto* right = new QSplitter(Qt::Vertical, this);
  right->setObjectName("projectRightSplitter");
  QGroupBox* modelsBox = box(models_, useModel_);
  QGroupBox* runsBox = box(runs_);
  right->addWidget(modelsBox);
  right->addWidget(runsBox);
  auto* split = new QSplitter(Qt::Horizontal, this);
  split->setObjectName("projectSplitter");
  split->addWidget(left);
  split->addWidget(right);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title_);
  layout->addWidget(split, 1);

  connect(addDataset, &QPushButton::clicked, this, &ProjectPage::addDatasetRequested);
  connect(removeDataset_, &QPushButton::clicked, this, &ProjectPage::removeSelectedDataset);
  connect(useModel_, &QPushButton::clicked, this, &ProjectPage::useSelectedModel);
  connect(models_, &QTableWidget::cellDoubleClicked, this, &ProjectPage::useSelectedModel);
  connect(&session_, &ProjectSession::datasetsLoaded, this, &ProjectPage::fillClasses);
  connect(&session_, &ProjectSession::activeModelChanged, this, &ProjectPage::fillModels);
  retranslate(this, [=] {
    datasets_->setHorizontalHeaderLabels(
        {tr("Dataset"), tr("Layout"), tr("Classes"), tr("Images"), tr("Folder")});
    classes_->setHorizontalHeaderLabels(
        {tr("Class"), tr("Train"), tr("Validation"), tr("Test good"), tr("Test defect")});
    models_->setHorizontalHeaderLabels(
        {tr("Model"), tr("Backbone"), tr("Classes"), tr("Created"), tr("In use")});
    runs_->setHorizontalHeaderLabels(
        {tr("Started"), tr("Status"), tr("Steps"), tr("Model"), tr("Message")});
    addDataset->setText(tr("&Add dataset..."));
    removeDataset_->setText(tr("Remove from project"));
    useModel_->setText(tr("&Use this model"));
    datasetsBox->setTitle(tr("Datasets"));
    classesBox->setTitle(tr("Classes in the project"));
    modelsBox->setTitle(tr("Models"));
    runsBox->setTitle(tr("Training runs"));
    refresh();  // the cells' words, dates and numbers
  });
}

QString ProjectPage::layoutText(const QString& stored) {
  const auto is = [&stored](mdd::DatasetLayout l) {
    return stored == QString::fromUtf8(mdd::layoutName(l));
  };
  if (is(mdd::DatasetLayout::MvtecMulti)) return tr("MVTec AD (many classes)");
  if (is(mdd::DatasetLayout::MvtecCategory)) return tr("MVTec AD (one class)");
  if (is(mdd::DatasetLayout::Visa)) return tr("VisA");
  if (is(mdd::DatasetLayout::Folder)) return tr("Folder good/ + defect/");
  return stored;
}

QString ProjectPage::runStatusText(const QString& status) {
  if (status == QLatin1String("running")) return tr("running");
  if (status == QLatin1String("finished")) return tr("finished");
  if (status == QLatin1String("cancelled")) return tr("cancelled");
  if (status == QLatin1String("failed")) return tr("failed");
  return status;
}

void ProjectPage::refresh() {
  const bool open = session_.isOpen();
  title_->setText(open ? tr("<h2>%1</h2><span>%2</span>").arg(session_.name().toHtmlEscaped(),
                                                              session_.path().toHtmlEscaped())
                       : tr("<h2>No project open</h2><span>Create a project (Ctrl+N), open "
                            "one (Ctrl+O), or drop an image folder on the window.</span>"));
  setEnabled(true);
  for (QWidget* w : {static_cast<QWidget*>(datasets_), static_cast<QWidget*>(models_),
                     static_cast<QWidget*>(runs_), static_cast<QWidget*>(classes_)})
    w->setEnabled(open);
  fillDatasets();
  fillClasses();
  fillModels();
  fillRuns();
}

void ProjectPage::fillDatasets() {
  datasets_->setRowCount(0);
  if (!session_.isOpen()) return;
  const auto records = session_.store().datasets();
  datasets_->setRowCount(records.size());
  for (int r = 0; r < records.size(); ++r) {
    const DatasetRecord& d = records[r];
    setRow(datasets_, r,
           {d.displayName, layoutText(d.layout), d.classNames.join(", "),
            QLocale().toString(d.imageCount), d.root},
           d.id);
  }
  datasets_->resizeColumnsToContents();
  removeDataset_->setEnabled(!records.isEmpty());
}

void ProjectPage::fillClasses() {
  classes_->setRowCount(0);
  if (!session_.isOpen()) {
    loadStatus_->clear();
    return;
  }
  const mdd::Dataset& data = session_.dataset();
  // One pass over the samples (a project can hold 100,000 images).
  struct Counts {
    qulonglong train = 0, validation = 0, good = 0, defect = 0;
  };
  std::map<std::string, Counts> counts;
  for (const mdd::Sample& s : data.samples) {
    Counts& c = counts[s.className];
    if (s.split == mdd::Split::Train) ++c.train;
    else if (s.split == mdd::Split::Validation) ++c.validation;
    else if (s.split == mdd::Split::Test) ++(s.isAnomalous ? c.defect : c.good);
  }
  classes_->setRowCount(static_cast<int>(data.classNames.size()));
  const QLocale locale;
  for (int r = 0; r < static_cast<int>(data.classNames.size()); ++r) {
    const std::string& name = data.classNames[r];
    const Counts c = counts[name];
    setRow(classes_, r,
           {QString::fromStdString(name), locale.toString(c.train),
            locale.toString(c.validation), locale.toString(c.good), locale.toString(c.defect)});
  }
  classes_->resizeColumnsToContents();
  const auto& report = session_.loadReport();
  if (session_.isLoading())
    loadStatus_->setText(tr("Loading the datasets..."));
  else if (report.issues.empty())
    loadStatus_->setText(tr("%n image(s), no problems.", "", int(data.samples.size())));
  else
    loadStatus_->setText(tr("%n image(s); problems:\n%1", "", int(data.samples.size()))
                             .arg(QString::fromStdString(report.format(8))));
}

void ProjectPage::fillModels() {
  models_->setRowCount(0);
  if (!session_.isOpen()) return;
  const auto records = session_.store().models();
  models_->setRowCount(records.size());
  for (int r = 0; r < records.size(); ++r) {
    const ModelRecord& m = records[r];
    const bool exists = QFileInfo::exists(m.path);
    const QString use = m.path == session_.activeModelPath() ? tr("yes")
                        : exists                             ? QString()
                                                             : tr("file missing");
    setRow(models_, r, {m.name, m.backbone, m.classNames.join(", "),
                        QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat), use},
           m.path);
  }
  models_->resizeColumnsToContents();
  useModel_->setEnabled(!records.isEmpty());
}

void ProjectPage::fillRuns() {
  runs_->setRowCount(0);
  if (!session_.isOpen()) return;
  const auto records = session_.store().trainingRuns();
  runs_->setRowCount(records.size());
  for (int r = 0; r < records.size(); ++r) {
    const TrainingRunRecord& t = records[r];
    setRow(runs_, r,
           {QLocale().toString(t.startedAt.toLocalTime(), QLocale::ShortFormat),
            runStatusText(t.status),
            tr("%1 / %2").arg(QLocale().toString(t.stepsDone), QLocale().toString(t.totalSteps)),
            QFileInfo(t.modelPath).fileName(), t.message});
  }
  runs_->resizeColumnsToContents();
}

void ProjectPage::removeSelectedDataset() {
  const int row = datasets_->currentRow();
  if (row < 0) return;
  const qint64 id = datasets_->item(row, 0)->data(Qt::UserRole).toLongLong();
  QString error;
  if (!session_.removeDataset(id, &error))
    QMessageBox::warning(this, tr("Remove dataset"), error);
  fillDatasets();
}

void ProjectPage::useSelectedModel() {
  const int row = models_->currentRow();
  if (row < 0) return;
  const QString path = models_->item(row, 0)->data(Qt::UserRole).toString();
  if (!QFileInfo::exists(path)) {
    QMessageBox::warning(this, tr("Use model"),
                         tr("The model file %1 is missing: it was moved or deleted.").arg(path));
    return;
  }
  session_.setActiveModelPath(path);
}

}  // namespace mddui
