#pragma once
// The class's image-score histogram, normal (blue) over anomalous (red) as the paper's
// Fig. 1, with the decision lines drawn on it and draggable: the threshold t (solid) and,
// when the uncertain band is on, T1 and T2 (dashed). Pressing within a few pixels of a line
// grabs the nearest one; moving drags it (T1 never passes T2) and reports the new value
// live; releasing lets go.
#include <QPoint>
#include <QWidget>

#include <optional>
#include <vector>

#include "mdd/thresholds.h"

class QCustomPlot;
class QCPBars;
class QCPItemStraightLine;
class QCPItemText;
class QMouseEvent;

namespace mddui {

class ScoreHistogram : public QWidget {
  Q_OBJECT
 public:
  explicit ScoreHistogram(QWidget* parent = nullptr);

  // Raw image scores by ground truth; `unlabelled` (a folder run) is drawn in grey.
  // Rebins and fits the score axis to the scores and the lines.
  void setScores(const std::vector<float>& normal, const std::vector<float>& anomalous,
                 const std::vector<float>& unlabelled = {});
  void setThreshold(double threshold);
  void setBand(const std::optional<mdd::UncertainBand>& band);  // nullopt hides T1/T2

  double threshold() const { return threshold_; }
  std::optional<mdd::UncertainBand> band() const { return band_; }
  int binCount() const { return bins_; }

  // Where the vertical line at `score` is, in customPlot() coordinates (mid-height of the
  // axes), so a test can press on it.
  QPoint linePixel(double score) const;
  QCustomPlot* customPlot() const { return plot_; }

 signals:
  void thresholdDragged(double threshold);
  void bandDragged(double lower, double upper);

 private:
  enum class Line { None, Threshold, Lower, Upper };

  void onPress(QMouseEvent* event);
  void onMove(QMouseEvent* event);
  void onRelease(QMouseEvent* event);
  Line lineNear(double pixelX, bool* bandTie) const;
  void dragTo(double value);
  void fitScoreAxis();
  void ensureVisible(double value);
  void updateLines();
  void scheduleReplot();
  void nameBars();  // the legend's names, in the current language

  QCustomPlot* plot_ = nullptr;
  QCPBars* normalBars_ = nullptr;
  QCPBars* anomalousBars_ = nullptr;
  QCPBars* unlabelledBars_ = nullptr;
  QCPItemStraightLine* thresholdLine_ = nullptr;
  QCPItemStraightLine* lowerLine_ = nullptr;
  QCPItemStraightLine* upperLine_ = nullptr;
  QCPItemText* thresholdText_ = nullptr;
  QCPItemText* lowerText_ = nullptr;
  QCPItemText* upperText_ = nullptr;

  std::vector<float> allScores_;
  double threshold_ = 0.0;
  std::optional<mdd::UncertainBand> band_;
  int bins_ = 0;
  std::size_t normalCount_ = 0, anomalousCount_ = 0, unlabelledCount_ = 0;
  Line dragging_ = Line::None;
  bool bandTie_ = false;   // T1 == T2 under the press: the first move picks which one
  double pressX_ = 0.0;
};

}  // namespace mddui
