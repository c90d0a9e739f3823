#include "review/review_panel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

#include "common/retranslate.h"
#include "project/project_store.h"
#include "results/image_viewer.h"
#include "results/results_table_model.h"
#include "review/review_export.h"
#include "review/review_image_label.h"
#include "review/review_queue_model.h"

namespace mddui {
namespace {

QString cleanAbsolute(const QString& path) {
  // Dataset paths are absolute already: no QFileInfo for each of 100,000 of them.
  return QDir::cleanPath(QDir::isAbsolutePath(path) ? path : QFileInfo(path).absoluteFilePath());
}
bool hasVerdict(const ResultRow& row) {
  return row.verdict == QLatin1String("good") || row.verdict == QLatin1String("defect");
}

}  // namespace

ReviewPanel::ReviewPanel(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("reviewPanel"));
  model_ = new ReviewQueueModel(this);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->setObjectName(QStringLiteral("reviewSplitter"));
  splitter->addWidget(buildQueueSide());
  splitter->addWidget(buildImageSide());
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  splitter->setSizes({520, 780});  // the queue's five columns fit without scrolling
  splitter->setChildrenCollapsible(false);

  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("reviewStatus"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter, 1);
  layout->addWidget(status_);
  buildShortcuts();

  connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          &ReviewPanel::onCurrentRowChanged);
  connect(unreviewedOnly_, &QCheckBox::toggled, this, [this](bool on) {
    model_->setUnreviewedOnly(on);
    selectPath(currentPath_);
  });
  connect(goodButton_, &QPushButton::clicked, this, [this] { decide(QStringLiteral("good")); });
  connect(defectButton_, &QPushButton::clicked, this, [this] { decide(QStringLiteral("defect")); });
  connect(acceptButton_, &QPushButton::clicked, this, &ReviewPanel::acceptVerdict);
  connect(undoButton_, &QPushButton::clicked, this, &ReviewPanel::undo);
  connect(previousButton_, &QPushButton::clicked, this, &ReviewPanel::previous);
  connect(nextButton_, &QPushButton::clicked, this, &ReviewPanel::next);
  connect(exportButton_, &QPushButton::clicked, this, &ReviewPanel::exportCsvClicked);
  connect(addToTrainingButton_, &QPushButton::clicked, this, &ReviewPanel::addReviewedToTraining);
  connect(image_, &ReviewImageLabel::loadFailed, this,
          [this](const QString& path, const QString& error) {
            if (path == currentPath_) setStatus(error, true);
          });

  showCurrent();
  updateProgress();
  setStatus([] { return tr("Run a model on images (Results page) to fill the review queue."); });
  retranslate(this, [this] {
    updateBanner();
    updateProgress();
  });
}

ReviewPanel::~ReviewPanel() = default;

// ---- data -------------------------------------------------------------------------------

void ReviewPanel::setStore(ProjectStore* store) {
  recorder_.setStore(store);
  reloadLabels();
}

void ReviewPanel::reloadLabels() {
  QHash<QString, ReviewLabel> labels;
  ProjectStore* store = recorder_.store();
  if (store && store->isOpen()) {
    labels = store->reviewLabels();
    if (!store->lastError().isEmpty()) setStatus(store->lastError(), true);
  }
  model_->setLabels(labels);  // resets the view: put the current row back
  selectPath(currentPath_);
  updateProgress();
}

void ReviewPanel::setRows(const QVector<ResultRow>& rows) {
  model_->setRows(rows);
  currentPath_.clear();  // the same path may come back with a new score: show it afresh
  reloadLabels();
  QString first = model_->nextUnreviewed();
  if (first.isEmpty() && !model_->queue().isEmpty()) first = model_->queue().front().path;
  selectPath(first);
  if (model_->totalCount() == 0)
    setStatus([] { return tr("No results to review: run a model on images first."); });
  else
    setStatus([count = model_->totalCount()] {
      return tr("%n image(s) to review, most uncertain first.", nullptr, count);
    });
}

void ReviewPanel::setTrainingPaths(const QStringList& paths) {
  trainingPaths_.clear();
  for (const QString& p : paths) trainingPaths_.insert(cleanAbsolute(p));
}

