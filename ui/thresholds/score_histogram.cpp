#include "thresholds/score_histogram.h"

#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include <qcustomplot.h>

#include "common/retranslate.h"

namespace mddui {
namespace {

constexpr double kGrabPixels = 6.0;  // how near a press must be to grab a line
const QColor kNormalColour(31, 119, 180);
const QColor kAnomalousColour(214, 39, 40);
const QColor kUnlabelledColour(127, 127, 127);
const QColor kThresholdColour(30, 30, 30);
const QColor kLowerColour(230, 145, 20);  // needs review starts here
const QColor kUpperColour(150, 20, 20);   // defect starts here

QCPBars* makeBars(QCustomPlot* plot, const QColor& colour) {
  auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
  QColor fill = colour;
  fill.setAlpha(110);  // overlaid, not stacked: both distributions stay visible
  bars->setBrush(fill);
  bars->setPen(QPen(colour.darker(120), 1));
  return bars;
}

QCPItemStraightLine* makeLine(QCustomPlot* plot, const QColor& colour, Qt::PenStyle style) {
  auto* line = new QCPItemStraightLine(plot);
  line->setPen(QPen(colour, 2, style));
  line->setSelectable(false);
  line->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
  line->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
  return line;
}

QCPItemText* makeText(QCustomPlot* plot, const QColor& colour, Qt::Alignment alignment) {
  auto* text = new QCPItemText(plot);
  text->setColor(colour);
  QFont font = plot->font();
  font.setBold(true);
  text->setFont(font);
  text->setPositionAlignment(alignment);
  text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
  text->setPadding(QMargins(3, 1, 3, 1));
  text->setBrush(QColor(255, 255, 255, 220));  // legible over bars and grid
  text->setPen(QPen(colour, 1));
  text->setSelectable(false);
  return text;
}

void placeLine(QCPItemStraightLine* line, QCPItemText* text, double x, double textY) {
  line->point1->setCoords(x, 0.0);
  line->point2->setCoords(x, 1.0);
  text->position->setCoords(x, textY);
}

}  // namespace

ScoreHistogram::ScoreHistogram(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("scoreHistogramWidget"));
  plot_ = new QCustomPlot(this);
  plot_->setObjectName(QStringLiteral("scoreHistogram"));
  plot_->setMinimumSize(360, 200);
  plot_->setMouseTracking(true);  // the cursor shows when a line can be grabbed
  auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();  // counts are whole numbers
  ticker->setTickStep(1.0);
  ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
  plot_->yAxis->setTicker(ticker);

  unlabelledBars_ = makeBars(plot_, kUnlabelledColour);
  normalBars_ = makeBars(plot_, kNormalColour);
  anomalousBars_ = makeBars(plot_, kAnomalousColour);

  plot_->legend->setVisible(true);
  plot_->legend->setFont(font());
  plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  plot_->legend->setBorderPen(Qt::NoPen);
  plot_->plotLayout()->addElement(1, 0, plot_->legend);
  plot_->plotLayout()->setRowStretchFactor(1, 0.001);

  thresholdLine_ = makeLine(plot_, kThresholdColour, Qt::SolidLine);
  lowerLine_ = makeLine(plot_, kLowerColour, Qt::DashLine);
  upperLine_ = makeLine(plot_, kUpperColour, Qt::DashLine);
  thresholdText_ = makeText(plot_, kThresholdColour, Qt::AlignTop | Qt::AlignHCenter);
  thresholdText_->setText(QStringLiteral("t"));
  // T1's label sits left of its line and T2's right of it, so a narrow band stays legible.
  lowerText_ = makeText(plot_, kLowerColour, Qt::AlignTop | Qt::AlignRight);
  lowerText_->setText(QStringLiteral("T1"));
  upperText_ = makeText(plot_, kUpperColour, Qt::AlignTop | Qt::AlignLeft);
  upperText_->setText(QStringLiteral("T2"));

