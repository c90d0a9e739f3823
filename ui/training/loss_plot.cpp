#include "training/loss_plot.h"

#include <QCheckBox>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

#include <qcustomplot.h>

#include "common/retranslate.h"

namespace mddui {
namespace {

constexpr int kReplotIntervalMs = 100;  // at most ten redraws a second, however fast steps come

struct Term {
  const char* name;
  double mdd::LossValues::*value;
  QColor colour;
};

// Graph order is the legend order; the total first and drawn thicker.
const std::array<Term, 6>& terms() {
  static const std::array<Term, 6> all{{
      {QT_TRANSLATE_NOOP("mddui::LossPlot", "total"), &mdd::LossValues::total, QColor(20, 20, 20)},
      {QT_TRANSLATE_NOOP("mddui::LossPlot", "restoration"), &mdd::LossValues::restoration,
       QColor(31, 119, 180)},
      {QT_TRANSLATE_NOOP("mddui::LossPlot", "identity"), &mdd::LossValues::identity,
       QColor(255, 127, 14)},
      {QT_TRANSLATE_NOOP("mddui::LossPlot", "distillation"), &mdd::LossValues::distillation,
       QColor(44, 160, 44)},
      {QT_TRANSLATE_NOOP("mddui::LossPlot", "memory class"), &mdd::LossValues::memoryClass,
       QColor(148, 103, 189)},
      {QT_TRANSLATE_NOOP("mddui::LossPlot", "memory reconstruction"),
       &mdd::LossValues::memoryReconstruction, QColor(214, 39, 40)},
  }};
  return all;
}

}  // namespace

LossPlot::LossPlot(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("lossPlot"));
  plot_ = new QCustomPlot(this);
  plot_->setObjectName(QStringLiteral("lossCustomPlot"));
  plot_->setMinimumSize(320, 200);
  // Whole steps only: "0.5" of a step means nothing.
  auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
  ticker->setTickStep(1.0);
  ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
  plot_->xAxis->setTicker(ticker);
  // The legend sits in a row under the axes, never over the curves.
  plot_->legend->setVisible(true);
  plot_->legend->setFont(font());
  plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  plot_->legend->setWrap(3);
  plot_->legend->setBorderPen(Qt::NoPen);
  plot_->plotLayout()->addElement(1, 0, plot_->legend);
  plot_->plotLayout()->setRowStretchFactor(1, 0.001);
  plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  for (const Term& term : terms()) {
    QCPGraph* graph = plot_->addGraph();
    graph->setPen(QPen(term.colour, &term == &terms().front() ? 2.5 : 1.5));
  }
  plot_->xAxis->setRange(0, 1);
  plot_->yAxis->setRange(0, 1);

  logScaleCheck_ = new QCheckBox(this);
  logScaleCheck_->setObjectName(QStringLiteral("logScaleCheck"));
  connect(logScaleCheck_, &QCheckBox::toggled, this, &LossPlot::setLogScale);

  replotTimer_ = new QTimer(this);
  replotTimer_->setSingleShot(true);
  replotTimer_->setInterval(kReplotIntervalMs);
  connect(replotTimer_, &QTimer::timeout, this, &LossPlot::replotNow);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_, 1);
  layout->addWidget(logScaleCheck_, 0, Qt::AlignRight);

  retranslate(this, [this] {
    plot_->xAxis->setLabel(tr("step"));
    plot_->yAxis->setLabel(tr("loss"));
    for (int i = 0; i < plot_->graphCount(); ++i)
      plot_->graph(i)->setName(tr(terms()[static_cast<std::size_t>(i)].name));
    logScaleCheck_->setText(tr("Logarithmic loss axis"));
    usePlotLocale(plot_);
    plot_->replot();  // tick labels in the new locale too
  });
}

void LossPlot::addPoint(int step, const mdd::LossValues& losses) {
  for (int i = 0; i < plot_->graphCount(); ++i) {
    QCPGraph* graph = plot_->graph(i);
    graph->data()->removeAfter(step - 0.5);
    graph->addData(step, losses.*(terms()[static_cast<std::size_t>(i)].value));
  }
  scheduleReplot();
}

void LossPlot::clear() {
  for (int i = 0; i < plot_->graphCount(); ++i) plot_->graph(i)->data()->clear();
  replotNow();
}

int LossPlot::pointCount() const { return plot_->graph(0)->dataCount(); }

bool LossPlot::logScale() const { return plot_->yAxis->scaleType() == QCPAxis::stLogarithmic; }

void LossPlot::setLogScale(bool on) {
  if (on == logScale()) return;
  plot_->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
  if (on)
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
  else
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
  {
    const QSignalBlocker block(logScaleCheck_);
    logScaleCheck_->setChecked(on);
  }
  replotNow();
}

void LossPlot::scheduleReplot() {
  if (!replotTimer_->isActive()) replotTimer_->start();
}

void LossPlot::replotNow() {
  replotTimer_->stop();
  if (pointCount() > 0) {
    plot_->rescaleAxes();
    // Keep a one-step margin so the first points are not glued to the frame.
    const QCPRange x = plot_->xAxis->range();
    plot_->xAxis->setRange(std::min(0.0, x.lower), std::max(x.upper, x.lower + 1));
    const QCPRange y = plot_->yAxis->range();
    if (logScale()) {
      plot_->yAxis->setRange(y.lower / 1.5, y.upper * 1.5);
    } else {
      const double lower = std::min(0.0, y.lower);
      plot_->yAxis->setRange(lower, y.upper + 0.08 * std::max(y.upper - lower, 1e-6));
    }
  }
  plot_->replot();
  ++replots_;
}

}  // namespace mddui
