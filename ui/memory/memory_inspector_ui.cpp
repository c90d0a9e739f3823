// MemoryInspector's side panel: the t-SNE settings, Compute / Cancel, the scale choice,
// the scale's numbers and the export buttons (the behaviour is in memory_inspector.cpp).
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

#include "common/retranslate.h"
#include "memory/memory_inspector.h"
#include "memory/memory_scale_stats.h"

namespace mddui {

QWidget* MemoryInspector::buildSide() {
  auto* side = new QWidget(this);
  side->setObjectName(QStringLiteral("memorySidePanel"));
  side->setFixedWidth(320);  // the plot takes every pixel the controls do not need
  auto* column = new QVBoxLayout(side);
  column->setContentsMargins(0, 0, 0, 0);

  modelLabel_ = new QLabel(side);
  modelLabel_->setObjectName(QStringLiteral("memoryModelLabel"));
  modelLabel_->setWordWrap(true);
  modelLabel_->setTextFormat(Qt::PlainText);
  column->addWidget(modelLabel_);

  auto* tsneBox = new QGroupBox(side);
  auto* form = new QFormLayout(tsneBox);
  perplexity_ = new QDoubleSpinBox(tsneBox);
  perplexity_->setObjectName(QStringLiteral("perplexitySpin"));
  perplexity_->setRange(2.0, 100.0);
  perplexity_->setDecimals(1);
  perplexity_->setValue(mdd::MemoryAnalysisOptions().perplexity);
  addFormRow(form, perplexity_);
  seed_ = new QSpinBox(tsneBox);
  seed_->setObjectName(QStringLiteral("tsneSeedSpin"));
  seed_->setRange(0, std::numeric_limits<int>::max());
  addFormRow(form, seed_);
  iterations_ = new QSpinBox(tsneBox);
  iterations_->setObjectName(QStringLiteral("tsneIterationsSpin"));
  iterations_->setRange(250, 10000);  // the first 250 are the early exaggeration
  iterations_->setSingleStep(250);
  iterations_->setValue(mdd::MemoryAnalysisOptions().iterations);
  addFormRow(form, iterations_);
  auto* buttons = new QHBoxLayout;
  computeButton_ = new QPushButton(tsneBox);
  computeButton_->setObjectName(QStringLiteral("computeMemoryButton"));
  computeButton_->setDefault(true);
  cancelButton_ = new QPushButton(tsneBox);
  cancelButton_->setObjectName(QStringLiteral("cancelMemoryButton"));
  buttons->addWidget(computeButton_);
  buttons->addWidget(cancelButton_);
  form->addRow(buttons);
  progress_ = new QProgressBar(tsneBox);
  progress_->setObjectName(QStringLiteral("memoryProgress"));
  progress_->setRange(0, 1);
  progress_->setValue(0);
  form->addRow(progress_);
  column->addWidget(tsneBox);
  connect(computeButton_, &QPushButton::clicked, this, &MemoryInspector::compute);
  connect(cancelButton_, &QPushButton::clicked, this, &MemoryInspector::cancel);

  auto* scaleBox = new QGroupBox(side);
  auto* scaleLayout = new QVBoxLayout(scaleBox);
  scaleCombo_ = new QComboBox(scaleBox);
  scaleCombo_->setObjectName(QStringLiteral("memoryScaleCombo"));
  scaleLayout->addWidget(scaleCombo_);
  column->addWidget(scaleBox);
  connect(scaleCombo_, &QComboBox::currentIndexChanged, this, &MemoryInspector::showScale);

  stats_ = new MemoryScaleStats(side);
  column->addWidget(stats_);

  auto* exportRow = new QHBoxLayout;
  pngButton_ = new QPushButton(side);
  pngButton_->setObjectName(QStringLiteral("exportMemoryPngButton"));
  pdfButton_ = new QPushButton(side);
  pdfButton_->setObjectName(QStringLiteral("exportMemoryPdfButton"));
  exportRow->addWidget(pngButton_);
  exportRow->addWidget(pdfButton_);
  column->addLayout(exportRow);
  connect(pngButton_, &QPushButton::clicked, this, [this] { exportClicked(Format::Png); });
  connect(pdfButton_, &QPushButton::clicked, this, [this] { exportClicked(Format::Pdf); });

  status_ = new QLabel(side);
  status_->setObjectName(QStringLiteral("memoryStatusLabel"));
  status_->setWordWrap(true);
  column->addWidget(status_);
  column->addStretch(1);

  retranslate(side, [=] {
    tsneBox->setTitle(tr("t-SNE layout"));
    perplexity_->setToolTip(
        tr("Effective number of neighbours; lowered for scales with few items."));
    formLabel(form, perplexity_)->setText(tr("Perplexity:"));
    // The engine starts t-SNE from the items' principal components, so the seed only
    // matters when that start falls back to random positions (items without 2-D spread).
    seed_->setToolTip(
        tr("Seed for a random start of the layout. The same settings always "
           "give the same layout."));
    formLabel(form, seed_)->setText(tr("Seed:"));
    formLabel(form, iterations_)->setText(tr("Iterations:"));
    computeButton_->setText(tr("Compute"));
    cancelButton_->setText(tr("Cancel"));
    scaleBox->setTitle(tr("Teacher scale"));
    nameScales();
    pngButton_->setText(tr("Export PNG…"));
    pdfButton_->setText(tr("Export PDF…"));
  });
  return side;
}

}  // namespace mddui
