#pragma once
// The demo project the README's main command opens: a generated multi-class dataset
// (mdd::makeDemoDataset), a quickly trained model and its results on the test split.
// Prepared once in a folder and reused afterwards, where only the results are recomputed.
#include <QObject>
#include <QString>

#include "mdd/train.h"

namespace mddui {

class MainWindow;
struct InferenceOutcome;
struct TrainingOutcome;

class DemoProject : public QObject {
  Q_OBJECT
 public:
  DemoProject(MainWindow& window, const QString& folder, QObject* parent = nullptr);

  // The default folder: the application's data location + "/demo".
  static QString defaultFolder();
  QString projectPath() const;
  QString datasetPath() const;
  // The demo model's report (written when the demo is ready), and its HTML text.
  QString reportPath() const;
  QString reportHtml() const { return reportHtml_; }
  // The training settings of the demo model (small, so a CPU trains it in minutes).
  static mdd::TrainConfig trainConfig(const mdd::TrainConfig& base);

  // Opens the demo project, creating what is missing. Ends with ready() or failed().
  void start();

 signals:
  void stage(const QString& description);
  void ready();
  void failed(const QString& message);

 private:
  void datasetWritten(const QString& error);
  void datasetsLoaded();
  void trainingFinished(const TrainingOutcome& outcome);
  void inferenceFinished(const InferenceOutcome& outcome);
  void computeMemory();
  void writeReport();
  void fail(const QString& message);

  MainWindow& window_;
  QString folder_;
  bool active_ = false;
  bool trainingStarted_ = false;
  bool inferenceStarted_ = false;
  QString reportHtml_;
};

}  // namespace mddui
