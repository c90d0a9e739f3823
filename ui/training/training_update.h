#pragma once
// One progress report of a training run, as a value that crosses from the worker thread to
// the GUI thread through a queued signal.
#include <QMetaType>

#include <vector>

#include "mdd/train.h"

namespace mddui {

// The loss terms of one step, for the loss curves.
struct StepLosses {
  int step = 0;
  mdd::LossValues losses;
  double learningRate = 0;
};

// A copy of mdd::TrainProgress (the last step done) plus the losses of every step since the
// previous update: updates are throttled to about ten a second, but the curves keep every step.
struct TrainingUpdate {
  int step = 0;  // steps done
  int totalSteps = 0;
  int epoch = 0;
  double learningRate = 0;
  mdd::LossValues losses;  // of the last step
  double imagesPerSecond = 0;
  double elapsedSeconds = 0;
  double etaSeconds = 0;
  std::vector<StepLosses> steps;  // oldest first; the last one is `step`

  static TrainingUpdate fromProgress(const mdd::TrainProgress& p) {
    TrainingUpdate u;
    u.step = p.step;
    u.totalSteps = p.totalSteps;
    u.epoch = p.epoch;
    u.learningRate = p.learningRate;
    u.losses = p.losses;
    u.imagesPerSecond = p.imagesPerSecond;
    u.elapsedSeconds = p.elapsedSeconds;
    u.etaSeconds = p.etaSeconds;
    return u;
  }
};

}  // namespace mddui

Q_DECLARE_METATYPE(mddui::TrainingUpdate)
