#include "training/training_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

#include "mdd/backbones.h"
#include "mdd/runtime.h"

namespace mddui {
namespace {

template <typename W>
W* named(W* widget, const char* name) {
  widget->setObjectName(QLatin1String(name));
  return widget;
}

void selectData(QComboBox* combo, const QVariant& value) {
  const int index = combo->findData(value);
  if (index >= 0) combo->setCurrentIndex(index);
}

}  // namespace

TrainingForm::TrainingForm(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("trainingForm"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(createBasicFields());
  layout->addWidget(createAdvancedGroup());
  layout->addStretch(1);
  setConfig(mdd::TrainConfig());
}

QWidget* TrainingForm::createBasicFields() {
  auto* box = named(new QGroupBox(tr("Training"), this), "trainingBasicGroup");
  auto* form = new QFormLayout(box);

  backbone_ = named(new QComboBox(box), "backboneCombo");
  backbone_->setToolTip(tr("The pretrained teacher network whose features MDD-Net restores."));
  fillBackbones();
  form->addRow(tr("&Backbone:"), backbone_);

  imageSize_ = named(new QSpinBox(box), "imageSizeSpin");
  imageSize_->setRange(32, 1024);
  imageSize_->setSingleStep(32);
  imageSize_->setSuffix(tr(" px"));
  imageSize_->setToolTip(tr("Side of the square network input; larger finds smaller defects "
                            "but trains slower."));
  form->addRow(tr("&Image size:"), imageSize_);

  epochs_ = named(new QSpinBox(box), "epochsSpin");
  epochs_->setRange(1, 100000);
  epochs_->setToolTip(tr("Passes over the training images (ignored when iterations are set)."));
  form->addRow(tr("&Epochs:"), epochs_);

  batch_ = named(new QSpinBox(box), "batchSpin");
  batch_->setRange(1, 1024);
  batch_->setToolTip(tr("Images per step; lower it when memory runs out."));
  form->addRow(tr("Batch si&ze:"), batch_);

  device_ = named(new QComboBox(box), "deviceCombo");
  fillDevices();
  form->addRow(tr("&Device:"), device_);
  return box;
}

QGroupBox* TrainingForm::createAdvancedGroup() {
  advanced_ = named(new QGroupBox(tr("Advanced settings"), this), "advancedGroup");
  advanced_->setCheckable(true);
  advanced_->setChecked(false);
  auto* outer = new QVBoxLayout(advanced_);
  auto* content = named(new QWidget(advanced_), "advancedContent");
  outer->addWidget(content);
  auto* form = new QFormLayout(content);
  form->setContentsMargins(0, 0, 0, 0);

  iterations_ = named(new QSpinBox(content), "iterationsSpin");
  iterations_->setRange(0, 10000000);
  iterations_->setSpecialValueText(tr("use epochs"));
  iterations_->setToolTip(tr("Train exactly this many steps; 0 trains the epochs above."));
  form->addRow(tr("I&terations:"), iterations_);

  learningRate_ = named(new QDoubleSpinBox(content), "learningRateSpin");
  learningRate_->setDecimals(5);
  learningRate_->setRange(0.00001, 1.0);
  learningRate_->setSingleStep(0.0005);
  learningRate_->setToolTip(tr("At batch 16; scaled with the batch size."));
  form->addRow(tr("&Learning rate:"), learningRate_);

  seed_ = named(new QSpinBox(content), "seedSpin");
  seed_->setRange(0, INT_MAX);
  seed_->setToolTip(tr("The same seed and settings train the same model."));
  form->addRow(tr("&Seed:"), seed_);

  validationFraction_ = named(new QDoubleSpinBox(content), "validationFractionSpin");
  validationFraction_->setRange(0.0, 0.9);
  validationFraction_->setSingleStep(0.05);
  validationFraction_->setDecimals(2);
  validationFraction_->setValue(0.1);
  validationFraction_->setToolTip(tr("Share of each class's normal training images kept aside "
                                     "to fit its thresholds; changing it reloads the dataset."));
  connect(validationFraction_, &QDoubleSpinBox::valueChanged, this,
          &TrainingForm::validationFractionChanged);
  form->addRow(tr("&Validation fraction:"), validationFraction_);

  aspect_ = named(new QComboBox(content), "aspectCombo");
  aspect_->addItem(tr("Letterbox (keep aspect)"), int(mdd::InputResize::Letterbox));
  aspect_->addItem(tr("Squash to square"), int(mdd::InputResize::Squash));
  aspect_->addItem(tr("Centre crop"), int(mdd::InputResize::ShortSideCentreCrop));
  form->addRow(tr("&Aspect handling:"), aspect_);

  memory_ = named(new QCheckBox(tr("Class-aware memory (CMM)"), content), "memoryCheck");
  memory_->setToolTip(tr("Per-class memory banks on the restoration path."));
  form->addRow(QString(), memory_);

  mapSource_ = named(new QComboBox(content), "mapSourceCombo");
  mapSource_->addItem(tr("Teacher vs restoration (A_TR)"),
                      int(mdd::MapSource::TeacherRestoration));
  mapSource_->addItem(tr("Fused"), int(mdd::MapSource::Fused));
  mapSource_->addItem(tr("Restoration vs identity (A_RI)"),
                      int(mdd::MapSource::RestorationIdentity));
  form->addRow(tr("Anomaly &map:"), mapSource_);

  checkpointEvery_ = named(new QSpinBox(content), "checkpointEverySpin");
  checkpointEvery_->setRange(0, 10000000);
  checkpointEvery_->setSpecialValueText(tr("only on cancel"));
  checkpointEvery_->setSuffix(tr(" steps"));
  form->addRow(tr("&Checkpoint every:"), checkpointEvery_);

  // Collapsed by default: the title's check box opens and closes it. Closed, the box is cut
  // to its title, so no empty frame is drawn under it.
  const auto expand = [this, content](bool open) {
    content->setVisible(open);
    advanced_->setMaximumHeight(open ? QWIDGETSIZE_MAX : advanced_->fontMetrics().height() + 4);
  };
  expand(false);
  connect(advanced_, &QGroupBox::toggled, this, expand);
  return advanced_;
}

void TrainingForm::fillBackbones() {
  auto* model = qobject_cast<QStandardItemModel*>(backbone_->model());
  for (const auto& info : mdd::listBackbones()) {
    const QString id = QString::fromStdString(info.id);
    const bool installed = !mdd::findBackboneWeights(info.id).empty();
    const QString name = QString::fromStdString(info.displayName);
    backbone_->addItem(installed ? name : tr("%1 (weights not installed)").arg(name), id);
    const int row = backbone_->count() - 1;
    if (installed) continue;
    backbone_->setItemData(row, QString::fromStdString(info.weightHowTo), Qt::ToolTipRole);
    if (model) model->item(row)->setEnabled(false);  // listed, so people learn it exists
  }
}

void TrainingForm::fillDevices() {
  const mdd::RuntimeInfo runtime = mdd::runtimeInfo();
  device_->addItem(runtime.cudaAvailable ? tr("Auto (GPU)") : tr("Auto (CPU)"),
                   QStringLiteral("auto"));
  device_->addItem(tr("CPU"), QStringLiteral("cpu"));
  if (!runtime.cudaAvailable) return;
  for (int i = 0; i < runtime.cudaDeviceCount; ++i) {
    const QString name = i == 0 ? QString::fromStdString(runtime.cudaDeviceName) : QString();
    device_->addItem(name.isEmpty() ? tr("CUDA %1").arg(i) : tr("CUDA %1: %2").arg(i).arg(name),
                     QStringLiteral("cuda:%1").arg(i));
  }
}

QStringList TrainingForm::availableBackbones() const {
  QStringList ids;
  const auto* model = qobject_cast<const QStandardItemModel*>(backbone_->model());
  for (int i = 0; i < backbone_->count(); ++i)
    if (!model || model->item(i)->isEnabled()) ids << backbone_->itemData(i).toString();
  return ids;
}

mdd::TrainConfig TrainingForm::config() const {
  mdd::TrainConfig c = base_;
  auto& network = c.model.network;
  network.backbone = backbone_->currentData().toString().toStdString();
  network.inputWidth = network.inputHeight = imageSize_->value();
  network.resize = static_cast<mdd::InputResize>(aspect_->currentData().toInt());
  network.memory.enabled = memory_->isChecked();
  c.model.maps.source = static_cast<mdd::MapSource>(mapSource_->currentData().toInt());
  c.epochs = epochs_->value();
  c.batchSize = batch_->value();
  c.device = device_->currentData().toString().toStdString();
  c.iterations = iterations_->value();
  c.learningRate = learningRate_->value();
  c.seed = static_cast<std::uint64_t>(seed_->value());
  c.checkpointEvery = checkpointEvery_->value();
  return c;
}

void TrainingForm::setConfig(const mdd::TrainConfig& config) {
  base_ = config;
  const auto& network = config.model.network;
  selectData(backbone_, QString::fromStdString(network.backbone));
  imageSize_->setValue(network.inputWidth);
  selectData(aspect_, int(network.resize));
  memory_->setChecked(network.memory.enabled);
  selectData(mapSource_, int(config.model.maps.source));
  epochs_->setValue(config.epochs);
  batch_->setValue(config.batchSize);
  // A device this machine lacks (a config from a GPU server) falls back to Auto.
  const int device = device_->findData(QString::fromStdString(config.device));
  device_->setCurrentIndex(device >= 0 ? device : 0);
  iterations_->setValue(config.iterations);
  learningRate_->setValue(config.learningRate);
  seed_->setValue(static_cast<int>(std::min<std::uint64_t>(config.seed, INT_MAX)));
  checkpointEvery_->setValue(config.checkpointEvery);
}

double TrainingForm::validationFraction() const { return validationFraction_->value(); }

void TrainingForm::setValidationFraction(double fraction) {
  validationFraction_->setValue(fraction);
}

}  // namespace mddui
