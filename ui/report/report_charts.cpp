#include "report/report_charts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPixmap>

#include <algorithm>
#include <cmath>
#include <vector>

#include <qcustomplot.h>

#include "mdd/metrics.h"

namespace mddui {
namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

const QColor kNormal(44, 160, 44);
const QColor kAnomalous(214, 39, 40);
const QColor kUnlabelled(90, 90, 90);
const QColor kBand(255, 170, 60, 70);
const QColor kCurve(31, 119, 180);

// The scores of one class split by ground truth (-1 unknown, 0 normal, 1 defect).
struct Scores {
  std::vector<float> all, normal, anomalous, unlabelled;
  std::vector<int> labels;  // for rocCurve: the labelled scores only
  std::vector<float> labelled;
};

Scores scoresOf(const QVector<ResultRow>& rows) {
  Scores s;
  for (const ResultRow& r : rows) {
    if (!std::isfinite(r.score)) continue;
    const auto x = static_cast<float>(r.score);
    s.all.push_back(x);
    if (r.groundTruth == 0)
      s.normal.push_back(x);
    else if (r.groundTruth == 1)
      s.anomalous.push_back(x);
    else
      s.unlabelled.push_back(x);
    if (r.groundTruth >= 0) {
      s.labelled.push_back(x);
      s.labels.push_back(r.groundTruth);
    }
  }
  return s;
}

// A title row above the axes and the legend in a row below them, never over the data.
void frame(QCustomPlot& plot, const QString& title) {
  QFont titleFont = plot.font();
  titleFont.setBold(true);
  plot.plotLayout()->insertRow(0);
  plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, title, titleFont));
  plot.legend->setVisible(true);
  plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  plot.legend->setBorderPen(Qt::NoPen);
  plot.legend->setIconSize(14, 10);
  plot.plotLayout()->addElement(2, 0, plot.legend);
  plot.plotLayout()->setRowStretchFactor(2, 0.001);
}

void centredNote(QCustomPlot& plot, const QString& text) {
  auto* note = new QCPItemText(&plot);
  note->position->setType(QCPItemPosition::ptAxisRectRatio);
  note->position->setCoords(0.5, 0.5);
  note->setText(text);
  note->setColor(QColor(110, 110, 110));
}

QCPBars* bars(QCustomPlot& plot, const std::vector<float>& scores, double lo, double width,
              int bins, const QColor& colour, const QString& name, double* maxCount) {
  QVector<double> keys(bins), counts(bins, 0.0);
  for (int b = 0; b < bins; ++b) keys[b] = lo + (b + 0.5) * width;
  for (float x : scores) {
    const int b = std::clamp(static_cast<int>((x - lo) / width), 0, bins - 1);
    counts[b] += 1;
  }
  *maxCount = std::max(*maxCount, *std::max_element(counts.begin(), counts.end()));
  auto* series = new QCPBars(plot.xAxis, plot.yAxis);
  series->setWidthType(QCPBars::wtPlotCoords);
  series->setWidth(width);
  series->setData(keys, counts, true);
  series->setPen(QPen(colour.darker(130), 1));
  QColor fill = colour;
  fill.setAlpha(120);  // overlapping bins stay visible through each other
  series->setBrush(fill);
  series->setName(name);
  return series;
}

// A vertical line at raw score x across the whole axis rect.
QCPItemStraightLine* verticalLine(QCustomPlot& plot, double x, const QPen& pen) {
  auto* line = new QCPItemStraightLine(&plot);
  line->point1->setCoords(x, 0);
  line->point2->setCoords(x, 1);
  line->setPen(pen);
  return line;
}

// Pixels = size x scale; the device pixel ratio tells the report the logical size.
QImage toImage(QCustomPlot& plot, QSize size, double scale) {
  QImage image = plot.toPixmap(size.width(), size.height(), scale).toImage();
  image.setDevicePixelRatio(scale);
  return image;
}

}  // namespace

ReportCharts::ReportCharts(QSize size, double scale) : size_(size), scale_(scale) {}

ClassCharts ReportCharts::render(const ReportData& data, const QString& className) const {
  const QVector<ResultRow> rows = data.scoredRows(className);
  const mdd::ClassThresholds* thresholds = data.thresholdsFor(className);
  return {className, histogram(rows, thresholds, className), roc(rows, thresholds, className)};
}

