#include "report/report_dialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

#include "common/retranslate.h"
#include "report/report_job.h"

namespace mddui {
namespace {

// The path without a report suffix: "out/report.pdf" -> "out/report".
QString basePath(const QString& path) {
  QString base = path.trimmed();
  for (const QString& suffix :
       {QStringLiteral(".html"), QStringLiteral(".htm"), QStringLiteral(".pdf")})
    if (base.endsWith(suffix, Qt::CaseInsensitive)) return base.left(base.size() - suffix.size());
  return base;
}

// Long paths have no spaces to wrap at: a zero-width space after each '/' lets the status
// line break inside them instead of being cut off.
QString wrappable(QString text) {
  return text.replace(QLatin1Char('/'), QStringLiteral("/\u200B"));
}

QString fileLink(const QString& file) {
  return QStringLiteral("<a href=\"%1\">%2</a>")
      .arg(QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()).toString(),
           QFileInfo(file).fileName().toHtmlEscaped());
}

}  // namespace

ReportDialog::ReportDialog(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("reportDialog"));
  job_ = new ReportJob(this);
  job_->setObjectName(QStringLiteral("reportJob"));

  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("reportSummaryLabel"));
  summary_->setWordWrap(true);
  pathEdit_ = new QLineEdit(this);
  pathEdit_->setObjectName(QStringLiteral("reportPathEdit"));
  pathEdit_->setMinimumWidth(340);
  browseButton_ = new QPushButton(this);
  browseButton_->setObjectName(QStringLiteral("reportBrowseButton"));
  formatCombo_ = new QComboBox(this);
  formatCombo_->setObjectName(QStringLiteral("reportFormatCombo"));
  for (int i = 0; i < 3; ++i) formatCombo_->addItem(QString());  // HtmlAndPdf, HtmlOnly, PdfOnly
  examplesSpin_ = new QSpinBox(this);
  examplesSpin_->setObjectName(QStringLiteral("reportExamplesSpin"));
  examplesSpin_->setRange(0, 9);
  examplesSpin_->setValue(3);
  progress_ = new QProgressBar(this);
  progress_->setObjectName(QStringLiteral("reportProgress"));
  progress_->setRange(0, 1);
  progress_->setValue(0);
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("reportStatusLabel"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextBrowserInteraction);
  status_->setOpenExternalLinks(true);
  // Room for a wrapped error: a top-level dialog does not grow for a label's new height.
  status_->setMinimumHeight(3 * status_->fontMetrics().lineSpacing());
  status_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  generateButton_ = new QPushButton(this);
  generateButton_->setObjectName(QStringLiteral("reportGenerateButton"));
  generateButton_->setDefault(true);
  cancelButton_ = new QPushButton(this);
  cancelButton_->setObjectName(QStringLiteral("reportCancelButton"));
  closeButton_ = new QPushButton(this);
  closeButton_->setObjectName(QStringLiteral("reportCloseButton"));

  auto* pathRow = new QHBoxLayout;
  pathRow->addWidget(pathEdit_, 1);
  pathRow->addWidget(browseButton_);
  auto* form = new QFormLayout;
  auto* fileLabel = new QLabel(this);
  fileLabel->setBuddy(pathEdit_);  // addRow() gives a layout field no buddy
  form->addRow(fileLabel, pathRow);
  addFormRow(form, formatCombo_);
  addFormRow(form, examplesSpin_);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(generateButton_);
  buttons->addWidget(cancelButton_);
  buttons->addWidget(closeButton_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(summary_);
  layout->addLayout(form);
  layout->addWidget(progress_);
  layout->addWidget(status_);
  layout->addStretch(1);
  layout->addLayout(buttons);

  connect(browseButton_, &QPushButton::clicked, this, &ReportDialog::browse);
  connect(generateButton_, &QPushButton::clicked, this, &ReportDialog::generate);
  connect(cancelButton_, &QPushButton::clicked, job_, &ReportJob::cancel);
  connect(closeButton_, &QPushButton::clicked, this, &ReportDialog::reject);
  connect(pathEdit_, &QLineEdit::textChanged, this, &ReportDialog::updateState);
  // The file name follows the format, so what the field shows is what gets written.
  connect(formatCombo_, &QComboBox::currentIndexChanged, this, [this](int format) {
    const QString base = basePath(outputPath());
    if (!base.isEmpty())
      pathEdit_->setText(base +
                         (format == PdfOnly ? QStringLiteral(".pdf") : QStringLiteral(".html")));
  });
  connect(job_, &ReportJob::progress, this, [this](int done, int total) {
    progress_->setRange(0, std::max(1, total));
    progress_->setValue(done);
  });
  connect(job_, &ReportJob::stageChanged, status_, &QLabel::setText);
  connect(job_, &ReportJob::finished, this, &ReportDialog::onFinished);
  setReportData(ReportData());
  hasData_ = false;
  updateState();
  retranslate(this, [=] {
    setWindowTitle(tr("Export model report"));
    pathEdit_->setPlaceholderText(tr("Report file, e.g. model-report.html"));
    browseButton_->setText(tr("Browse…"));
    setItemTexts(formatCombo_, {tr("HTML and PDF"), tr("HTML only"), tr("PDF only")});
    examplesSpin_->setToolTip(
        tr("Overlays per class of detected defects, of the highest-scoring "
           "normal images and of the lowest-scoring defects"));
    generateButton_->setText(tr("&Generate"));
    cancelButton_->setText(tr("Cancel"));
    closeButton_->setText(tr("Close"));
    fileLabel->setText(tr("&File:"));
    formLabel(form, formatCombo_)->setText(tr("F&ormat:"));
    formLabel(form, examplesSpin_)->setText(tr("&Examples per class and kind:"));
    showSummary();
  });
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::setReportData(const ReportData& data) {
  data_ = data;
  hasData_ = !data.rows.isEmpty();
  showSummary();
  updateState();
}

void ReportDialog::showSummary() {
  if (data_.rows.isEmpty()) {
    summary_->setText(tr("No results to report yet: run a model on a dataset split first."));
    return;
  }
  const QLocale locale;
  const auto images = data_.rows.size();
  const auto classes = data_.classNames().size();
  summary_->setText(tr("Report of the model %1 on %2: %3, %4.")
                        .arg(QFileInfo(data_.modelPath).fileName(), data_.source,
                             images == 1 ? tr("1 image")
                                         : tr("%1 images").arg(locale.toString(qlonglong(images))),
                             classes == 1
                                 ? tr("1 class")
                                 : tr("%1 classes").arg(locale.toString(qlonglong(classes)))));
}

void ReportDialog::setModelCache(std::shared_ptr<ModelCache> cache) {
  job_->setModelCache(std::move(cache));
}

void ReportDialog::setOutputPath(const QString& path) { pathEdit_->setText(path); }

QString ReportDialog::outputPath() const { return pathEdit_->text().trimmed(); }

ReportOptions ReportDialog::options() const {
  ReportOptions o;
  const QString base = basePath(outputPath());
  if (!base.isEmpty()) {
    const int format = formatCombo_->currentIndex();
    if (format != PdfOnly) o.htmlPath = base + QStringLiteral(".html");
    if (format != HtmlOnly) o.pdfPath = base + QStringLiteral(".pdf");
  }
  o.examplesPerKind = examplesSpin_->value();
  return o;
}

bool ReportDialog::isBusy() const { return job_->isRunning(); }

void ReportDialog::generate() {
  if (!hasData_ || isBusy()) return;
  if (outputPath().isEmpty()) {
    status_->setText(tr("Choose a file to write the report to."));
    return;
  }
  status_->setStyleSheet(QString());
  status_->setToolTip(QString());
  progress_->setValue(0);
  job_->start(data_, options());
  updateState();
}

void ReportDialog::browse() {
  const QString start = outputPath().isEmpty()
                            ? QDir::homePath() + QStringLiteral("/model-report.html")
                            : outputPath();
  const QString file =
      QFileDialog::getSaveFileName(this, tr("Write the report to"), start,
                                   tr("HTML report (*.html);;PDF report (*.pdf);;All files (*)"));
  if (file.isEmpty()) return;
  setOutputPath(file);
  if (file.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) &&
      formatCombo_->currentIndex() == HtmlOnly)
    formatCombo_->setCurrentIndex(PdfOnly);
}

