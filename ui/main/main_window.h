#pragma once
// The Inspector's top-level window: the project's four views (project, images, training,
// results) in tabs, menus and shortcuts for the frequent actions, drag-and-drop of image
// folders, and the glue that stores what the views produce in the project database.
#include <QMainWindow>

#include <functional>

#include "mdd/runtime.h"

class QLabel;
class QTabWidget;

namespace mddui {

class DatasetBrowser;
class ProjectPage;
class ProjectSession;
class RecentProjects;
class ResultsPanel;
class ReviewPanel;
class ThresholdWorkbench;
class MemoryInspector;
class TrainingPanel;
class ViewerImageLoader;
struct ReviewLabel;
struct InferenceOutcome;
struct TrainingOutcome;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  enum class PathPrompt { NewProject, OpenProject, DatasetFolder, InferenceFolder };
  // Asks the user for a path; empty means cancelled. Tests replace the file dialogs.
  using PathPrompter = std::function<QString(PathPrompt)>;
  enum Tab { ProjectTab, ImagesTab, TrainingTab, ResultsTab, ThresholdsTab, ReviewTab, MemoryTab };

  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  const mdd::RuntimeInfo& runtime() const { return runtime_; }
  void setPathPrompter(PathPrompter prompter) { prompter_ = std::move(prompter); }

  ProjectSession& session() { return *session_; }
  ProjectPage* projectPage() const { return projectPage_; }
  DatasetBrowser* browser() const { return browser_; }
  TrainingPanel* trainingPanel() const { return training_; }
  ResultsPanel* resultsPanel() const { return results_; }
  ReviewPanel* reviewPanel() const { return review_; }
  ThresholdWorkbench* thresholdWorkbench() const { return workbench_; }
  MemoryInspector* memoryInspector() const { return memory_; }
  QTabWidget* tabs() const { return tabs_; }

  // The actions' work, callable with a known path.
  bool createProject(const QString& path);
  bool openProject(const QString& path);
  // Opens the dataset import dialog (window-modal, not blocking) on `folder`.
  void addDatasetFolder(const QString& folder);
  void showTab(Tab tab);

 public slots:
  void newProject();
  void openProjectDialog();
  void addDataset();
  void startTraining();
  void runInference();
  void runInferenceOnFolder();
  void exportReport();
  void showAbout();
  // Settings > Preferences: the language chooser (applies at once).
  void showPreferences();

 signals:
  void inferenceStored(int rows);  // results of a run saved in the project
  void workbenchLoaded();          // the workbench holds the last run and its thresholds
  void thresholdsSaved(bool ok);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void createViews();
  void createMenus();
  void createSettingsMenu();
  // The tabs' titles in Tab order, in the current language (tabs and View menu).
  static QStringList tabTitles();
  void createStatusBar();
  void restoreLayout();
  void rebuildRecentMenu();
  void projectOpened();
  void datasetsLoaded();
  void trainingStarted(const QString& modelPath, const QString& configJson);
  void trainingFinished(const TrainingOutcome& outcome);
  void inferenceFinished(const InferenceOutcome& outcome);
  void applyStoredLabels();
  // main_window_review.cpp: the review queue's wiring.
  void createReviewView();
  void reviewDecisionMade(const ReviewLabel& label);
  void reviewDecisionUndone(const QString& path);
  void addReviewedToTraining(const QStringList& paths);
  void updateTrainingDataset();
  // main_window_thresholds.cpp: the threshold workbench's wiring.
  void createThresholdView();
  void loadWorkbench(const InferenceOutcome& outcome);
  void thresholdsChanged();
  void saveThresholds();
  void showError(const QString& title, const QString& message);
  QString prompt(PathPrompt kind);

  mdd::RuntimeInfo runtime_;
  ProjectSession* session_ = nullptr;
  RecentProjects* recent_ = nullptr;
  PathPrompter prompter_;
  QTabWidget* tabs_ = nullptr;
  ProjectPage* projectPage_ = nullptr;
  DatasetBrowser* browser_ = nullptr;
  TrainingPanel* training_ = nullptr;
  ResultsPanel* results_ = nullptr;
  ReviewPanel* review_ = nullptr;
  ThresholdWorkbench* workbench_ = nullptr;
  MemoryInspector* memory_ = nullptr;
  ViewerImageLoader* reviewOverlays_ = nullptr;
  QStringList extraTrainingImages_;  // reviewed good images added to the next training
  QMenu* recentMenu_ = nullptr;
  QMenu* languageMenu_ = nullptr;
  QLabel* deviceLabel_ = nullptr;
  QLabel* projectLabel_ = nullptr;
  QString readyText_;  // the status bar's "Ready" in the language it was shown in
  qint64 runningTrainingId_ = -1;
  QString runningBackbone_;
};

}  // namespace mddui
