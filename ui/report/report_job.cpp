#include "report/report_job.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include "report/report_document.h"
#include "report/report_writer.h"
#include "results/model_cache.h"

namespace mddui {

ReportJob::ReportJob(QObject* parent) : QObject(parent), cache_(std::make_shared<ModelCache>(1)) {
  qRegisterMetaType<mddui::ReportOutcome>();
}

ReportJob::~ReportJob() {
  cancel();
  waitForFinished();
  delete thread_;
}

void ReportJob::setModelCache(std::shared_ptr<ModelCache> cache) {
  if (cache) cache_ = std::move(cache);
}

void ReportJob::cancel() {
  if (cancel_) cancel_->cancel();
}

void ReportJob::waitForFinished() {
  if (thread_) thread_->wait();
}

bool ReportJob::start(const ReportData& data, const ReportOptions& options) {
  if (running_) return false;
  waitForFinished();
  running_ = true;
  cancel_ = std::make_shared<mdd::CancelToken>();
  startedMs_ = QDateTime::currentMSecsSinceEpoch();
  data_ = data;
  options_ = options;
  charts_.clear();
  cases_.clear();
  if (options.htmlPath.isEmpty() && options.pdfPath.isEmpty()) {
    failSoon(tr("Choose where to write the report: no HTML or PDF file was given."));
    return true;
  }
  // Checked before any work, so a typo costs no time and leaves nothing behind.
  for (const QString& file : {options.htmlPath, options.pdfPath}) {
    if (file.isEmpty()) continue;
    const QFileInfo info(file);
    if (!info.absoluteDir().exists()) {
      failSoon(tr("Cannot write the report '%1': the folder '%2' does not exist. Choose an "
                  "existing folder.")
                   .arg(file, info.absolutePath()));
      return true;
    }
    if (info.isDir()) {
      failSoon(tr("Cannot write the report '%1': it is a folder. Choose a file name.").arg(file));
      return true;
    }
  }
  classes_ = data.classNames();
  cases_ = ReportCases::pick(data.rows, classes_, options.examplesPerKind);
  const int outputs = (options.htmlPath.isEmpty() ? 0 : 1) + (options.pdfPath.isEmpty() ? 0 : 1);
  total_ = static_cast<int>(classes_.size() + cases_.size()) + 1 + outputs;
  emit progress(0, total_);
  emit stageChanged(tr("Drawing the charts..."));
  QTimer::singleShot(0, this, &ReportJob::renderNextChart);
  return true;
}

void ReportJob::failSoon(const QString& error) {
  ReportOutcome outcome;
  outcome.error = error;
  QMetaObject::invokeMethod(
      this, [this, outcome] { deliver(outcome, QString()); }, Qt::QueuedConnection);
}

void ReportJob::renderNextChart() {
  if (cancel_->cancelled()) {
    ReportOutcome outcome;
    outcome.cancelled = true;
    deliver(outcome, QString());
    return;
  }
  if (charts_.size() < classes_.size()) {
    charts_.push_back(ReportCharts().render(data_, classes_[charts_.size()]));
    emit progress(static_cast<int>(charts_.size()), total_);
    QTimer::singleShot(0, this, &ReportJob::renderNextChart);  // let the window breathe
    return;
  }
  startWorker();
}

void ReportJob::startWorker() {
  delete thread_;
  emit stageChanged(tr("Drawing the example overlays..."));
  auto cache = cache_;
  auto cancel = cancel_;
  const int offset = static_cast<int>(classes_.size());
  thread_ = QThread::create([this, cache, cancel, offset, data = data_, options = options_,
                             charts = charts_, cases = cases_, total = total_]() mutable {
    auto post = [this](auto fn) { QMetaObject::invokeMethod(this, fn, Qt::QueuedConnection); };
    auto stage = [&post, this](const QString& text) {
      post([this, text] { emit stageChanged(text); });
    };
    auto step = [&post, this, total](int done) {
      post([this, done, total] { emit progress(done, total); });
    };
    ReportOutcome out;
    auto finish = [&](const QString& html) { post([this, out, html] { deliver(out, html); }); };
    QString error;
    const mdd::ProgressFn progress = [&](long done, long) {
      step(offset + static_cast<int>(done));
    };
    if (!ReportCases::render(cases, *cache, data.modelPath, options.opacity, progress, *cancel,
                             &error)) {
      out.error = error;
      return finish({});
    }
    for (const ReportCase& c : cases) {
      if (!c.overlay.isNull()) ++out.overlays;
      if (!c.error.isEmpty()) out.warnings << c.error;
    }
    if (cancel->cancelled()) {
      out.cancelled = true;
      return finish({});
    }
    stage(tr("Writing the report..."));
    const QString html = buildReportHtml(data, charts, cases);
    int done = offset + static_cast<int>(cases.size()) + 1;
    step(done);
    QByteArray pdf;
    if (!options.pdfPath.isEmpty()) {
      const ReportDocument document(html);
      pdf = document.toPdf(QFileInfo(options.pdfPath).completeBaseName(), &error);
      out.pages = document.pageCount();
      if (pdf.isEmpty()) {
        out.error = tr("Cannot write the report '%1': %2").arg(options.pdfPath, error);
        return finish({});
      }
    }
    if (cancel->cancelled()) {
      out.cancelled = true;
      out.pages = 0;
      return finish({});
    }
    // Both files or neither: a PDF written before a failing HTML is taken back.
    const bool pdfExisted = QFileInfo::exists(options.pdfPath);
    if (!options.pdfPath.isEmpty()) {
      if (!writeReportFile(options.pdfPath, pdf, &error)) {
        out.error = error;
        return finish({});
      }
      out.pdfPath = options.pdfPath;
      step(++done);
    }
    if (!options.htmlPath.isEmpty()) {
      if (!writeReportHtml(options.htmlPath, html, &error)) {
        if (!out.pdfPath.isEmpty() && !pdfExisted) QFile::remove(out.pdfPath);
        out.pdfPath.clear();
        out.error = error;
        return finish({});
      }
      out.htmlPath = options.htmlPath;
      step(++done);
    }
    out.ok = true;
    finish(html);
  });
  thread_->setObjectName(QStringLiteral("ReportJob"));
  thread_->start();
}

void ReportJob::deliver(const ReportOutcome& outcome, const QString& html) {
  waitForFinished();  // the worker's last statement posted this; it ends at once
  running_ = false;
  ReportOutcome out = outcome;
  out.seconds = (QDateTime::currentMSecsSinceEpoch() - startedMs_) / 1000.0;
  if (out.ok) lastHtml_ = html;
  data_ = ReportData();  // the rows may be many; do not keep them between runs
  charts_.clear();
  cases_.clear();
  emit finished(out);
}

}  // namespace mddui
