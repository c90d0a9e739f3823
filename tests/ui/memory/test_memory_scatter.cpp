// MemoryScatter on a hand-made analysis whose answer is known: only the chosen scale's
// placed items are plotted; class-specific items go to their owner class's graph, shared
// ones to the grey graph; each shared item is joined to the centroids of its two most
// probable classes; the tooltip sorts the probabilities; hovering finds the item under
// the pointer; the view keeps equal units on both axes. Saves a screenshot.
#include <QtTest>

#include <cmath>
#include <random>

#include <qcustomplot.h>

#include "memory/memory_scatter.h"
#include "memory/memory_text.h"

using namespace mddui;

namespace {

mdd::MemoryItemView item(int scale, int owner, float x, float y, std::vector<float> probabilities,
                         bool shared = false) {
  mdd::MemoryItemView v;
  v.item.scale = scale;
  v.item.ownerClass = owner;
  v.item.classProbabilities = probabilities;
  int most = 0;
  for (int c = 1; c < static_cast<int>(probabilities.size()); ++c)
    if (probabilities[c] > probabilities[most]) most = c;
  int second = most == 0 ? 1 : 0;
  for (int c = 0; c < static_cast<int>(probabilities.size()); ++c)
    if (c != most && probabilities[c] > probabilities[second]) second = c;
  v.role.mostProbableClass = most;
  v.role.secondProbableClass = second;
  v.role.classShared = shared;
  v.role.entropy = 0;
  for (float p : probabilities) v.role.entropy -= p > 0 ? p * std::log(p) : 0;
  v.x = x;
  v.y = y;
  return v;
}

// Three classes on scale 0 (with one item without a position), one item on scale 1.
mdd::MemoryAnalysis handMade() {
  mdd::MemoryAnalysis a;
  a.items = {
      item(0, 0, 0, 0, {0.8f, 0.1f, 0.1f}),          // 0  class a
      item(0, 0, 2, 0, {0.7f, 0.2f, 0.1f}),          // 1  class a  -> centroid (1, 0)
      item(0, 1, 10, 10, {0.1f, 0.8f, 0.1f}),        // 2  class b
      item(0, 1, 10, 12, {0.1f, 0.7f, 0.2f}),        // 3  class b  -> centroid (10, 11)
      item(0, 2, -4, 8, {0.1f, 0.1f, 0.8f}),         // 4  class c  -> centroid (-4, 8)
      item(0, 2, 5, 5, {0.2f, 0.5f, 0.3f}, true),    // 5  shared: b then c
      item(0, 0, 4, 2, {0.45f, 0.1f, 0.45f}, true),  // 6 shared: a then c (tie: lower index)
      item(1, 0, 99, 99, {0.9f, 0.05f, 0.05f}),      // 7  another scale
      item(0, 1, NAN, NAN, {0.1f, 0.8f, 0.1f}),      // 8  not embedded
  };
  return a;
}

// The legend's grid counts its empty cells too.
int legendEntries(QCustomPlot* plot) {
  int n = 0;
  for (int i = 0; i < plot->legend->itemCount(); ++i) n += plot->legend->item(i) != nullptr;
  return n;
}

}  // namespace

