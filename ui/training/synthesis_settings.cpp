#include "training/synthesis_settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

#include "common/retranslate.h"

namespace mddui {
namespace {

template <typename W>
W* named(W* widget, const char* name) {
  widget->setObjectName(QLatin1String(name));
  return widget;
}

QDoubleSpinBox* fractionSpin(QWidget* parent, const char* name, double low, double high) {
  auto* spin = named(new QDoubleSpinBox(parent), name);
  spin->setRange(low, high);
  spin->setDecimals(2);
  spin->setSingleStep(0.05);
  return spin;
}

}  // namespace

SynthesisSettings::SynthesisSettings(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("synthesisSettings"));
  auto* form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);

  colour_ = named(new QComboBox(this), "synthesisColourCombo");
  colour_->addItem(QString(), int(mdd::SynthesisColour::FollowData));
  colour_->addItem(QString(), int(mdd::SynthesisColour::Grey));
  colour_->addItem(QString(), int(mdd::SynthesisColour::Colour));
  addFormRow(form, colour_);

  probability_ = fractionSpin(this, "anomalyProbabilitySpin", 0.0, 1.0);
  addFormRow(form, probability_);
  betaMax_ = fractionSpin(this, "betaMaxSpin", 0.0, 1.0);
  addFormRow(form, betaMax_);

  auto* scales = new QWidget(this);
  auto* scalesRow = new QHBoxLayout(scales);
  scalesRow->setContentsMargins(0, 0, 0, 0);
  minScale_ = named(new QSpinBox(scales), "minScaleSpin");
  maxScale_ = named(new QSpinBox(scales), "maxScaleSpin");
  for (QSpinBox* s : {minScale_, maxScale_}) {
    s->setRange(0, 10);
    s->setPrefix(QStringLiteral("2^"));
    scalesRow->addWidget(s);
  }
  scalesRow->addStretch(1);
  // The range stays ordered whichever end is moved.
  connect(minScale_, &QSpinBox::valueChanged, this,
          [this](int v) { if (maxScale_->value() < v) maxScale_->setValue(v); });
  connect(maxScale_, &QSpinBox::valueChanged, this,
          [this](int v) { if (minScale_->value() > v) minScale_->setValue(v); });
  form->addRow(QString(), scales);
  QLabel* scalesLabel = new QLabel(this);
  scalesLabel->setBuddy(minScale_);
  form->setWidget(form->rowCount() - 1, QFormLayout::LabelRole, scalesLabel);

  threshold_ = fractionSpin(this, "noiseThresholdSpin", -0.95, 0.95);
  addFormRow(form, threshold_);

  rotation_ = named(new QCheckBox(this), "randomRotationCheck");
  augment_ = named(new QCheckBox(this), "augmentTextureCheck");
  foreground_ = named(new QCheckBox(this), "foregroundOnlyCheck");
  systemTextures_ = named(new QCheckBox(this), "systemTexturesCheck");
  imageTextures_ = named(new QCheckBox(this), "imageTexturesCheck");
  for (QCheckBox* c : {rotation_, augment_, foreground_, systemTextures_, imageTextures_})
    form->addRow(QString(), c);

  auto* folder = new QWidget(this);
  auto* folderRow = new QHBoxLayout(folder);
  folderRow->setContentsMargins(0, 0, 0, 0);
  textureFolder_ = named(new QLineEdit(folder), "textureFolderEdit");
  textureFolder_->setClearButtonEnabled(true);
  auto* browse = named(new QToolButton(folder), "textureFolderBrowse");
  browse->setText(QStringLiteral("…"));
  folderRow->addWidget(textureFolder_, 1);
  folderRow->addWidget(browse);
  form->addRow(QString(), folder);
  QLabel* folderLabel = new QLabel(this);
  folderLabel->setBuddy(textureFolder_);
  form->setWidget(form->rowCount() - 1, QFormLayout::LabelRole, folderLabel);
  connect(browse, &QToolButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Texture folder"),
                                                          textureFolder_->text());
    if (!dir.isEmpty()) textureFolder_->setText(dir);
  });

  retranslate(this, [=] {
    setItemTexts(colour_, {tr("Follow the data (grey on grey images)"), tr("Grey"),
                           tr("Colour")});
    colour_->setToolTip(tr("Grey training images get grey anomalies, so that colour alone "
                           "never marks a defect."));
    formLabel(form, colour_)->setText(tr("Anomaly c&olour:"));
    probability_->setToolTip(tr("Share of training images that get a synthetic anomaly."));
    formLabel(form, probability_)->setText(tr("Anomal&y share:"));
    betaMax_->setToolTip(tr("Up to this share of the original stays visible under the "
                            "painted texture."));
    formLabel(form, betaMax_)->setText(tr("&Blend up to:"));
    scales->setToolTip(tr("Perlin noise periods per image side: larger powers paint finer "
                          "speckle."));
    scalesLabel->setText(tr("Noise &periods:"));
    threshold_->setToolTip(tr("Noise above this value is painted: higher paints less."));
    formLabel(form, threshold_)->setText(tr("Noise t&hreshold:"));
    rotation_->setText(tr("Rotate anomaly shapes"));
    augment_->setText(tr("Vary texture colour and contrast"));
    foreground_->setText(tr("Paint on the object only"));
    foreground_->setToolTip(tr("For object classes: estimate each image's object and keep "
                               "anomalies on it."));
    systemTextures_->setText(tr("Use installed textures (GIMP patterns)"));
    imageTextures_->setText(tr("Use shuffled crops of the training images"));
    textureFolder_->setPlaceholderText(tr("optional: a folder of your own textures"));
    folderLabel->setText(tr("Te&xture folder:"));
  });
}

void SynthesisSettings::apply(mdd::TrainConfig& config) const {
  auto& s = config.synthesis;
  s.colour = static_cast<mdd::SynthesisColour>(colour_->currentData().toInt());
  s.anomalyProbability = probability_->value();
  s.betaMax = static_cast<float>(betaMax_->value());
  s.minScaleLog2 = minScale_->value();
  s.maxScaleLog2 = maxScale_->value();
  s.threshold = static_cast<float>(threshold_->value());
  s.randomRotation = rotation_->isChecked();
  s.augmentTexture = augment_->isChecked();
  config.restrictToForeground = foreground_->isChecked();
  config.systemTextures = systemTextures_->isChecked();
  config.trainingImageTextures = imageTextures_->isChecked();
  config.textureFolder = textureFolder_->text().trimmed().toStdString();
}

void SynthesisSettings::setConfig(const mdd::TrainConfig& config) {
  const auto& s = config.synthesis;
  const int colour = colour_->findData(int(s.colour));
  if (colour >= 0) colour_->setCurrentIndex(colour);
  probability_->setValue(s.anomalyProbability);
  betaMax_->setValue(s.betaMax);
  maxScale_->setValue(s.maxScaleLog2);
  minScale_->setValue(s.minScaleLog2);
  maxScale_->setValue(s.maxScaleLog2);  // again: setting min may have raised max
  threshold_->setValue(s.threshold);
  rotation_->setChecked(s.randomRotation);
  augment_->setChecked(s.augmentTexture);
  foreground_->setChecked(config.restrictToForeground);
  systemTextures_->setChecked(config.systemTextures);
  imageTextures_->setChecked(config.trainingImageTextures);
  textureFolder_->setText(QString::fromStdString(config.textureFolder));
}

}  // namespace mddui