void ReviewPanel::setOverlayProvider(OverlayProvider requestOverlay) {
  requestOverlay_ = std::move(requestOverlay);
  imageStack_->setCurrentWidget(requestOverlay_ ? static_cast<QWidget*>(viewer_) : image_);
  shownPath_.clear();
  showCurrent();
}

int ReviewPanel::rowCount() const { return model_->totalCount(); }
int ReviewPanel::reviewedCount() const { return model_->reviewedCount(); }

std::optional<ReviewLabel> ReviewPanel::reviewLabel(const QString& path) const {
  return model_->label(path);
}

const ResultRow* ReviewPanel::currentRow() const { return model_->find(currentPath_); }

// ---- decisions ----------------------------------------------------------------------------

bool ReviewPanel::decide(const QString& decision) {
  if (decision == QLatin1String("accept")) return acceptVerdict();
  if (decision != QLatin1String("good") && decision != QLatin1String("defect")) {
    setStatus(tr("Unknown review decision \"%1\"; use good or defect.").arg(decision), true);
    return false;
  }
  const ResultRow* row = currentRow();
  if (!row) {
    setStatus(tr("There is no image to decide on: run a model on images first."), true);
    return false;
  }
  const QString path = row->path;
  const ReviewLabel label{path, decision, note_->text().trimmed(), QDateTime::currentDateTimeUtc()};
  if (!recorder_.record(label, model_->label(path))) {
    setStatus(recorder_.lastError(), true);
    return false;
  }
  selecting_ = true;  // the filter may drop the row; the panel picks the next one itself
  model_->setLabel(path, label);
  selecting_ = false;
  emit decisionMade(label);

  const QString next = model_->nextUnreviewed(path);
  selectPath(next.isEmpty() ? path : next);
  updateProgress();
  if (next.isEmpty())
    setStatus(tr("%1 decided %2. Every image in the queue is reviewed.")
                  .arg(model_->displayName(path), ReviewQueueModel::decisionText(decision)));
  else
    setStatus(tr("%1 decided %2 and stored.")
                  .arg(model_->displayName(path), ReviewQueueModel::decisionText(decision)));
  return true;
}

bool ReviewPanel::acceptVerdict() {
  const ResultRow* row = currentRow();
  if (!row) {
    setStatus(tr("There is no image to decide on: run a model on images first."), true);
    return false;
  }
  if (!hasVerdict(*row)) {
    setStatus(tr("%1 needs review: the model gives no verdict to accept. Press G (good) or "
                 "D (defect).")
                  .arg(model_->displayName(row->path)),
              true);
    return false;
  }
  return decide(row->verdict);
}

bool ReviewPanel::undo() {
  ReviewRecorder::Step step;
  if (!recorder_.undo(&step)) {
    setStatus(recorder_.lastError(), true);
    updateButtons();
    return false;
  }
  const QString path = step.applied.imagePath;
  selecting_ = true;
  model_->setLabel(path, step.previous);
  selecting_ = false;
  emit decisionUndone(path);
  // Back to the image, so the operator sees what the undo changed and can decide again.
  if (model_->find(path)) {
    selectPath(path);
  } else {
    updateButtons();
  }
  updateProgress();
  if (step.previous)
    setStatus(tr("Undone: %1 is %2 again.")
                  .arg(model_->displayName(path),
                       ReviewQueueModel::decisionText(step.previous->decision)));
  else
    setStatus(tr("Undone: %1 is unreviewed again.").arg(model_->displayName(path)));
  return true;
}

// ---- navigation ---------------------------------------------------------------------------

void ReviewPanel::next() { moveBy(1); }
void ReviewPanel::previous() { moveBy(-1); }

void ReviewPanel::moveBy(int step) {
  const int row = model_->stepFrom(currentPath_, step);
  if (row >= 0) selectPath(model_->pathAt(row));
}

