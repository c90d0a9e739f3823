#pragma once
// The words a training run is described in: progress bar text, durations, log lines.
#include <QCoreApplication>
#include <QString>

#include "training/training_update.h"

namespace mddui {

class ProgressText {
  Q_DECLARE_TR_FUNCTIONS(mddui::ProgressText)
 public:
  // "45 s", "3 min 20 s", "2 h 05 min".
  static QString duration(double seconds);
  // "step 12 / 200 · 3.1 img/s · ETA 3 min 20 s"
  static QString progress(const TrainingUpdate& update);
  // "step 12 / 200  loss 0.8123 (restoration …)  lr 0.0005", for the log; the rate is
  // left out when not known (<= 0).
  static QString lossLine(int step, int totalSteps, const mdd::LossValues& losses,
                          double learningRate);
};

}  // namespace mddui
