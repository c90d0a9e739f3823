#include "memory/memory_inspector.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <exception>

#include <qcustomplot.h>

#include "common/retranslate.h"
#include "mdd/model.h"
#include "memory/memory_job.h"
#include "memory/memory_plot_export.h"
#include "memory/memory_scale_stats.h"
#include "memory/memory_scatter.h"
#include "memory/memory_text.h"

namespace mddui {
namespace {

constexpr int kMessagePage = 0, kPlotPage = 1;
constexpr int kItemsRole = Qt::UserRole + 1;  // a scale item's memory item count
const QSize kMinimumExportSize(900, 700);  // a plot never laid out still exports legibly

// Whether a model file has a memory, read off the GUI thread (the reader loads the file).
struct Probe {
  QString path;
  bool readable = false;
  bool memory = false;
  QString error;
};

Probe probe(const QString& path) {
  Probe p;
  p.path = path;
  try {
    p.memory = mdd::readModelFileInfo(path.toStdString()).config.network.memory.enabled;
    p.readable = true;
  } catch (const std::exception& e) {
    p.error = QString::fromUtf8(e.what());
  }
  return p;
}

}  // namespace

MemoryInspector::MemoryInspector(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("memoryInspector"));
  job_ = new MemoryJob(this);
  connect(job_, &MemoryJob::progress, this, [this](int done, int total) {
    progress_->setRange(0, std::max(total, 1));
    progress_->setValue(done);
    showStatus([done, total] {
      return tr("t-SNE: %1 of %2 iterations")
          .arg(QLocale().toString(done), QLocale().toString(total));
    });
  });
  connect(job_, &MemoryJob::finished, this, &MemoryInspector::jobFinished);

  stack_ = new QStackedWidget(this);
  stack_->setObjectName(QStringLiteral("memoryStack"));
  message_ = new QLabel(stack_);
  message_->setObjectName(QStringLiteral("memoryMessageLabel"));
  message_->setAlignment(Qt::AlignCenter);
  message_->setWordWrap(true);
  message_->setMargin(24);
  scatter_ = new MemoryScatter(stack_);
  stack_->insertWidget(kMessagePage, message_);
  stack_->insertWidget(kPlotPage, scatter_);

  auto* layout = new QHBoxLayout(this);
  layout->addWidget(buildSide());
  layout->addWidget(stack_, 1);
  setModelPath(QString());
}

MemoryInspector::~MemoryInspector() = default;  // job_ (a child) cancels and joins its thread

void MemoryInspector::setModelPath(const QString& path) {
  if (path == modelPath_ && (outcome_.ok || job_->isRunning()) &&
      QFileInfo(path).lastModified() == analysedModelTime_)
    return;
  job_->cancel();  // a run for the previous model is no longer wanted
  modelPath_ = path;
  outcome_ = MemoryOutcome();
  noMemory_ = false;
  scatter_->clear();
  scaleCombo_->clear();
  stats_->clear();
  showStatus({});
  const QString file = QFileInfo(path).fileName();
  retranslate(modelLabel_, QStringLiteral("text"), [this, file] {
    modelLabel_->setText(file.isEmpty() ? tr("No model") : tr("Model: %1").arg(file));
  });
  modelLabel_->setToolTip(QDir::toNativeSeparators(path));
  if (path.isEmpty()) {
    showMessage([] { return tr("Open or train a model to inspect its class-aware memory."); });
  } else {
    showMessage([file] {
      return tr("Press Compute to lay out the memory items of %1 with t-SNE.").arg(file);
    });
    probeModel();
  }
  updateButtons();
}

