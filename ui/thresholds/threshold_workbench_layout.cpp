// ThresholdWorkbench's widgets and their connections (the behaviour is in
// threshold_workbench.cpp).
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "common/retranslate.h"
#include "thresholds/confusion_view.h"
#include "thresholds/curve_plots.h"
#include "thresholds/score_histogram.h"
#include "thresholds/threshold_workbench.h"
#include "thresholds/workbench_metrics_table.h"

namespace mddui {
namespace {

QDoubleSpinBox* scoreSpin(QWidget* parent, const char* name) {
  auto* spin = new QDoubleSpinBox(parent);
  spin->setObjectName(QLatin1String(name));
  // Values arrive on Enter, focus loss or an arrow step, not on every typed digit.
  spin->setKeyboardTracking(false);
  spin->setAlignment(Qt::AlignRight);
  return spin;
}

}  // namespace

void ThresholdWorkbench::buildLayout() {
  histogram_ = new ScoreHistogram(this);
  curves_ = new CurvePlots(this);
  confusion_ = new ConfusionView(this);

  auto* bottom = new QWidget(this);
  auto* bottomLayout = new QHBoxLayout(bottom);
  bottomLayout->setContentsMargins(0, 0, 0, 0);
  bottomLayout->addWidget(curves_, 2);
  bottomLayout->addWidget(confusion_, 1);

  auto* plots = new QSplitter(Qt::Vertical, this);
  plots->setObjectName(QStringLiteral("workbenchPlotSplitter"));
  plots->addWidget(histogram_);
  plots->addWidget(bottom);
  plots->setStretchFactor(0, 3);
  plots->setStretchFactor(1, 2);
  plots->setChildrenCollapsible(false);

  auto* main = new QSplitter(Qt::Horizontal, this);
  main->setObjectName(QStringLiteral("workbenchSplitter"));
  main->addWidget(buildControls());
  main->addWidget(plots);
  main->setStretchFactor(0, 0);
  main->setStretchFactor(1, 1);
  main->setChildrenCollapsible(false);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(main);
  connectControls();
}

QWidget* ThresholdWorkbench::buildControls() {
  auto* panel = new QWidget(this);
  panel->setObjectName(QStringLiteral("workbenchControls"));

  classCombo_ = new QComboBox(panel);
  classCombo_->setObjectName(QStringLiteral("workbenchClassCombo"));
  classCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  classCombo_->setMinimumContentsLength(12);

  methodCombo_ = new QComboBox(panel);
  methodCombo_->setObjectName(QStringLiteral("thresholdMethodCombo"));
  for (auto method : {mdd::ThresholdMethod::F1Optimal, mdd::ThresholdMethod::MaxNormalScore,
                      mdd::ThresholdMethod::TargetFpr, mdd::ThresholdMethod::Manual})
    methodCombo_->addItem(QString(), static_cast<int>(method));

  targetFprSpin_ = new QDoubleSpinBox(panel);
  targetFprSpin_->setObjectName(QStringLiteral("targetFprSpin"));
  targetFprSpin_->setRange(0.0, 100.0);
  targetFprSpin_->setDecimals(1);
  targetFprSpin_->setSingleStep(1.0);
  targetFprSpin_->setKeyboardTracking(false);

  thresholdSpin_ = scoreSpin(panel, "thresholdSpin");

  auto* thresholdBox = new QGroupBox(panel);
  auto* thresholdForm = new QFormLayout(thresholdBox);
  addFormRow(thresholdForm, methodCombo_);
  addFormRow(thresholdForm, targetFprSpin_);
  addFormRow(thresholdForm, thresholdSpin_);

  bandCheck_ = new QCheckBox(panel);
  bandCheck_->setObjectName(QStringLiteral("bandCheck"));
  bandLowerSpin_ = scoreSpin(panel, "bandLowerSpin");
  bandUpperSpin_ = scoreSpin(panel, "bandUpperSpin");
  auto* bandBox = new QGroupBox(panel);
  auto* bandForm = new QFormLayout(bandBox);
  bandForm->addRow(bandCheck_);
  addFormRow(bandForm, bandLowerSpin_);
  addFormRow(bandForm, bandUpperSpin_);

  countsLabel_ = new QLabel(panel);
  countsLabel_->setObjectName(QStringLiteral("workbenchCountsLabel"));
  countsLabel_->setWordWrap(true);
  statusLabel_ = new QLabel(panel);
  statusLabel_->setObjectName(QStringLiteral("workbenchStatusLabel"));
  statusLabel_->setWordWrap(true);
  statusLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  metricsTable_ = new WorkbenchMetricsTable(panel);

  revertButton_ = new QPushButton(panel);
  revertButton_->setObjectName(QStringLiteral("revertThresholdsButton"));
  saveButton_ = new QPushButton(panel);
  saveButton_->setObjectName(QStringLiteral("saveThresholdsButton"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(revertButton_);
  buttons->addStretch(1);
  buttons->addWidget(saveButton_);

  auto* classRow = new QFormLayout;
  addFormRow(classRow, classCombo_);

  auto* layout = new QVBoxLayout(panel);
  layout->setContentsMargins(0, 0, 6, 0);
  layout->addLayout(classRow);
  layout->addWidget(thresholdBox);
  layout->addWidget(bandBox);
  layout->addWidget(countsLabel_);
  layout->addWidget(metricsTable_);
  layout->addWidget(statusLabel_);
  layout->addStretch(1);
  layout->addLayout(buttons);
  panel->setMinimumWidth(290);
  panel->setMaximumWidth(420);

  retranslate(panel, [=] {
    formLabel(classRow, classCombo_)->setText(tr("Class:"));
    thresholdBox->setTitle(tr("Threshold"));
    setItemTexts(methodCombo_,
                 {tr("F1-optimal"), tr("Max normal score"), tr("Target FPR"), tr("Manual")});
    methodCombo_->setToolTip(
        tr("Choosing a method fits the threshold on this run's scores of "
           "the class (images with ground truth)"));
    formLabel(thresholdForm, methodCombo_)->setText(tr("Method:"));
    targetFprSpin_->setSuffix(tr(" %"));
    targetFprSpin_->setToolTip(tr("At most this share of normal images is called a defect"));
    formLabel(thresholdForm, targetFprSpin_)->setText(tr("Target FPR:"));
    thresholdSpin_->setToolTip(tr("Raw image score: a score above it is a defect"));
    formLabel(thresholdForm, thresholdSpin_)->setText(tr("Threshold t:"));
    bandBox->setTitle(tr("Uncertain band"));
    bandCheck_->setText(tr("Needs-review band"));
    bandCheck_->setToolTip(
        tr("Scores above T2 are defects, between T1 and T2 need review, "
           "at or below T1 are good"));
    formLabel(bandForm, bandLowerSpin_)->setText(tr("T1 (review above):"));
    formLabel(bandForm, bandUpperSpin_)->setText(tr("T2 (defect above):"));
    revertButton_->setText(tr("Revert"));
    revertButton_->setToolTip(tr("Restore the thresholds the model was loaded with"));
    saveButton_->setText(tr("Save to model"));
    saveButton_->setToolTip(tr("Write every class's thresholds into the model file"));
    // What depends on the class shown: the methods' "why not" tooltips and the counts.
    if (index_ >= 0) updateMethodItems();
    showCounts();
  });
  return panel;
}

void ThresholdWorkbench::connectControls() {
  connect(classCombo_, &QComboBox::currentIndexChanged, this, &ThresholdWorkbench::onClassChosen);
  // activated, not currentIndexChanged: choosing the shown method again refits it.
  connect(methodCombo_, &QComboBox::activated, this, &ThresholdWorkbench::onMethodActivated);
  connect(targetFprSpin_, &QDoubleSpinBox::valueChanged, this,
          &ThresholdWorkbench::onTargetFprEdited);
  connect(thresholdSpin_, &QDoubleSpinBox::valueChanged, this, &ThresholdWorkbench::setThreshold);
  connect(bandCheck_, &QCheckBox::toggled, this, &ThresholdWorkbench::onBandToggled);
  connect(bandLowerSpin_, &QDoubleSpinBox::valueChanged, this,
          &ThresholdWorkbench::onBandLowerEdited);
  connect(bandUpperSpin_, &QDoubleSpinBox::valueChanged, this,
          &ThresholdWorkbench::onBandUpperEdited);
  connect(histogram_, &ScoreHistogram::thresholdDragged, this, &ThresholdWorkbench::setThreshold);
  connect(histogram_, &ScoreHistogram::bandDragged, this, [this](double lower, double upper) {
    setBand(mdd::UncertainBand{lower, upper});
  });
  connect(saveButton_, &QPushButton::clicked, this, [this] { emit saveRequested(current_); });
  connect(revertButton_, &QPushButton::clicked, this, &ThresholdWorkbench::revert);
}

}  // namespace mddui
