#include "memory/memory_scatter.h"

#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include <qcustomplot.h>

#include "common/retranslate.h"

#include "memory/memory_text.h"

namespace mddui {
namespace {

constexpr double kPadding = 0.08;  // of the data extent, so edge points are not clipped
constexpr double kPointSize = 8.0;
const QString kLinksLayer = QStringLiteral("links");

QPointF nanPoint() {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  return {nan, nan};
}

bool placed(const mdd::MemoryItemView& v) { return std::isfinite(v.x) && std::isfinite(v.y); }

}  // namespace

QColor MemoryScatter::classColour(int classIndex) {
  // Tableau's category colours without their greys (grey marks class-shared items), the
  // strong ones first, then their light tones (two made more saturated, to stay clear of
  // grey); beyond them, hues spaced by the golden angle.
  static const std::array<QColor, 18> palette{{
      QColor(31, 119, 180),
      QColor(255, 127, 14),
      QColor(44, 160, 44),
      QColor(214, 39, 40),
      QColor(148, 103, 189),
      QColor(140, 86, 75),
      QColor(227, 119, 194),
      QColor(188, 189, 34),
      QColor(23, 190, 207),
      QColor(174, 199, 232),
      QColor(255, 187, 120),
      QColor(152, 223, 138),
      QColor(255, 152, 150),
      QColor(180, 140, 220),
      QColor(200, 140, 120),
      QColor(247, 182, 210),
      QColor(219, 219, 141),
      QColor(158, 218, 229),
  }};
  if (classIndex >= 0 && classIndex < static_cast<int>(palette.size())) return palette[classIndex];
  const int hue = static_cast<int>(std::fmod(std::max(classIndex, 0) * 137.508, 360.0));
  return QColor::fromHsv(hue, 200, 200);
}

QColor MemoryScatter::sharedColour() { return QColor(128, 128, 128); }

MemoryScatter::MemoryScatter(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("memoryScatter"));
  plot_ = new QCustomPlot(this);
  plot_->setObjectName(QStringLiteral("memoryPlot"));
  plot_->setMinimumSize(360, 300);
  plot_->setMouseTracking(true);
  plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  // Lines under the points, so a point is never hidden by a link.
  plot_->addLayer(kLinksLayer, plot_->layer(QStringLiteral("main")), QCustomPlot::limBelow);

  plot_->plotLayout()->insertRow(0);
  QFont titleFont = font();
  titleFont.setBold(true);
  title_ = new QCPTextElement(plot_, QString(), titleFont);
  plot_->plotLayout()->addElement(0, 0, title_);
  // The legend sits in a row under the axes, never over the points.
  plot_->legend->setVisible(true);
  plot_->legend->setFont(font());
  plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  plot_->legend->setBorderPen(Qt::NoPen);
  plot_->plotLayout()->addElement(2, 0, plot_->legend);
  plot_->plotLayout()->setRowStretchFactor(0, 0.001);
  plot_->plotLayout()->setRowStretchFactor(2, 0.001);

  connect(plot_, &QCustomPlot::afterLayout, this, &MemoryScatter::keepAspect);
  connect(plot_, &QCustomPlot::mouseMove, this, &MemoryScatter::onMouseMove);
  connect(plot_, &QCustomPlot::mouseWheel, this, [this] { userView_ = true; });
  connect(plot_, &QCustomPlot::mouseDoubleClick, this, &MemoryScatter::fitView);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  clear();
  retranslate(this, [this] {
    nameGraphs();
    usePlotLocale(plot_);
    plot_->replot();
  });
}

void MemoryScatter::nameGraphs() {
  plot_->xAxis->setLabel(tr("t-SNE 1"));
  plot_->yAxis->setLabel(tr("t-SNE 2"));
  for (int c = 0; c < classGraphs_.size(); ++c)
    classGraphs_[c]->setName(MemoryText::className(classNames_, c));
  if (sharedGraph_) sharedGraph_->setName(tr("class-shared (highest entropy)"));
  title_->setText(
      scale_ < 0 ? tr("CMM memory items (t-SNE)")
                 : tr("CMM memory items, %1 scale (t-SNE)").arg(MemoryText::scaleName(scale_)));
}