void MemoryInspector::probeModel() {
  const int generation = ++probeGeneration_;
  auto* watcher = new QFutureWatcher<Probe>(this);
  connect(watcher, &QFutureWatcher<Probe>::finished, this, [this, watcher, generation] {
    watcher->deleteLater();
    const Probe p = watcher->result();
    if (generation != probeGeneration_ || p.path != modelPath_ || outcome_.ok) return;
    if (!p.readable) {
      showMessage([file = QFileInfo(p.path).fileName(), error = p.error] {
        return tr("Could not read the model %1: %2").arg(file, error);
      });
    } else if (!p.memory) {
      noMemory_ = true;
      showMessage([file = QFileInfo(p.path).fileName()] {
        return tr("%1 has no class-aware memory: it was trained with the memory switched off. "
                  "Train a model with the memory on to inspect its items.")
            .arg(file);
      });
    }
    updateButtons();
  });
  watcher->setFuture(QtConcurrent::run(probe, modelPath_));
}

bool MemoryInspector::isBusy() const { return job_->isRunning(); }

mdd::MemoryAnalysisOptions MemoryInspector::options() const {
  mdd::MemoryAnalysisOptions o;
  o.perplexity = perplexity_->value();
  o.seed = static_cast<std::uint64_t>(seed_->value());
  o.iterations = iterations_->value();
  return o;
}

void MemoryInspector::compute() {
  if (job_->isRunning() || modelPath_.isEmpty()) return;
  if (!job_->start(modelPath_, options())) return;
  analysedModelTime_ = QFileInfo(modelPath_).lastModified();
  progress_->setRange(0, 0);  // loading the model: no count yet
  showStatus([] { return tr("Loading the model…"); });
  setBusy(true);
}

void MemoryInspector::cancel() { job_->cancel(); }

void MemoryInspector::jobFinished(const MemoryOutcome& outcome) {
  setBusy(false);
  progress_->setRange(0, 1);
  progress_->setValue(outcome.ok ? 1 : 0);
  if (outcome.modelPath != modelPath_) {  // the model changed meanwhile
    showStatus({});
    return;
  }
  if (outcome.cancelled) {
    showStatus([kept = outcome_.ok] {
      return kept ? tr("Cancelled; the previous layout is still shown.") : tr("Cancelled.");
    });
    return;
  }
  if (!outcome.ok) {
    noMemory_ = outcome.noMemory;
    const QString error = outcome.error;
    showStatus([error] { return error; });
    if (!outcome_.ok || noMemory_) {
      outcome_ = MemoryOutcome();
      scaleCombo_->clear();
      showMessage([error] { return error; });
    }
    updateButtons();
    emit failed(outcome.error);
    return;
  }
  const int previousScale = currentScale();
  outcome_ = outcome;
  {
    const QSignalBlocker block(scaleCombo_);
    scaleCombo_->clear();
    for (const auto& s : outcome_.analysis.scales) {
      scaleCombo_->addItem(QString(), s.scale);
      scaleCombo_->setItemData(scaleCombo_->count() - 1, static_cast<int>(s.items), kItemsRole);
    }
    nameScales();
    const int keep = scaleCombo_->findData(previousScale);
    scaleCombo_->setCurrentIndex(keep >= 0 ? keep : 0);
  }
  showScale();
  showStatus(
      [items = static_cast<int>(outcome_.analysis.items.size()), seconds = outcome_.seconds] {
        return tr("Laid out %n memory items in %1 s.", nullptr, items)
            .arg(QLocale().toString(seconds, 'f', 1));
      });
  updateButtons();
  emit computed();
}

int MemoryInspector::currentScale() const {
  return outcome_.ok && scaleCombo_->currentIndex() >= 0 ? scaleCombo_->currentData().toInt() : -1;
}

void MemoryInspector::setScale(int scale) {
  const int index = scaleCombo_->findData(scale);
  if (index >= 0) scaleCombo_->setCurrentIndex(index);
}

void MemoryInspector::showScale() {
  const int scale = currentScale();
  if (scale < 0) return;
  for (const auto& s : outcome_.analysis.scales)
    if (s.scale == scale) stats_->setSummary(s, outcome_.options.perplexity);
  scatter_->setAnalysis(outcome_.analysis, outcome_.classNames, scale);
  showMessage([] { return QString(); });
  stack_->setCurrentIndex(kPlotPage);
}

void MemoryInspector::showMessage(std::function<QString()> text) {
  retranslate(message_, QStringLiteral("text"), [this, text] { message_->setText(text()); });
  stack_->setCurrentIndex(kMessagePage);
}

