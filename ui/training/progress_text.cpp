#include "training/progress_text.h"

#include <QLocale>

#include <cmath>

namespace mddui {

QString ProgressText::duration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return tr("unknown");
  const long total = std::lround(seconds);
  if (total < 60) return tr("%1 s").arg(total);
  if (total < 3600) return tr("%1 min %2 s").arg(total / 60).arg(total % 60);
  return tr("%1 h %2 min").arg(total / 3600).arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString ProgressText::progress(const TrainingUpdate& update) {
  const QLocale locale;
  return tr("step %1 / %2 · %3 img/s · ETA %4")
      .arg(locale.toString(update.step), locale.toString(update.totalSteps),
           locale.toString(update.imagesPerSecond, 'f', 1), duration(update.etaSeconds));
}

QString ProgressText::lossLine(int step, int totalSteps, const mdd::LossValues& losses,
                               double learningRate) {
  const QLocale locale;
  const auto v = [&locale](double x) { return locale.toString(x, 'f', 4); };
  const QString line = tr("step %1 / %2  loss %3 (restoration %4, identity %5, distillation %6, "
                          "memory class %7, memory reconstruction %8)")
                           .arg(locale.toString(step), locale.toString(totalSteps), v(losses.total),
                                v(losses.restoration), v(losses.identity), v(losses.distillation),
                                v(losses.memoryClass), v(losses.memoryReconstruction));
  if (learningRate > 0) return tr("%1  lr %2").arg(line, locale.toString(learningRate, 'g', 3));
  return line;
}

}  // namespace mddui
