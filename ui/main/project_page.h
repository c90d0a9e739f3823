#pragma once
// The project overview: its datasets (add, remove), the models trained in it (pick the one
// in use) and the training runs, with what the combined dataset holds per class.
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mddui {

class ProjectSession;

class ProjectPage : public QWidget {
  Q_OBJECT
 public:
  explicit ProjectPage(ProjectSession& session, QWidget* parent = nullptr);

  // Re-reads the tables from the project database.
  void refresh();
  // A training run's stored status ("running", "finished", ...) in words.
  static QString runStatusText(const QString& status);
  // A dataset's stored layout name in words.
  static QString layoutText(const QString& stored);

 signals:
  void addDatasetRequested();

 private:
  void fillDatasets();
  void fillClasses();
  void fillModels();
  void fillRuns();
  void removeSelectedDataset();
  void useSelectedModel();

  ProjectSession& session_;
  QLabel* title_ = nullptr;
  QLabel* loadStatus_ = nullptr;
  QTableWidget* datasets_ = nullptr;
  QTableWidget* classes_ = nullptr;
  QTableWidget* models_ = nullptr;
  QTableWidget* runs_ = nullptr;
  QPushButton* removeDataset_ = nullptr;
  QPushButton* useModel_ = nullptr;
};

}  // namespace mddui