  connect(plot_, &QCustomPlot::mousePress, this, &ScoreHistogram::onPress);
  connect(plot_, &QCustomPlot::mouseMove, this, &ScoreHistogram::onMove);
  connect(plot_, &QCustomPlot::mouseRelease, this, &ScoreHistogram::onRelease);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);  // customPlot() coordinates are this widget's
  layout->addWidget(plot_);
  setScores({}, {}, {});
  retranslate(this, [this] {
    plot_->xAxis->setLabel(tr("raw image score"));
    plot_->yAxis->setLabel(tr("images"));
    nameBars();
    usePlotLocale(plot_);
    scheduleReplot();
  });
}

void ScoreHistogram::nameBars() {
  const QLocale locale;
  normalBars_->setName(tr("normal (%1)").arg(locale.toString(qulonglong(normalCount_))));
  anomalousBars_->setName(tr("anomalous (%1)").arg(locale.toString(qulonglong(anomalousCount_))));
  unlabelledBars_->setName(
      tr("unlabelled (%1)").arg(locale.toString(qulonglong(unlabelledCount_))));
}

void ScoreHistogram::setScores(const std::vector<float>& normal,
                               const std::vector<float>& anomalous,
                               const std::vector<float>& unlabelled) {
  allScores_.clear();
  for (const auto* part : {&normal, &anomalous, &unlabelled})
    allScores_.insert(allScores_.end(), part->begin(), part->end());

  // One set of bin edges for all three, so the bars of a bin line up.
  const auto n = static_cast<double>(allScores_.size());
  bins_ = allScores_.empty() ? 0 : std::clamp(static_cast<int>(std::ceil(2.0 * std::sqrt(n))), 8, 50);
  double lo = 0, hi = 1;
  if (!allScores_.empty()) {
    const auto [mn, mx] = std::minmax_element(allScores_.begin(), allScores_.end());
    lo = *mn;
    hi = *mx;
    if (hi <= lo) {  // one distinct score: a bar of a visible width around it
      const double pad = std::max(std::abs(lo) * 0.05, 1e-6);
      lo -= pad;
      hi += pad;
    }
  }
  const double width = bins_ > 0 ? (hi - lo) / bins_ : 1.0;
  double tallest = 0;
  auto fill = [&](QCPBars* bars, const std::vector<float>& scores) {
    QVector<double> keys(bins_), counts(bins_, 0.0);
    for (int b = 0; b < bins_; ++b) keys[b] = lo + (b + 0.5) * width;
    for (float s : scores) {
      const int b = std::clamp(static_cast<int>((s - lo) / width), 0, bins_ - 1);
      counts[b] += 1.0;
    }
    for (double c : counts) tallest = std::max(tallest, c);
    bars->setData(keys, counts, true);
    bars->setWidth(width);
    bars->setVisible(!scores.empty());
  };
  fill(normalBars_, normal);
  fill(anomalousBars_, anomalous);
  fill(unlabelledBars_, unlabelled);
  normalCount_ = normal.size();
  anomalousCount_ = anomalous.size();
  unlabelledCount_ = unlabelled.size();
  nameBars();
  // The legend lists what is drawn, always in this order.
  plot_->legend->clearItems();
  for (QCPBars* bars : {normalBars_, anomalousBars_, unlabelledBars_})
    if (bars->visible()) bars->addToLegend();
  plot_->yAxis->setRange(0, std::max(1.0, tallest * 1.2));  // room for the line labels
  fitScoreAxis();
  updateLines();
}

void ScoreHistogram::setThreshold(double threshold) {
  if (!std::isfinite(threshold)) return;  // invalid thresholds: keep the last line drawn
  threshold_ = threshold;
  ensureVisible(threshold);
  updateLines();
}

void ScoreHistogram::setBand(const std::optional<mdd::UncertainBand>& band) {
  band_ = band;
  if (band_) {
    ensureVisible(band_->lower);
    ensureVisible(band_->upper);
  }
  if (!band_ && (dragging_ == Line::Lower || dragging_ == Line::Upper)) dragging_ = Line::None;
  updateLines();
}

QPoint ScoreHistogram::linePixel(double score) const {
  const QRect rect = plot_->axisRect()->rect();
  return {static_cast<int>(std::lround(plot_->xAxis->coordToPixel(score))), rect.center().y()};
}