void MemoryInspector::showStatus(std::function<QString()> text) {
  retranslate(status_, QStringLiteral("text"),
              [this, text] { status_->setText(text ? text() : QString()); });
}

void MemoryInspector::nameScales() {
  for (int i = 0; i < scaleCombo_->count(); ++i)
    scaleCombo_->setItemText(
        i, tr("%1 (%n items)", nullptr, scaleCombo_->itemData(i, kItemsRole).toInt())
               .arg(MemoryText::scaleName(scaleCombo_->itemData(i).toInt())));
}

QString MemoryInspector::messageText() const {
  return stack_->currentIndex() == kMessagePage ? message_->text() : QString();
}

QString MemoryInspector::statusText() const { return status_->text(); }

void MemoryInspector::setBusy(bool busy) {
  updateButtons();
  emit busyChanged(busy);
}

void MemoryInspector::updateButtons() {
  const bool busy = job_->isRunning();
  computeButton_->setEnabled(!busy && !modelPath_.isEmpty() && !noMemory_);
  cancelButton_->setEnabled(busy);
  for (QWidget* w : {static_cast<QWidget*>(perplexity_), static_cast<QWidget*>(seed_),
                     static_cast<QWidget*>(iterations_)})
    w->setEnabled(!busy && !noMemory_);
  pngButton_->setEnabled(outcome_.ok);
  pdfButton_->setEnabled(outcome_.ok);
  scaleCombo_->setEnabled(outcome_.ok);
}

QSize MemoryInspector::exportBaseSize() const {
  const QSize shown = scatter_->customPlot()->size();
  return shown.width() >= kMinimumExportSize.width() / 2 && stack_->currentIndex() == kPlotPage
             ? shown
             : kMinimumExportSize;
}

QSize MemoryInspector::pngExportSize() const { return exportBaseSize() * 2; }

bool MemoryInspector::exportPng(const QString& file, QString* error) {
  return exportPlot(file, Format::Png, error);
}

bool MemoryInspector::exportPdf(const QString& file, QString* error) {
  return exportPlot(file, Format::Pdf, error);
}

bool MemoryInspector::exportPlot(const QString& file, Format format, QString* error) {
  QString why;
  bool ok = false;
  if (!outcome_.ok) {
    why = tr("Nothing to export yet: press Compute to lay out the memory first.");
  } else if (format == Format::Png) {
    ok = MemoryPlotExport::savePng(scatter_->customPlot(), file, exportBaseSize(), 2.0, &why);
  } else {
    ok = MemoryPlotExport::savePdf(scatter_->customPlot(), file, exportBaseSize(), &why);
  }
  showStatus([ok, why, shown = QDir::toNativeSeparators(file)] {
    return ok ? tr("Saved %1.").arg(shown) : why;
  });
  if (!ok && error) *error = why;
  return ok;
}

void MemoryInspector::exportClicked(Format format) {
  const bool png = format == Format::Png;
  // A file name, not a sentence: the scale's English name in every language.
  static const char* const kScaleFileNames[] = {"fine", "middle", "coarse"};
  const int scale = currentScale();
  const QString scaleName = scale >= 0 && scale < 3 ? QLatin1String(kScaleFileNames[scale])
                                                    : QStringLiteral("scale%1").arg(scale);
  const QString suggested = QFileInfo(modelPath_).completeBaseName() + QStringLiteral("-memory-") +
                            scaleName + (png ? QStringLiteral(".png") : QStringLiteral(".pdf"));
  const QString file = QFileDialog::getSaveFileName(
      this, png ? tr("Export the memory plot as PNG") : tr("Export the memory plot as PDF"),
      QFileInfo(modelPath_).absoluteDir().filePath(suggested),
      png ? tr("PNG images (*.png)") : tr("PDF documents (*.pdf)"));
  if (file.isEmpty()) return;
  QString error;
  if (!exportPlot(file, format, &error)) QMessageBox::warning(this, tr("Export failed"), error);
}

}  // namespace mddui
