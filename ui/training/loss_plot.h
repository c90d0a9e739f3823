#pragma once
// Live loss curves: one graph per MDD-Net loss term against the training step.
#include <QWidget>

#include "mdd/train.h"

class QCheckBox;
class QCustomPlot;
class QTimer;

namespace mddui {

class LossPlot : public QWidget {
  Q_OBJECT
 public:
  explicit LossPlot(QWidget* parent = nullptr);

  // Adds one step's loss terms. A step at or before the last one replaces the curve from
  // there on (a resumed run repeats nothing, a restarted one starts over).
  void addPoint(int step, const mdd::LossValues& losses);
  void clear();
  int pointCount() const;  // steps on the curves

  bool logScale() const;
  void setLogScale(bool on);

  // Redraws now instead of at the next throttled tick.
  void replotNow();
  int replotCount() const { return replots_; }
  QCustomPlot* customPlot() const { return plot_; }

 private:
  void scheduleReplot();

  QCustomPlot* plot_ = nullptr;
  QCheckBox* logScaleCheck_ = nullptr;
  QTimer* replotTimer_ = nullptr;
  int replots_ = 0;
};

}  // namespace mddui