void MemoryScatter::clear() {
  analysis_ = mdd::MemoryAnalysis();
  classNames_.clear();
  scale_ = -1;
  rebuild();
}

void MemoryScatter::setAnalysis(const mdd::MemoryAnalysis& analysis, const QStringList& classNames,
                                int scale) {
  analysis_ = analysis;
  classNames_ = classNames;
  scale_ = scale;
  rebuild();
}

QCPGraph* MemoryScatter::classGraph(int classIndex) const {
  return classIndex >= 0 && classIndex < classGraphs_.size() ? classGraphs_[classIndex] : nullptr;
}

QPointF MemoryScatter::classCentroid(int classIndex) const {
  return classIndex >= 0 && classIndex < centroids_.size() ? centroids_[classIndex] : nanPoint();
}

void MemoryScatter::rebuild() {
  plot_->clearGraphs();
  plot_->clearItems();
  classGraphs_.clear();
  links_.clear();
  shown_.clear();
  hovered_ = -1;
  const auto& items = analysis_.items;
  for (int i = 0; i < static_cast<int>(items.size()); ++i)
    if (items[i].item.scale == scale_ && placed(items[i])) shown_ << i;

  // Class count: the model's names, or the highest class an item refers to.
  int classes = classNames_.size();
  for (int i : shown_)
    for (int c : {items[i].item.ownerClass, items[i].role.mostProbableClass,
                  items[i].role.secondProbableClass})
      classes = std::max(classes, c + 1);

  QVector<QPointF> sums(classes, QPointF(0, 0));
  QVector<int> counts(classes, 0);
  for (int c = 0; c < classes; ++c) {
    QCPGraph* graph = plot_->addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    const QColor colour = classColour(c);
    graph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, colour.darker(140), colour, kPointSize));
    graph->setAdaptiveSampling(false);  // every item is a point of its own
    classGraphs_ << graph;
  }
  sharedGraph_ = plot_->addGraph();
  sharedGraph_->setLineStyle(QCPGraph::lsNone);
  sharedGraph_->setScatterStyle(QCPScatterStyle(
      QCPScatterStyle::ssDiamond, sharedColour().darker(150), sharedColour(), kPointSize + 2));
  sharedGraph_->setAdaptiveSampling(false);

  for (int i : shown_) {
    const auto& v = items[i];
    if (v.role.classShared) {
      sharedGraph_->addData(v.x, v.y);
    } else if (v.item.ownerClass >= 0) {
      classGraphs_[v.item.ownerClass]->addData(v.x, v.y);
      sums[v.item.ownerClass] += QPointF(v.x, v.y);
      ++counts[v.item.ownerClass];
    }
  }
  centroids_ = QVector<QPointF>(classes, nanPoint());
  for (int c = 0; c < classes; ++c)
    if (counts[c] > 0) centroids_[c] = sums[c] / counts[c];

  QPen linkPen(QColor(150, 150, 150, 170));
  linkPen.setWidthF(1.0);
  for (int i : shown_) {
    const auto& v = items[i];
    if (!v.role.classShared) continue;
    for (int c : {v.role.mostProbableClass, v.role.secondProbableClass}) {
      const QPointF end = classCentroid(c);
      if (!std::isfinite(end.x())) continue;  // no class-specific item of that class here
      auto* line = new QCPItemLine(plot_);
      line->setLayer(kLinksLayer);
      line->setPen(linkPen);
      line->setSelectable(false);
      line->start->setCoords(v.x, v.y);
      line->end->setCoords(end);
      line->setProperty("item", i);
      line->setProperty("class", c);
      links_ << line;
    }
  }

  // The lines end at these: a cross in the class's colour at each centroid.
  for (int c = 0; c < classes; ++c) {
    if (!std::isfinite(centroids_[c].x())) continue;
    auto* cross = new QCPItemTracer(plot_);
    cross->setLayer(kLinksLayer);
    cross->setStyle(QCPItemTracer::tsPlus);
    cross->setSize(12);
    cross->setPen(QPen(classColour(c).darker(120), 2));
    cross->setSelectable(false);
    cross->position->setCoords(centroids_[c]);
  }

  // Only classes that have points here, and the shared entry when there are shared items.
  for (int c = 0; c < classes; ++c) {
    classGraphs_[c]->setVisible(!classGraphs_[c]->data()->isEmpty());
    if (!classGraphs_[c]->visible()) classGraphs_[c]->removeFromLegend();
  }
  if (sharedGraph_->data()->isEmpty()) sharedGraph_->removeFromLegend();
  // Up to five entries a row; the rearrangement closes the gaps of removed entries.
  plot_->legend->setWrap(std::min(plot_->legend->itemCount(), 5));
  plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
  nameGraphs();
  fitView();
}

