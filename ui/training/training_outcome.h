#pragma once
// How a training run ended, as a value delivered once by TrainingJob::finished.
#include <QMetaType>
#include <QString>

namespace mddui {

struct TrainingOutcome {
  bool ok = false;         // the model was trained, calibrated and saved to modelPath
  bool cancelled = false;  // stopped by cancel(); a checkpoint lets Resume continue
  QString modelPath;
  QString checkpointPath;  // the checkpoint left on disk, empty when none remains
  int stepsDone = 0;       // counted from the start of the run, resumed steps included
  int totalSteps = 0;
  double seconds = 0;      // wall time of this run (not of earlier, resumed parts)
  QString error;           // for people: what failed and what to do; empty when ok or cancelled
};

}  // namespace mddui

Q_DECLARE_METATYPE(mddui::TrainingOutcome)
