#pragma once
// One teacher scale of the CMM memory as a t-SNE scatter (METHOD.md, Fig. 5): class-
// specific items coloured by their owner class, class-shared items (the highest-entropy
// 10%) in grey, each joined by thin grey lines to the centroids of the class-specific
// items of its two most probable classes. Hovering an item shows its class probabilities.
// Drag and wheel pan and zoom; a double click fits the view again.
#include <QColor>
#include <QPointF>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include "mdd/memory_analysis.h"

class QCPGraph;
class QCPItemLine;
class QCPTextElement;
class QCustomPlot;
class QMouseEvent;

namespace mddui {

class MemoryScatter : public QWidget {
  Q_OBJECT
 public:
  explicit MemoryScatter(QWidget* parent = nullptr);

  // Shows the items of `scale` that have a t-SNE position and fits the view to them.
  void setAnalysis(const mdd::MemoryAnalysis& analysis, const QStringList& classNames, int scale);
  void clear();
  int scale() const { return scale_; }

  // Item indices are into MemoryAnalysis::items. itemsShown(): those of the scale, plotted.
  const QVector<int>& itemsShown() const { return shown_; }
  QString tooltipFor(int itemIndex) const;  // empty for an item not shown
  // The shown item whose point is nearest to `pos` (this widget's coordinates) within the
  // hover radius, or -1.
  int itemAt(QPoint pos) const;
  QPointF itemPixelPosition(int itemIndex) const;  // this widget's coordinates

  QCustomPlot* customPlot() const { return plot_; }
  QCPGraph* classGraph(int classIndex) const;  // class-specific items owned by the class
  QCPGraph* sharedGraph() const { return sharedGraph_; }
  const QVector<QCPItemLine*>& links() const { return links_; }
  // Mean t-SNE position of the class's class-specific items on this scale; NaN if none.
  QPointF classCentroid(int classIndex) const;

  static QColor classColour(int classIndex);  // distinct, never grey
  static QColor sharedColour();
  static constexpr int kHoverRadiusPx = 8;

 public slots:
  void fitView();  // back to the whole scale, equal units on both axes

 signals:
  void itemHovered(int itemIndex);  // -1 when the pointer leaves the items

 private:
  void rebuild();
  void nameGraphs();  // axes, legend and title in the current language
  void keepAspect();
  void onMouseMove(QMouseEvent* event);

  QCustomPlot* plot_ = nullptr;
  QCPTextElement* title_ = nullptr;
  QCPGraph* sharedGraph_ = nullptr;
  QVector<QCPGraph*> classGraphs_;
  QVector<QCPItemLine*> links_;
  mdd::MemoryAnalysis analysis_;
  QStringList classNames_;
  QVector<int> shown_;
  QVector<QPointF> centroids_;  // by class index
  int scale_ = -1;
  int hovered_ = -1;
  bool userView_ = false;  // panned or zoomed: resizes no longer refit
  bool fitting_ = false;
};

}  // namespace mddui