void MemoryScatter::fitView() {
  userView_ = false;
  plot_->replot();
}

void MemoryScatter::keepAspect() {
  if (userView_ || fitting_) return;
  double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
  bool any = false;
  for (int i : shown_) {
    const auto& v = analysis_.items[i];
    if (!any) {
      x0 = x1 = v.x;
      y0 = y1 = v.y;
      any = true;
    }
    x0 = std::min<double>(x0, v.x);
    x1 = std::max<double>(x1, v.x);
    y0 = std::min<double>(y0, v.y);
    y1 = std::max<double>(y1, v.y);
  }
  if (!any) {  // an empty plot: a neutral square
    x0 = y0 = -1;
    x1 = y1 = 1;
  }
  const double extent = std::max({x1 - x0, y1 - y0, 1e-6});
  const double w = std::max(1, plot_->axisRect()->width());
  const double h = std::max(1, plot_->axisRect()->height());
  // Equal data units per pixel on both axes: t-SNE distances mean the same in x and y.
  const double perPixel =
      std::max((x1 - x0 + 2 * kPadding * extent) / w, (y1 - y0 + 2 * kPadding * extent) / h);
  const double cx = any ? (x0 + x1) / 2 : 0, cy = any ? (y0 + y1) / 2 : 0;
  const QCPRange xRange(cx - perPixel * w / 2, cx + perPixel * w / 2);
  const QCPRange yRange(cy - perPixel * h / 2, cy + perPixel * h / 2);
  const auto same = [](const QCPRange& a, const QCPRange& b) {
    return std::abs(a.lower - b.lower) + std::abs(a.upper - b.upper) <= 1e-9 * a.size();
  };
  if (same(plot_->xAxis->range(), xRange) && same(plot_->yAxis->range(), yRange)) return;
  plot_->xAxis->setRange(xRange);
  plot_->yAxis->setRange(yRange);
  // Ticks were laid out for the old ranges: lay out again (tick labels may change width).
  fitting_ = true;
  for (auto phase :
       {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
    plot_->plotLayout()->update(phase);
  fitting_ = false;
}

QString MemoryScatter::tooltipFor(int itemIndex) const {
  if (!shown_.contains(itemIndex)) return QString();
  return MemoryText::itemTooltip(analysis_.items[static_cast<std::size_t>(itemIndex)], classNames_);
}

QPointF MemoryScatter::itemPixelPosition(int itemIndex) const {
  if (!shown_.contains(itemIndex)) return nanPoint();
  const auto& v = analysis_.items[static_cast<std::size_t>(itemIndex)];
  const QPointF inPlot(plot_->xAxis->coordToPixel(v.x), plot_->yAxis->coordToPixel(v.y));
  return inPlot + plot_->pos();
}

int MemoryScatter::itemAt(QPoint pos) const {
  int best = -1;
  double bestDistance = kHoverRadiusPx * kHoverRadiusPx;
  for (int i : shown_) {
    const QPointF d = itemPixelPosition(i) - QPointF(pos);
    const double distance = d.x() * d.x() + d.y() * d.y();
    if (distance <= bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return best;
}

void MemoryScatter::onMouseMove(QMouseEvent* event) {
  if (event->buttons() != Qt::NoButton) {
    userView_ = true;  // a drag pans the view
    QToolTip::hideText();
    return;
  }
  const QPoint pos = event->position().toPoint();
  const int item = itemAt(plot_->mapTo(this, pos));
  if (item != hovered_) {
    hovered_ = item;
    emit itemHovered(item);
  }
  if (item < 0)
    QToolTip::hideText();
  else
    QToolTip::showText(plot_->mapToGlobal(pos), tooltipFor(item), plot_);
}

}  // namespace mddui
