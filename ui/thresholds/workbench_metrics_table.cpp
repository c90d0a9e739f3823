#include "thresholds/workbench_metrics_table.h"

#include <QHeaderView>
#include <QLocale>

#include <cmath>

#include "common/retranslate.h"

namespace mddui {

WorkbenchMetricsTable::WorkbenchMetricsTable(QWidget* parent) : QTableWidget(parent) {
  setObjectName(QStringLiteral("workbenchMetricsTable"));
  setColumnCount(2);
  setRowCount(RowTotal);
  for (int r = 0; r < RowTotal; ++r) {
    auto* name = new QTableWidgetItem;
    if (r >= Precision) {
      // The live rows follow the threshold; the others are the run's, whatever it is.
      QFont font = name->font();
      font.setItalic(true);
      name->setFont(font);
    }
    setItem(r, 0, name);
    values_[r] = std::nan("");
    auto* value = new QTableWidgetItem(QStringLiteral("–"));
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setItem(r, 1, value);
  }
  verticalHeader()->hide();
  verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
  verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setSelectionMode(QAbstractItemView::NoSelection);
  setFocusPolicy(Qt::NoFocus);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  retranslate(this, [this] {
    setHorizontalHeaderLabels({tr("Metric"), tr("Value")});
    const QString names[RowTotal] = {tr("I-AUROC"), tr("I-AP"),    tr("I-F1max"), tr("P-AUROC"),
                                     tr("P-AP"),    tr("P-F1max"), tr("AU-PRO"),  tr("Precision"),
                                     tr("Recall"),  tr("F1"),      tr("FPR")};
    for (int r = 0; r < RowTotal; ++r) {
      item(r, 0)->setText(names[r]);
      item(r, 0)->setToolTip(r >= Precision ? tr("At the current threshold, live")
                                            : tr("From the run, independent of the threshold"));
      setValue(r, values_[r]);  // in the current locale
    }
  });
}

void WorkbenchMetricsTable::setValue(int row, double fraction) {
  values_[row] = fraction;
  item(row, 1)->setText(std::isnan(fraction) ? QStringLiteral("–")
                                             : QLocale().toString(100.0 * fraction, 'f', 1));
}

void WorkbenchMetricsTable::setRunMetrics(const std::optional<MetricsRow>& m) {
  const double none = std::nan("");
  setValue(IAuroc, m ? m->imageAuroc : none);
  setValue(IAp, m ? m->imageAp : none);
  setValue(IF1max, m ? m->imageF1max : none);
  setValue(PAuroc, m ? m->pixelAuroc : none);
  setValue(PAp, m ? m->pixelAp : none);
  setValue(PF1max, m ? m->pixelF1max : none);
  setValue(AuPro, m ? m->auPro : none);
}

void WorkbenchMetricsTable::setLiveCounts(const VerdictCounts& counts) {
  setValue(Precision, counts.precision());
  setValue(Recall, counts.recall());
  setValue(F1, counts.f1());
  setValue(Fpr, counts.falsePositiveRate());
}

QString WorkbenchMetricsTable::valueText(RowIndex row) const { return item(row, 1)->text(); }

QSize WorkbenchMetricsTable::sizeHint() const {
  // Every row without scrolling.
  const int height = horizontalHeader()->sizeHint().height() +
                     RowTotal * verticalHeader()->defaultSectionSize() + 2 * frameWidth() + 2;
  return {QTableWidget::sizeHint().width(), height};
}

}  // namespace mddui
