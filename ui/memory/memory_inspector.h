#pragma once
// The Memory page (METHOD.md, Fig. 5): lays out a model's class-aware memory items with
// t-SNE, one teacher scale at a time, shows how well they cluster by class, and exports
// the plot. The analysis runs off the GUI thread with progress and cancel. A model trained
// without the memory gets a message instead of a plot.
#include <QDateTime>
#include <QSize>
#include <QString>

#include <QWidget>
#include <functional>

#include "mdd/memory_analysis.h"
#include "memory/memory_outcome.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace mddui {

class MemoryJob;
class MemoryScaleStats;
class MemoryScatter;

class MemoryInspector : public QWidget {
  Q_OBJECT
 public:
  explicit MemoryInspector(QWidget* parent = nullptr);
  ~MemoryInspector() override;

  // A new model (or the same file rewritten, e.g. retrained) drops the shown analysis and
  // checks (off the GUI thread) whether the model has a memory at all; Compute lays it out.
  void setModelPath(const QString& path);
  QString modelPath() const { return modelPath_; }
  bool isBusy() const;

  mdd::MemoryAnalysisOptions options() const;  // from the perplexity, seed, iteration spins
  // The analysis shown; ok false until one has been computed for this model.
  const MemoryOutcome& lastOutcome() const { return outcome_; }
  int currentScale() const;  // -1 without an analysis
  MemoryScatter* scatter() const { return scatter_; }
  QString messageText() const;  // what the page says instead of a plot (empty when plotted)
  QString statusText() const;

  // The plot as PNG (twice pngExportSize()'s logical size, so print-sharp) or vector PDF,
  // written atomically. On failure they return false, put the reason (naming the file)
  // in *error when given and in the status label.
  bool exportPng(const QString& file, QString* error = nullptr);
  bool exportPdf(const QString& file, QString* error = nullptr);
  QSize pngExportSize() const;  // in pixels

 public slots:
  void compute();
  void cancel();
  void setScale(int scale);  // a scale of the analysis; others are ignored

 signals:
  void computed();
  void failed(const QString& message);
  void busyChanged(bool busy);

 private:
  enum class Format { Png, Pdf };
  QWidget* buildSide();
  void probeModel();
  void jobFinished(const MemoryOutcome& outcome);
  void showScale();
  // The page's message and the status line, worded again after a language change.
  void showMessage(std::function<QString()> text);
  void showStatus(std::function<QString()> text);
  void nameScales();  // the scale combo's items in the current language
  void setBusy(bool busy);
  void updateButtons();
  QSize exportBaseSize() const;
  bool exportPlot(const QString& file, Format format, QString* error);
  void exportClicked(Format format);

  MemoryJob* job_ = nullptr;
  MemoryOutcome outcome_;
  QString modelPath_;
  QDateTime analysedModelTime_;  // of the file the shown analysis (or the run) read
  bool noMemory_ = false;        // the open model has no memory: nothing to compute
  int probeGeneration_ = 0;

  QLabel* modelLabel_ = nullptr;
  QDoubleSpinBox* perplexity_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QSpinBox* iterations_ = nullptr;
  QPushButton* computeButton_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QComboBox* scaleCombo_ = nullptr;
  MemoryScaleStats* stats_ = nullptr;
  QPushButton* pngButton_ = nullptr;
  QPushButton* pdfButton_ = nullptr;
  QLabel* status_ = nullptr;
  QStackedWidget* stack_ = nullptr;
  QLabel* message_ = nullptr;
  MemoryScatter* scatter_ = nullptr;
};

}  // namespace mddui