QImage ReportCharts::histogram(const QVector<ResultRow>& rows,
                               const mdd::ClassThresholds* thresholds,
                               const QString& className) const {
  QCustomPlot plot;
  frame(plot, Text::tr("%1: image scores").arg(className));
  plot.xAxis->setLabel(Text::tr("raw image score"));
  plot.yAxis->setLabel(Text::tr("images"));
  const Scores s = scoresOf(rows);
  const bool hasThreshold = thresholds && std::isfinite(thresholds->imageThreshold);
  if (s.all.empty()) {
    plot.legend->setVisible(false);
    centredNote(plot, Text::tr("no scored images"));
  } else {
    // The range covers every score and the threshold, so the line is always in view.
    double lo = *std::min_element(s.all.begin(), s.all.end());
    double hi = *std::max_element(s.all.begin(), s.all.end());
    if (hasThreshold) {
      lo = std::min(lo, thresholds->imageThreshold);
      hi = std::max(hi, thresholds->imageThreshold);
    }
    if (hi - lo < 1e-9) {
      lo -= 0.5 * std::max(1e-3, std::abs(lo));
      hi += 0.5 * std::max(1e-3, std::abs(hi));
    }
    const int bins = std::clamp(static_cast<int>(std::sqrt(s.all.size()) * 2), 10, 40);
    const double width = (hi - lo) / bins * (1 + 1e-9);
    double maxCount = 1;
    if (!s.normal.empty())
      bars(plot, s.normal, lo, width, bins, kNormal, Text::tr("normal (%1)").arg(s.normal.size()),
           &maxCount);
    if (!s.anomalous.empty())
      bars(plot, s.anomalous, lo, width, bins, kAnomalous,
           Text::tr("anomalous (%1)").arg(s.anomalous.size()), &maxCount);
    if (!s.unlabelled.empty())
      bars(plot, s.unlabelled, lo, width, bins, kUnlabelled,
           Text::tr("unlabelled (%1)").arg(s.unlabelled.size()), &maxCount);
    const double pad = 0.04 * (hi - lo);
    plot.xAxis->setRange(lo - pad, hi + pad);
    plot.yAxis->setRange(0, maxCount * 1.12);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();  // whole images only
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot.yAxis->setTicker(ticker);
    plot.yAxis->setSubTicks(false);
  }
  if (hasThreshold) {
    if (thresholds->imageBand) {
      auto* band = new QCPItemRect(&plot);
      band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
      band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
      band->topLeft->setCoords(thresholds->imageBand->lower, 0);
      band->bottomRight->setCoords(thresholds->imageBand->upper, 1);
      band->setPen(Qt::NoPen);
      band->setBrush(kBand);
    }
    verticalLine(plot, thresholds->imageThreshold, QPen(Qt::black, 1.5, Qt::DashLine));
    // A legend entry for the line: an empty graph drawn with the same pen.
    QCPGraph* entry = plot.addGraph();
    entry->setPen(QPen(Qt::black, 1.5, Qt::DashLine));
    entry->setName(Text::tr("threshold"));
  }
  return toImage(plot, size_, scale_);
}

QImage ReportCharts::roc(const QVector<ResultRow>& rows, const mdd::ClassThresholds* thresholds,
                         const QString& className) const {
  QCustomPlot plot;
  const Scores s = scoresOf(rows);
  const bool defined = !s.normal.empty() && !s.anomalous.empty();
  const mdd::BinaryCurveMetrics m =
      defined ? mdd::imageMetrics(s.labelled, s.labels) : mdd::BinaryCurveMetrics();
  frame(plot, defined ? Text::tr("%1: ROC, I-AUROC %2")
                            .arg(className, QLocale().toString(100.0 * m.auroc, 'f', 1))
                      : Text::tr("%1: ROC").arg(className));
  plot.xAxis->setLabel(Text::tr("false-positive rate"));
  plot.yAxis->setLabel(Text::tr("true-positive rate"));
  plot.xAxis->setRange(-0.02, 1.02);
  plot.yAxis->setRange(-0.02, 1.02);
  auto* chance = new QCPItemLine(&plot);
  chance->start->setCoords(0, 0);
  chance->end->setCoords(1, 1);
  chance->setPen(QPen(QColor(160, 160, 160), 1, Qt::DashLine));
  if (!defined) {
    plot.legend->setVisible(false);
    centredNote(plot, Text::tr("needs normal and anomalous images"));
    return toImage(plot, size_, scale_);
  }
  const mdd::RocCurve curve = mdd::rocCurve(s.labelled, s.labels);
  // QCPCurve keeps the points in order: the ROC has vertical runs (equal FPR).
  auto* line = new QCPCurve(plot.xAxis, plot.yAxis);
  line->setData(QVector<double>(curve.fpr.begin(), curve.fpr.end()),
                QVector<double>(curve.tpr.begin(), curve.tpr.end()));
  line->setPen(QPen(kCurve, 2));
  line->setName(Text::tr("ROC"));
  if (thresholds && std::isfinite(thresholds->imageThreshold)) {
    // Where the stored threshold operates ("score > t is a defect").
    const mdd::ConfusionMatrix c =
        mdd::confusionAt(s.labelled, s.labels, thresholds->imageThreshold);
    QCPGraph* point = plot.addGraph();
    point->setLineStyle(QCPGraph::lsNone);
    point->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, Qt::black, kAnomalous, 8));
    point->setData({c.falsePositiveRate()}, {c.recall()});
    point->setName(Text::tr("at threshold"));
  }
  return toImage(plot, size_, scale_);
}

}  // namespace mddui
