#pragma once
// How training paints its synthetic anomalies (mdd::SynthesisConfig and the texture
// sources of mdd::TrainConfig): a section of the training form's advanced settings.
#include <QWidget>

#include "mdd/train.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace mddui {

class SynthesisSettings : public QWidget {
  Q_OBJECT
 public:
  explicit SynthesisSettings(QWidget* parent = nullptr);

  // Writes the section's fields into `config`, leaving every other field as it is.
  void apply(mdd::TrainConfig& config) const;
  void setConfig(const mdd::TrainConfig& config);

 private:
  QComboBox* colour_ = nullptr;
  QDoubleSpinBox* probability_ = nullptr;
  QDoubleSpinBox* betaMax_ = nullptr;
  QSpinBox* minScale_ = nullptr;
  QSpinBox* maxScale_ = nullptr;
  QDoubleSpinBox* threshold_ = nullptr;
  QCheckBox* rotation_ = nullptr;
  QCheckBox* augment_ = nullptr;
  QCheckBox* foreground_ = nullptr;
  QCheckBox* systemTextures_ = nullptr;
  QCheckBox* imageTextures_ = nullptr;
  QLineEdit* textureFolder_ = nullptr;
};

}  // namespace mddui
