#pragma once
// The training settings a person edits. Edits a copy of an mdd::TrainConfig and gives it
// back whole, so fields the form does not show (network widths) survive.
#include <QWidget>

#include "mdd/train.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QSpinBox;

namespace mddui {

class SynthesisSettings;

class TrainingForm : public QWidget {
  Q_OBJECT
 public:
  explicit TrainingForm(QWidget* parent = nullptr);

  mdd::TrainConfig config() const;
  void setConfig(const mdd::TrainConfig& config);

  // Share of normal training images kept to fit thresholds. It belongs to dataset loading,
  // not to mdd::TrainConfig: the owner reloads the dataset when it changes.
  double validationFraction() const;
  void setValidationFraction(double fraction);

  // Backbone ids whose teacher weights are installed (the others are listed, disabled).
  QStringList availableBackbones() const;

 signals:
  void validationFractionChanged(double fraction);

 private:
  QWidget* createBasicFields();
  QGroupBox* createAdvancedGroup();
  void fillBackbones();
  void fillDevices();
  // The combos' item texts in the current language.
  void nameBackbones();
  void nameDevices();

  mdd::TrainConfig base_;
  QComboBox* backbone_ = nullptr;
  QSpinBox* imageSize_ = nullptr;
  QSpinBox* epochs_ = nullptr;
  QSpinBox* batch_ = nullptr;
  QComboBox* device_ = nullptr;
  QGroupBox* advanced_ = nullptr;
  QSpinBox* iterations_ = nullptr;
  QDoubleSpinBox* learningRate_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QDoubleSpinBox* validationFraction_ = nullptr;
  QComboBox* aspect_ = nullptr;
  QCheckBox* memory_ = nullptr;
  QComboBox* mapSource_ = nullptr;
  QSpinBox* checkpointEvery_ = nullptr;
  SynthesisSettings* synthesis_ = nullptr;
};

}  // namespace mddui
