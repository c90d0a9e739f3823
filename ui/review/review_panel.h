#pragma once
// The Review page: the operator goes through a run's results, most uncertain first, and
// confirms or corrects each verdict with one key (G good, D defect, Enter takes the model's
// verdict, Ctrl+Z undoes, J/K or Down/Up move). Every decision is committed to the project
// at once (ReviewRecorder), then the panel moves to the next unreviewed image. The reviewed
// images can be exported as CSV and the ones confirmed good handed to the next training run.
//
// The image is shown plain, or, when the main window supplies an overlay provider, as the
// results' ImageViewer with the heatmap: the panel calls the provider with the row and the
// provider answers later through showOverlay() / overlayFailed().
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

#include "project/project_records.h"
#include "results/inference_outcome.h"
#include "review/review_recorder.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace mddui {

class ImageViewer;
class ProjectStore;
class ReviewImageLabel;
class ReviewQueueModel;
struct ViewerImage;

class ReviewPanel : public QWidget {
  Q_OBJECT
 public:
  using OverlayProvider = std::function<void(const ResultRow&)>;

  explicit ReviewPanel(QWidget* parent = nullptr);
  ~ReviewPanel() override;

  // The project the decisions go to (not owned; nullptr: none). Reloads the labels and
  // starts a new undo history.
  void setStore(ProjectStore* store);
  ProjectStore* store() const { return recorder_.store(); }
  // The results to review; labels are re-read from the store. Selects the first unreviewed.
  void setRows(const QVector<ResultRow>& rows);
  // Re-reads the labels from the store (after another part of the app changed them).
  void reloadLabels();
  // Images already in the training set: never offered by "Add reviewed to training".
  void setTrainingPaths(const QStringList& paths);
  // With a provider the image is shown through ImageViewer "reviewViewer"; empty: plain.
  void setOverlayProvider(OverlayProvider requestOverlay);

  int rowCount() const;  // rows in the queue (whatever the filter hides)
  int reviewedCount() const;
  QString currentPath() const { return currentPath_; }
  std::optional<ReviewLabel> reviewLabel(const QString& path) const;
  ReviewQueueModel* queueModel() const { return model_; }
  int undoDepth() const { return recorder_.undoDepth(); }
  QString statusText() const;
  QString progressText() const;
  QString bannerText() const;

  // Writes the review CSV (review/review_export.h) atomically. On failure the status label
  // says why and it returns false.
  bool exportCsv(const QString& file);
  // Images decided good, existing, and neither training images nor offered before.
  QStringList reviewedGoodForTraining() const;

 public slots:
  // "good", "defect", or "accept" (the model's verdict). Returns false when nothing was
  // stored (no current image, no project, needs_review has no verdict to accept, a failed
  // write: the status label says which).
  bool decide(const QString& decision);
  bool acceptVerdict();
  bool undo();
  void next();
  void previous();
  void selectPath(const QString& path);
  // The provider's answers; ignored unless they are for the current image.
  void showOverlay(const mddui::ViewerImage& image);
  void overlayFailed(const QString& path, const QString& error);
  void addReviewedToTraining();

 signals:
  void decisionMade(const mddui::ReviewLabel& label);
  // The label of `path` is now reviewLabel(path): the one before the decision, or none.
  void decisionUndone(const QString& path);
  void addToTrainingRequested(const QStringList& goodPaths);
  void currentPathChanged(const QString& path);

 private:
  QWidget* buildQueueSide();
  QWidget* buildImageSide();
  void buildShortcuts();
  void onCurrentRowChanged(const QModelIndex& current);
  void setCurrent(const QString& path);
  void showCurrent();
  void moveBy(int step);
  void updateBanner();
  void updateProgress();
  void updateButtons();
  void setStatus(const QString& text, bool error = false);
  // A status worded again after each language change.
  void setStatus(std::function<QString()> text, bool error = false);
  void exportCsvClicked();
  const ResultRow* currentRow() const;

  ReviewRecorder recorder_;
  QString currentPath_;
  QString shownPath_;            // the image last asked for (plain or overlay)
  QSet<QString> trainingPaths_;  // cleaned absolute paths
  OverlayProvider requestOverlay_;
  bool selecting_ = false;  // the panel itself moves the view's current row

  ReviewQueueModel* model_ = nullptr;
  QTableView* view_ = nullptr;
  QCheckBox* unreviewedOnly_ = nullptr;
  QLabel* progress_ = nullptr;
  QLabel* banner_ = nullptr;
  QStackedWidget* imageStack_ = nullptr;
  ReviewImageLabel* image_ = nullptr;
  ImageViewer* viewer_ = nullptr;
  QLineEdit* note_ = nullptr;
  QPushButton* goodButton_ = nullptr;
  QPushButton* defectButton_ = nullptr;
  QPushButton* acceptButton_ = nullptr;
  QPushButton* undoButton_ = nullptr;
  QPushButton* previousButton_ = nullptr;
  QPushButton* nextButton_ = nullptr;
  QPushButton* exportButton_ = nullptr;
  QPushButton* addToTrainingButton_ = nullptr;
  QLabel* status_ = nullptr;
};

}  // namespace mddui
