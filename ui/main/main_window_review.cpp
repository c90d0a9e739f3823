// MainWindow's review queue: the panel, its overlays (through the results' model cache),
// decisions reflected in the image browser, and reviewed good images added to the next
// training run.
#include <QFileInfo>
#include <QStatusBar>
#include <QTabWidget>

#include "dataset/dataset_browser.h"
#include "dataset/sample_list_model.h"
#include "main/main_window.h"
#include "main/project_session.h"
#include "project/project_store.h"
#include "results/results_panel.h"
#include "results/results_table_model.h"
#include "results/viewer_image_loader.h"
#include "review/review_panel.h"
#include "training/training_panel.h"

namespace mddui {

void MainWindow::createReviewView() {
  review_ = new ReviewPanel(tabs_);
  tabs_->addTab(review_, QString());  // titled by tabTitles()
  reviewOverlays_ = new ViewerImageLoader(results_->modelCache(), this);
  review_->setOverlayProvider([this](const ResultRow& row) {
    reviewOverlays_->load({session_->activeModelPath(), row});
  });
  connect(reviewOverlays_, &ViewerImageLoader::loaded, review_, &ReviewPanel::showOverlay);
  connect(reviewOverlays_, &ViewerImageLoader::failed, review_, &ReviewPanel::overlayFailed);
  connect(review_, &ReviewPanel::decisionMade, this, &MainWindow::reviewDecisionMade);
  connect(review_, &ReviewPanel::decisionUndone, this, &MainWindow::reviewDecisionUndone);
  connect(review_, &ReviewPanel::addToTrainingRequested, this, &MainWindow::addReviewedToTraining);
  connect(session_, &ProjectSession::opened, this, [this] {
    review_->setRows({});
    review_->setStore(&session_->store());
  });
  connect(session_, &ProjectSession::aboutToClose, this, [this] {
    review_->setStore(nullptr);
    review_->setRows({});
  });
}

void MainWindow::reviewDecisionMade(const ReviewLabel& label) {
  browser_->model()->setReview(label.imagePath, label.decision);
}

void MainWindow::reviewDecisionUndone(const QString& path) {
  const auto restored = review_->reviewLabel(path);
  browser_->model()->setReview(path, restored ? restored->decision : QString());
}

void MainWindow::addReviewedToTraining(const QStringList& paths) {
  int added = 0;
  for (const QString& path : paths) {
    if (extraTrainingImages_.contains(path)) continue;
    extraTrainingImages_ << path;
    ++added;
  }
  updateTrainingDataset();
  statusBar()->showMessage(
      tr("%n reviewed good image(s) added to the next training run.", "", added), 8000);
}

// The project's dataset plus the reviewed good images the operator added, as normal
// training images of the class the model used for them.
void MainWindow::updateTrainingDataset() {
  mdd::Dataset dataset = session_->dataset();
  QStringList trainPaths;
  for (const mdd::Sample& s : dataset.samples)
    if (s.split == mdd::Split::Train) trainPaths << QString::fromStdString(s.path);
  const auto& rows = results_->tableModel()->rows();
  for (const QString& path : extraTrainingImages_) {
    for (const ResultRow& row : rows) {
      if (row.path != path || dataset.classIndex(row.className.toStdString()) < 0) continue;
      mdd::Sample sample;
      sample.path = path.toStdString();
      sample.className = row.className.toStdString();
      sample.split = mdd::Split::Train;
      sample.defectType = "good";
      dataset.samples.push_back(sample);
      trainPaths << path;
      break;
    }
  }
  training_->setDataset(std::move(dataset));
  review_->setTrainingPaths(trainPaths);
}

}  // namespace mddui
