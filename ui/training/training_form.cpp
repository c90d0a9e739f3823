#include "training/training_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

#include "common/retranslate.h"
#include "training/synthesis_settings.h"
#include "mdd/backbones.h"
#include "mdd/runtime.h"

namespace mddui {
namespace {

template <typename W>
W* named(W* widget, const char* name) {
  widget->setObjectName(QLatin1String(name));
  return widget;
}

// Where a combo item keeps the name that its text is made from.
constexpr int kNameRole = Qt::UserRole + 1;

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
  auto* box = named(new QGroupBox(this), "trainingBasicGroup");
  auto* form = new QFormLayout(box);

  backbone_ = named(new QComboBox(box), "backboneCombo");
  fillBackbones();
  addFormRow(form, backbone_);

  imageSize_ = named(new QSpinBox(box), "imageSizeSpin");
  imageSize_->setRange(32, 1024);
  imageSize_->setSingleStep(32);
  addFormRow(form, imageSize_);

  epochs_ = named(new QSpinBox(box), "epochsSpin");
  epochs_->setRange(1, 100000);
  addFormRow(form, epochs_);

  batch_ = named(new QSpinBox(box), "batchSpin");
  batch_->setRange(1, 1024);
  addFormRow(form, batch_);

  device_ = named(new QComboBox(box), "deviceCombo");
  fillDevices();
  addFormRow(form, device_);