void ScoreHistogram::fitScoreAxis() {
  double lo = threshold_, hi = threshold_;
  for (float s : allScores_) {
    lo = std::min(lo, static_cast<double>(s));
    hi = std::max(hi, static_cast<double>(s));
  }
  if (band_) {
    lo = std::min(lo, band_->lower);
    hi = std::max(hi, band_->upper);
  }
  const double span = hi > lo ? hi - lo : std::max(std::abs(hi) * 0.2, 1e-3);
  plot_->xAxis->setRange(lo - 0.08 * span, hi + 0.08 * span);
}

void ScoreHistogram::ensureVisible(double value) {
  if (dragging_ != Line::None) return;  // a drag stays inside the axes; never rescale under it
  const QCPRange range = plot_->xAxis->range();
  if (value > range.lower && value < range.upper) return;
  fitScoreAxis();
}

void ScoreHistogram::updateLines() {
  placeLine(thresholdLine_, thresholdText_, threshold_, 0.01);
  const bool banded = band_.has_value();
  for (QCPAbstractItem* item : {static_cast<QCPAbstractItem*>(lowerLine_),
                                static_cast<QCPAbstractItem*>(upperLine_),
                                static_cast<QCPAbstractItem*>(lowerText_),
                                static_cast<QCPAbstractItem*>(upperText_)})
    item->setVisible(banded);
  if (banded) {
    placeLine(lowerLine_, lowerText_, band_->lower, 0.09);
    placeLine(upperLine_, upperText_, band_->upper, 0.09);
  }
  scheduleReplot();
}

void ScoreHistogram::scheduleReplot() {
  // Queued: a drag's many moves cost one redraw per frame.
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

ScoreHistogram::Line ScoreHistogram::lineNear(double pixelX, bool* bandTie) const {
  *bandTie = false;
  auto distance = [&](double value) { return std::abs(plot_->xAxis->coordToPixel(value) - pixelX); };
  Line best = Line::None;
  double bestDistance = kGrabPixels;
  // Band lines first and kept on ties: with the band on they decide the verdicts.
  if (band_) {
    const double lower = distance(band_->lower), upper = distance(band_->upper);
    if (lower <= bestDistance) {
      best = Line::Lower;
      bestDistance = lower;
    }
    if (upper <= bestDistance) {
      *bandTie = best == Line::Lower && upper == bestDistance;
      best = Line::Upper;
      bestDistance = upper;
    }
  }
  const double toThreshold = distance(threshold_);
  if (toThreshold <= kGrabPixels && (best == Line::None || toThreshold < bestDistance)) {
    best = Line::Threshold;
    *bandTie = false;
  }
  return best;
}

void ScoreHistogram::onPress(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  dragging_ = lineNear(event->position().x(), &bandTie_);
  pressX_ = event->position().x();
  if (dragging_ != Line::None) event->accept();
}

void ScoreHistogram::onMove(QMouseEvent* event) {
  const double x = event->position().x();
  if (dragging_ == Line::None) {
    bool tie = false;
    plot_->setCursor(lineNear(x, &tie) != Line::None ? Qt::SizeHorCursor : Qt::ArrowCursor);
    return;
  }
  if (bandTie_) {  // T1 on T2: left takes T1, right takes T2, so neither gets stuck
    if (x == pressX_) return;
    dragging_ = x < pressX_ ? Line::Lower : Line::Upper;
    bandTie_ = false;
  }
  const QCPRange range = plot_->xAxis->range();
  dragTo(std::clamp(plot_->xAxis->pixelToCoord(x), range.lower, range.upper));
}

void ScoreHistogram::onRelease(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) {
    dragging_ = Line::None;
    bandTie_ = false;
  }
}

void ScoreHistogram::dragTo(double value) {
  switch (dragging_) {
    case Line::Threshold:
      threshold_ = value;
      updateLines();
      emit thresholdDragged(threshold_);
      break;
    case Line::Lower:
    case Line::Upper:
      if (!band_) return;
      if (dragging_ == Line::Lower)
        band_->lower = std::min(value, band_->upper);
      else
        band_->upper = std::max(value, band_->lower);
      updateLines();
      emit bandDragged(band_->lower, band_->upper);
      break;
    case Line::None:
      break;
  }
}

}  // namespace mddui
