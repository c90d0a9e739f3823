#include "results/metrics_table.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>

#include <cmath>

#include "common/retranslate.h"

namespace mddui {
namespace {

QTableWidgetItem* cell(const QString& text, bool bold, bool number) {
  auto* item = new QTableWidgetItem(text);
  item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
  if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  if (bold) {
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
  }
  return item;
}

QString percent(double fraction) {
  return std::isnan(fraction) ? QStringLiteral("–") : QLocale().toString(100.0 * fraction, 'f', 1);
}

}  // namespace

MetricsTable::MetricsTable(QWidget* parent) : QTableWidget(parent) {
  setObjectName(QStringLiteral("metricsTable"));
  setColumnCount(9);
  verticalHeader()->hide();
  verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
  verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  horizontalHeader()->setStretchLastSection(true);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setSelectionMode(QAbstractItemView::NoSelection);
  setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
  hide();
  retranslate(this, [this] {
    setHorizontalHeaderLabels({tr("Class"), tr("Images"), tr("I-AUROC"), tr("I-AP"), tr("I-F1max"),
                               tr("P-AUROC"), tr("P-AP"), tr("P-F1max"), tr("AU-PRO")});
    horizontalHeaderItem(0)->setToolTip(tr("Metrics in percent on this split's ground truth"));
    fill();
  });
}

void MetricsTable::setMetrics(const QVector<MetricsRow>& metrics) {
  metrics_ = metrics;
  fill();
}

void MetricsTable::fill() {
  const QVector<MetricsRow>& metrics = metrics_;
  setRowCount(static_cast<int>(metrics.size()));
  for (int r = 0; r < metrics.size(); ++r) {
    const MetricsRow& m = metrics[r];
    const bool mean = m.className == QLatin1String("mean");
    setItem(r, 0, cell(mean ? tr("mean") : m.className, mean, false));
    setItem(r, 1, cell(QLocale().toString(m.images), mean, true));
    const double values[] = {m.imageAuroc, m.imageAp,    m.imageF1max, m.pixelAuroc,
                             m.pixelAp,    m.pixelF1max, m.auPro};
    for (int c = 0; c < 7; ++c) setItem(r, c + 2, cell(percent(values[c]), mean, true));
  }
  setVisible(!metrics.isEmpty());
  updateGeometry();
}

void MetricsTable::resizeEvent(QResizeEvent* event) {
  QTableWidget::resizeEvent(event);
  updateGeometry();  // the horizontal scroll bar may have come or gone
}

QSize MetricsTable::sizeHint() const {
  // Tall enough for a handful of classes without scrolling; more classes scroll.
  const int rows = std::min(rowCount(), 6);
  int height = horizontalHeader()->sizeHint().height() +
               rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth() + 2;
  if (horizontalHeader()->length() > viewport()->width())
    height += horizontalScrollBar()->sizeHint().height();
  return {QTableWidget::sizeHint().width(), height};
}

}  // namespace mddui