void ReviewPanel::selectPath(const QString& path) {
  const int row = model_->rowOf(path);
  selecting_ = true;
  if (row >= 0) {
    const QModelIndex index = model_->index(row, 0);
    view_->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view_->scrollTo(index);
  } else {
    view_->selectionModel()->clear();  // hidden by the filter: nothing in the list is current
  }
  selecting_ = false;
  setCurrent(model_->find(path) ? path : QString());
}

void ReviewPanel::onCurrentRowChanged(const QModelIndex& current) {
  if (selecting_ || !current.isValid()) return;
  setCurrent(model_->pathAt(current.row()));
}

void ReviewPanel::setCurrent(const QString& path) {
  const bool changed = path != currentPath_;
  currentPath_ = path;
  showCurrent();
  if (changed) emit currentPathChanged(path);
}

void ReviewPanel::showCurrent() {
  const ResultRow* row = currentRow();
  const std::optional<ReviewLabel> label = row ? model_->label(row->path) : std::nullopt;
  note_->setText(label ? label->note : QString());
  if (!row) {
    shownPath_.clear();
    image_->showMessage(model_->totalCount() ? tr("Select an image in the queue.")
                                             : tr("No results to review yet."));
    viewer_->clear();
  } else if (row->path != shownPath_) {  // a decision on the last open image keeps it shown
    shownPath_ = row->path;
    if (requestOverlay_) {
      imageStack_->setCurrentWidget(viewer_);
      viewer_->clear();
      requestOverlay_(*row);
    } else {
      image_->showFile(row->path);
    }
  }
  updateBanner();
  updateButtons();
}

void ReviewPanel::showOverlay(const ViewerImage& image) {
  if (!requestOverlay_ || image.path != currentPath_) return;
  imageStack_->setCurrentWidget(viewer_);
  viewer_->setImage(image);
}

void ReviewPanel::overlayFailed(const QString& path, const QString& error) {
  if (path != currentPath_) return;
  imageStack_->setCurrentWidget(image_);  // back to the viewer with the next image
  image_->showFile(path);
  setStatus(tr("Cannot show the heatmap of %1: %2 The plain image is shown instead.")
                .arg(model_->displayName(path), error),
            true);
}

// ---- export and training ------------------------------------------------------------------

bool ReviewPanel::exportCsv(const QString& file) {
  QString error;
  if (!writeReviewCsv(file, model_->queue(), model_->labels(), &error)) {
    setStatus(error, true);
    return false;
  }
  setStatus(tr("Wrote %n image(s) with their decisions to %1.", nullptr, model_->totalCount())
                .arg(QDir::toNativeSeparators(file)));
  return true;
}

void ReviewPanel::exportCsvClicked() {
  ProjectStore* store = recorder_.store();
  const QString folder =
      store && store->isOpen() ? QFileInfo(store->path()).absolutePath() : QDir::homePath();
  const QString file =
      QFileDialog::getSaveFileName(this, tr("Export review decisions"),
                                   folder + QStringLiteral("/review.csv"), tr("CSV files (*.csv)"));
  if (file.isEmpty()) return;
  if (!exportCsv(file)) QMessageBox::warning(this, tr("Export failed"), statusText());
}

QStringList ReviewPanel::reviewedGoodForTraining() const {
  QStringList out;
  const QHash<QString, ReviewLabel>& labels = model_->labels();
  for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
    if (it->decision != QLatin1String("good")) continue;
    if (trainingPaths_.contains(cleanAbsolute(it.key()))) continue;
    if (!QFileInfo(it.key()).isFile()) continue;  // moved or deleted since the review
    out << it.key();
  }
  out.sort();
  return out;
}

void ReviewPanel::addReviewedToTraining() {
  const QStringList paths = reviewedGoodForTraining();
  if (paths.isEmpty()) {
    setStatus(
        tr("No image reviewed as good is waiting to be added to training. Confirm "
           "good images with G first."));
    return;
  }
  // Offered once: the main window keeps them for the next run.
  for (const QString& p : paths) trainingPaths_.insert(cleanAbsolute(p));
  emit addToTrainingRequested(paths);
  setStatus(tr("%n image(s) reviewed as good will be added to the next training run.", nullptr,
               static_cast<int>(paths.size())));
}

}  // namespace mddui