class TestMemoryScatter : public QObject {
  Q_OBJECT
 private slots:
  void plotsTheScaleWithRolesAndLinks() {
    MemoryScatter scatter;
    scatter.resize(900, 600);
    scatter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scatter));
    const QStringList names{"bottle", "cable", "capsule"};
    scatter.setAnalysis(handMade(), names, 0);
    QCustomPlot* plot = scatter.customPlot();
    QCOMPARE(plot->objectName(), QString("memoryPlot"));

    QCOMPARE(scatter.itemsShown(), (QVector<int>{0, 1, 2, 3, 4, 5, 6}));
    QCOMPARE(scatter.classGraph(0)->dataCount(), 2);
    QCOMPARE(scatter.classGraph(1)->dataCount(), 2);
    QCOMPARE(scatter.classGraph(2)->dataCount(), 1);
    QCOMPARE(scatter.sharedGraph()->dataCount(), 2);
    QCOMPARE(scatter.classGraph(1)->name(), QString("cable"));
    // Grey for shared; a distinct, saturated colour per class.
    const QColor grey = scatter.sharedGraph()->scatterStyle().brush().color();
    QCOMPARE(grey.saturation(), 0);
    for (int c = 0; c < 3; ++c) {
      const QColor colour = scatter.classGraph(c)->scatterStyle().brush().color();
      QVERIFY(colour.saturation() > 60);
      QCOMPARE(colour, MemoryScatter::classColour(c));
    }
    for (int c = 0; c < 40; ++c) {
      QVERIFY(MemoryScatter::classColour(c).saturation() > 60);
      for (int d = 0; d < c; ++d)
        QVERIFY(MemoryScatter::classColour(c) != MemoryScatter::classColour(d));
    }
    QCOMPARE(legendEntries(plot), 4);  // three classes and "class-shared"

    QCOMPARE(scatter.classCentroid(0), QPointF(1, 0));
    QCOMPARE(scatter.classCentroid(1), QPointF(10, 11));
    QCOMPARE(scatter.classCentroid(2), QPointF(-4, 8));
    // Item 5 joins b and c, item 6 joins a and c.
    QCOMPARE(scatter.links().size(), 4);
    QMap<int, QList<QPointF>> ends;
    for (QCPItemLine* line : scatter.links()) {
      const int i = line->property("item").toInt();
      QCOMPARE(line->start->coords(), i == 5 ? QPointF(5, 5) : QPointF(4, 2));
      ends[i] << line->end->coords();
      QCOMPARE(line->pen().color().saturation(), 0);
      QCOMPARE(line->layer()->name(), QString("links"));
    }
    QCOMPARE(ends[5], (QList<QPointF>{QPointF(10, 11), QPointF(-4, 8)}));
    QCOMPARE(ends[6], (QList<QPointF>{QPointF(1, 0), QPointF(-4, 8)}));
    // A cross marks each class centroid, where the lines end.
    QList<QPointF> crosses;
    for (int k = 0; k < plot->itemCount(); ++k)
      if (auto* tracer = qobject_cast<QCPItemTracer*>(plot->item(k)))
        crosses << tracer->position->coords();
    QCOMPARE(crosses, (QList<QPointF>{QPointF(1, 0), QPointF(10, 11), QPointF(-4, 8)}));

    // The tooltip: owner, role, probabilities high to low.
    const QString tip = scatter.tooltipFor(5);
    QVERIFY(tip.contains("capsule"));
    QVERIFY(tip.contains("class-shared"));
    const int b = tip.indexOf("cable"), c = tip.lastIndexOf("capsule"), a = tip.indexOf("bottle");
    QVERIFY2(b >= 0 && b < c && c < a, qPrintable(tip));
    QVERIFY(tip.indexOf("0.500") < tip.indexOf("0.300"));
    QVERIFY(tip.indexOf("0.300") < tip.indexOf("0.200"));
    QVERIFY(scatter.tooltipFor(7).isEmpty());  // not on this scale
    QVERIFY(scatter.tooltipFor(8).isEmpty());  // no position

    // Hovering finds the item under the pointer, and nothing far from every item.
    for (int i : scatter.itemsShown()) {
      const QPointF at = scatter.itemPixelPosition(i);
      QVERIFY(scatter.rect().contains(at.toPoint()));
      QCOMPARE(scatter.itemAt(at.toPoint() + QPoint(2, -2)), i);
    }
    const QPointF corner(plot->xAxis->coordToPixel(plot->xAxis->range().upper) - 3,
                         plot->yAxis->coordToPixel(plot->yAxis->range().upper) + 3);
    QCOMPARE(scatter.itemAt(corner.toPoint()), -1);
    QSignalSpy hovered(&scatter, &MemoryScatter::itemHovered);
    QTest::mouseMove(plot, scatter.itemPixelPosition(2).toPoint());
    QTRY_VERIFY(!hovered.isEmpty());
    QCOMPARE(hovered.last().first().toInt(), 2);

    // Equal data units per pixel on both axes, every point inside.
    const double ux = plot->xAxis->range().size() / plot->axisRect()->width();
    const double uy = plot->yAxis->range().size() / plot->axisRect()->height();
    QVERIFY2(std::abs(ux - uy) < 0.02 * ux, qPrintable(QString("%1 vs %2").arg(ux).arg(uy)));
    QVERIFY(plot->xAxis->range().contains(-4) && plot->xAxis->range().contains(10));
    QVERIFY(plot->yAxis->range().contains(0) && plot->yAxis->range().contains(12));

    // Another scale: its one item, no links.
    scatter.setAnalysis(handMade(), names, 1);
    QCOMPARE(scatter.itemsShown(), (QVector<int>{7}));
    QCOMPARE(scatter.links().size(), 0);
    QCOMPARE(scatter.sharedGraph()->dataCount(), 0);
    scatter.clear();
    QVERIFY(scatter.itemsShown().isEmpty());
    QCOMPARE(plot->graphCount(), 1);  // only the (empty) shared graph
  }

  // A Fig. 5-like picture of many classes, to look at the colours and the legend.
  void screenshotOfManyClasses() {
    std::mt19937 random(5);
    std::normal_distribution<float> noise(0.0f, 1.0f);
    const int classes = 15, perClass = 20;
    QStringList names;
    for (const char* n :
         {"bottle", "cable", "capsule", "carpet", "grid", "hazelnut", "leather", "metal_nut",
          "pill", "screw", "tile", "toothbrush", "transistor", "wood", "zipper"})
      names << n;
    mdd::MemoryAnalysis a;
    for (int c = 0; c < classes; ++c)
      for (int k = 0; k < perClass; ++k) {
        const double angle = 2 * M_PI * c / classes;
        std::vector<float> p(classes, 0.2f / (classes - 1));
        p[static_cast<std::size_t>(c)] = 0.8f;
        const bool shared = k < 2;
        if (shared) {
          p.assign(classes, 0.0f);
          p[static_cast<std::size_t>(c)] = 0.5f;
          p[static_cast<std::size_t>((c + 1) % classes)] = 0.5f;
        }
        const double r = shared ? 15 : 30;
        a.items.push_back(item(0, c, static_cast<float>(r * std::cos(angle)) + 3 * noise(random),
                               static_cast<float>(r * std::sin(angle)) + 3 * noise(random), p,
                               shared));
      }
    MemoryScatter scatter;
    scatter.resize(1000, 760);
    scatter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scatter));
    scatter.setAnalysis(a, names, 0);
    QCOMPARE(scatter.links().size(), 2 * 2 * classes);
    QCOMPARE(legendEntries(scatter.customPlot()), classes + 1);
    QVERIFY(scatter.grab().save(QStringLiteral(MDD_TEST_WORK_DIR) + "/memory_scatter_15.png"));
  }
};

QTEST_MAIN(TestMemoryScatter)
#include "test_memory_scatter.moc"
