#pragma once
// The top of the Results page: which model, which images (the project's test split or a
// folder, with an optional class), Run / Cancel, a progress bar with ETA and a status line.
// It only collects choices and shows state; ResultsPanel does the work.
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace mddui {

class RunControls : public QWidget {
  Q_OBJECT
 public:
  enum Source { TestSplit, Folder };

  explicit RunControls(QWidget* parent = nullptr);
  ~RunControls() override;

  QString modelPath() const;
  void setModelPath(const QString& path);  // reads the model's classes off the GUI thread
  QStringList modelClasses() const { return modelClasses_; }
  Source source() const;
  void setSource(Source source);
  QString folder() const;
  void setFolder(const QString& folder);
  QString className() const;  // for folder runs; empty: the model's memory recognises it
  void setTestImageCount(int images);

  // Busy: choices locked, Cancel enabled, the progress bar waiting for its first report.
  // `what` words the work ("Running") in the current language.
  void setBusy(bool busy, std::function<QString()> what = {});
  void showProgress(int done, int total);
  // `word` ("Done", "Cancelled", "Failed") in the bar, worded again after a language change.
  void showEnd(std::function<QString()> word, bool ok);
  // A status worded once (an error from the engine) or, from `text`, in the current
  // language whenever it changes.
  void setStatus(const QString& text, bool error = false);
  void setStatus(std::function<QString()> text, bool error = false);
  QString statusText() const;

 signals:
  void runRequested();
  void cancelRequested();
  void modelClassesChanged(const QStringList& classes);

 private:
  void browseModel();
  void browseFolder();
  void readModelClasses();
  void updateSourceWidgets();
  void setProgressText(std::function<QString()> text);
  QString testSplitText() const;

  QStringList modelClasses_;
  int testImages_ = -1;  // the project's test images; -1 before setTestImageCount()
  QElapsedTimer timer_;
  QFutureWatcher<QStringList>* classReader_ = nullptr;
  QLineEdit* modelEdit_ = nullptr;
  QPushButton* browseModelButton_ = nullptr;
  QComboBox* sourceCombo_ = nullptr;
  QLineEdit* folderEdit_ = nullptr;
  QPushButton* browseFolderButton_ = nullptr;
  QLabel* classLabel_ = nullptr;
  QComboBox* classCombo_ = nullptr;
  QPushButton* runButton_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* status_ = nullptr;
};

}  // namespace mddui