  retranslate(box, [=] {
    box->setTitle(tr("Training"));
    backbone_->setToolTip(tr("The pretrained teacher network whose features MDD-Net restores."));
    formLabel(form, backbone_)->setText(tr("&Backbone:"));
    imageSize_->setSuffix(tr(" px"));
    imageSize_->setToolTip(
        tr("Side of the square network input; larger finds smaller defects "
           "but trains slower."));
    formLabel(form, imageSize_)->setText(tr("&Image size:"));
    epochs_->setToolTip(tr("Passes over the training images (ignored when iterations are set)."));
    formLabel(form, epochs_)->setText(tr("&Epochs:"));
    batch_->setToolTip(tr("Images per step; lower it when memory runs out."));
    formLabel(form, batch_)->setText(tr("Batch si&ze:"));
    formLabel(form, device_)->setText(tr("&Device:"));
    nameBackbones();
    nameDevices();
  });
  return box;
}

QGroupBox* TrainingForm::createAdvancedGroup() {
  advanced_ = named(new QGroupBox(this), "advancedGroup");
  advanced_->setCheckable(true);
  advanced_->setChecked(false);
  auto* outer = new QVBoxLayout(advanced_);
  auto* content = named(new QWidget(advanced_), "advancedContent");
  outer->addWidget(content);
  auto* form = new QFormLayout(content);
  form->setContentsMargins(0, 0, 0, 0);

  iterations_ = named(new QSpinBox(content), "iterationsSpin");
  iterations_->setRange(0, 10000000);
  addFormRow(form, iterations_);

  learningRate_ = named(new QDoubleSpinBox(content), "learningRateSpin");
  learningRate_->setDecimals(5);
  learningRate_->setRange(0.00001, 1.0);
  learningRate_->setSingleStep(0.0005);
  addFormRow(form, learningRate_);

  seed_ = named(new QSpinBox(content), "seedSpin");
  seed_->setRange(0, INT_MAX);
  addFormRow(form, seed_);

  validationFraction_ = named(new QDoubleSpinBox(content), "validationFractionSpin");
  validationFraction_->setRange(0.0, 0.9);
  validationFraction_->setSingleStep(0.05);
  validationFraction_->setDecimals(2);
  validationFraction_->setValue(0.1);
  connect(validationFraction_, &QDoubleSpinBox::valueChanged, this,
          &TrainingForm::validationFractionChanged);
  addFormRow(form, validationFraction_);

  aspect_ = named(new QComboBox(content), "aspectCombo");
  aspect_->addItem(QString(), int(mdd::InputResize::Letterbox));
  aspect_->addItem(QString(), int(mdd::InputResize::Squash));
  aspect_->addItem(QString(), int(mdd::InputResize::ShortSideCentreCrop));
  addFormRow(form, aspect_);

  memory_ = named(new QCheckBox(content), "memoryCheck");
  form->addRow(QString(), memory_);

  mapSource_ = named(new QComboBox(content), "mapSourceCombo");
  mapSource_->addItem(QString(), int(mdd::MapSource::Fused));
  mapSource_->addItem(QString(), int(mdd::MapSource::TeacherRestoration));
  mapSource_->addItem(QString(), int(mdd::MapSource::RestorationIdentity));
  addFormRow(form, mapSource_);

  checkpointEvery_ = named(new QSpinBox(content), "checkpointEverySpin");
  checkpointEvery_->setRange(0, 10000000);
  addFormRow(form, checkpointEvery_);

  auto* synthesisTitle = named(new QLabel(content), "synthesisTitle");
  QFont bold = synthesisTitle->font();
  bold.setBold(true);
  synthesisTitle->setFont(bold);
  form->addRow(synthesisTitle);
  synthesis_ = new SynthesisSettings(content);
  form->addRow(synthesis_);

  // Collapsed by default: the title's check box opens and closes it. Closed, the box is cut
  // to its title, so no empty frame is drawn under it.
  const auto expand = [this, content](bool open) {
    content->setVisible(open);
    advanced_->setMaximumHeight(open ? QWIDGETSIZE_MAX : advanced_->fontMetrics().height() + 4);
  };
  expand(false);
  connect(advanced_, &QGroupBox::toggled, this, expand);

  retranslate(advanced_, [=] {
    advanced_->setTitle(tr("Advanced settings"));
    iterations_->setSpecialValueText(tr("use epochs"));
    iterations_->setToolTip(tr("Train exactly this many steps; 0 trains the epochs above."));
    formLabel(form, iterations_)->setText(tr("I&terations:"));
    learningRate_->setToolTip(tr("At batch 16; scaled with the batch size."));
    formLabel(form, learningRate_)->setText(tr("&Learning rate:"));
    seed_->setToolTip(tr("The same seed and settings train the same model."));
    formLabel(form, seed_)->setText(tr("&Seed:"));
    validationFraction_->setToolTip(
        tr("Share of each class's normal training images kept aside to fit its thresholds; "
           "changing it reloads the dataset."));
    formLabel(form, validationFraction_)->setText(tr("&Validation fraction:"));
    setItemTexts(aspect_,
                 {tr("Letterbox (keep aspect)"), tr("Squash to square"), tr("Centre crop")});
    formLabel(form, aspect_)->setText(tr("&Aspect handling:"));
    memory_->setText(tr("Class-aware memory (CMM)"));
    memory_->setToolTip(tr("Per-class memory banks on the restoration path."));
    setItemTexts(mapSource_, {tr("Fused"), tr("Teacher vs restoration (A_TR)"),
                              tr("Restoration vs identity (A_RI)")});
    formLabel(form, mapSource_)->setText(tr("Anomaly &map:"));
    checkpointEvery_->setSpecialValueText(tr("only on cancel"));
    checkpointEvery_->setSuffix(tr(" steps"));
    formLabel(form, checkpointEvery_)->setText(tr("&Checkpoint every:"));
    synthesisTitle->setText(tr("Synthetic anomalies"));
    if (!advanced_->isChecked()) advanced_->setMaximumHeight(advanced_->fontMetrics().height() + 4);
  });
  return advanced_;
}

void TrainingForm::fillBackbones() {
  auto* model = qobject_cast<QStandardItemModel*>(backbone_->model());
  for (const auto& info : mdd::listBackbones()) {
    const QString id = QString::fromStdString(info.id);
    const bool installed = !mdd::findBackboneWeights(info.id).empty();
    backbone_->addItem(QString(), id);
    const int row = backbone_->count() - 1;
    backbone_->setItemData(row, QString::fromStdString(info.displayName), kNameRole);
    if (installed) continue;
    backbone_->setItemData(row, QString::fromStdString(info.weightHowTo), Qt::ToolTipRole);
    if (model) model->item(row)->setEnabled(false);  // listed, so people learn it exists
  }
}

void TrainingForm::nameBackbones() {
  const auto* model = qobject_cast<const QStandardItemModel*>(backbone_->model());
  for (int i = 0; i < backbone_->count(); ++i) {
    const QString name = backbone_->itemData(i, kNameRole).toString();
    const bool installed = !model || model->item(i)->isEnabled();
    backbone_->setItemText(i, installed ? name : tr("%1 (weights not installed)").arg(name));
  }
}

void TrainingForm::fillDevices() {
  const mdd::RuntimeInfo runtime = mdd::runtimeInfo();
  device_->addItem(QString(), QStringLiteral("auto"));
  device_->addItem(QString(), QStringLiteral("cpu"));
  if (!runtime.cudaAvailable) return;
  for (int i = 0; i < runtime.cudaDeviceCount; ++i) {
    const QString name = i == 0 ? QString::fromStdString(runtime.cudaDeviceName) : QString();
    device_->addItem(QString(), QStringLiteral("cuda:%1").arg(i));
    device_->setItemData(device_->count() - 1, name, kNameRole);
  }
}

void TrainingForm::nameDevices() {
  const bool gpu = device_->findData(QStringLiteral("cuda:0")) >= 0;  // see fillDevices
  for (int i = 0; i < device_->count(); ++i) {
    const QString id = device_->itemData(i).toString();
    const QString name = device_->itemData(i, kNameRole).toString();
    if (id == QLatin1String("auto"))
      device_->setItemText(i, gpu ? tr("Auto (GPU)") : tr("Auto (CPU)"));
    else if (id == QLatin1String("cpu"))
      device_->setItemText(i, tr("CPU"));
    else
      device_->setItemText(i, name.isEmpty() ? tr("CUDA %1").arg(id.mid(5))
                                             : tr("CUDA %1: %2").arg(id.mid(5), name));
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
  synthesis_->apply(c);
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
  synthesis_->setConfig(config);
}

double TrainingForm::validationFraction() const { return validationFraction_->value(); }

void TrainingForm::setValidationFraction(double fraction) {
  validationFraction_->setValue(fraction);
}

}  // namespace mddui
