#pragma once
// Makes a model report (HTML, PDF or both) with progress and cancel, and hands back a
// ReportOutcome through a queued signal.
//
// Threads: the charts are drawn with QCustomPlot, a QWidget, so they are rendered on the GUI
// thread, one class per event-loop turn (a few milliseconds each: the window never stalls).
// Everything else runs on the job's own thread: the model is run again on the few example
// images and their overlays drawn, the HTML is built, laid out on A4 pages and printed to
// PDF, and the files are written atomically. The owner keeps the job alive while it runs;
// the destructor cancels and joins.
//
// Output paths are checked before any work: a missing folder ends the run at once with an
// error naming the file, and nothing is created. Cancelling writes nothing.
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

#include "mdd/progress.h"
#include "report/report_cases.h"
#include "report/report_charts.h"
#include "report/report_data.h"
#include "report/report_outcome.h"

class QThread;

namespace mddui {

class ModelCache;

class ReportJob : public QObject {
  Q_OBJECT
 public:
  explicit ReportJob(QObject* parent = nullptr);
  ~ReportJob() override;

  // Shares loaded models with the results panel; without one the job keeps its own.
  void setModelCache(std::shared_ptr<ModelCache> cache);

  // Returns false (starting nothing) while a report is being made. Otherwise finished()
  // follows, also when the options are unusable (then with the error).
  bool start(const ReportData& data, const ReportOptions& options);
  void cancel();  // stops after the current chart or image; finished() still comes
  bool isRunning() const { return running_; }
  // Blocks until the worker thread ends. The chart phase needs the event loop, so this
  // is for destruction and tests that already saw finished().
  void waitForFinished();

  // The HTML of the last successful run (also when only a PDF was asked for).
  QString lastHtml() const { return lastHtml_; }

 signals:
  void progress(int done, int total);
  void stageChanged(const QString& text);
  void finished(const mddui::ReportOutcome& outcome);

 private:
  void renderNextChart();
  void startWorker();
  void deliver(const ReportOutcome& outcome, const QString& html);
  void failSoon(const QString& error);

  std::shared_ptr<ModelCache> cache_;
  std::shared_ptr<mdd::CancelToken> cancel_;
  QThread* thread_ = nullptr;
  bool running_ = false;

  // The current run.
  ReportData data_;
  ReportOptions options_;
  QStringList classes_;
  QVector<ClassCharts> charts_;
  QVector<ReportCase> cases_;
  int total_ = 0;
  qint64 startedMs_ = 0;
  QString lastHtml_;
};

}  // namespace mddui