void ReportDialog::onFinished(const ReportOutcome& outcome) {
  lastOutcome_ = outcome;
  if (outcome.ok) {
    QStringList files;
    if (!outcome.htmlPath.isEmpty()) files << fileLink(outcome.htmlPath);
    if (!outcome.pdfPath.isEmpty())
      files << (outcome.pages == 1
                    ? tr("%1 (1 page)").arg(fileLink(outcome.pdfPath))
                    : tr("%1 (%2 pages)")
                          .arg(fileLink(outcome.pdfPath), QLocale().toString(outcome.pages)));
    QString text = tr("Wrote %1.")
                       .arg(files.size() == 2 ? tr("%1 and %2").arg(files[0], files[1])
                                              : files.join(QString()));
    if (!outcome.warnings.isEmpty())
      text +=
          QStringLiteral("<br>") + tr("Examples without overlay: %1 (first: %2)")
                                       .arg(QLocale().toString(qlonglong(outcome.warnings.size())),
                                            wrappable(outcome.warnings.first()).toHtmlEscaped());
    status_->setStyleSheet(QString());
    status_->setText(text);
  } else if (outcome.cancelled) {
    status_->setStyleSheet(QString());
    status_->setText(tr("Cancelled: no report was written."));
    progress_->setValue(0);
  } else {
    status_->setStyleSheet(QStringLiteral("color: #b01818;"));
    status_->setText(wrappable(outcome.error).toHtmlEscaped());
    status_->setToolTip(outcome.error);
    progress_->setValue(0);
  }
  updateState();
  emit reportFinished(outcome);
  if (closeWhenDone_) {
    closeWhenDone_ = false;
    QDialog::reject();
  }
}

void ReportDialog::reject() {
  if (isBusy()) {
    // Closes once the job has stopped, so its outcome (and thread) are not dropped midway.
    closeWhenDone_ = true;
    job_->cancel();
    return;
  }
  QDialog::reject();
}

void ReportDialog::updateState() {
  const bool busy = isBusy();
  generateButton_->setEnabled(hasData_ && !busy && !outputPath().isEmpty());
  cancelButton_->setEnabled(busy);
  closeButton_->setEnabled(!busy);
  pathEdit_->setEnabled(!busy);
  browseButton_->setEnabled(!busy);
  formatCombo_->setEnabled(!busy);
  examplesSpin_->setEnabled(!busy);
}

}  // namespace mddui
