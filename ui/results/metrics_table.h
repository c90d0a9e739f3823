#pragma once
// The per-class benchmark metrics of a run on a split with ground truth (x100, one decimal,
// "–" where a metric is undefined), with the "mean" row last and in bold.
#include <QTableWidget>
#include <QVector>

#include "results/inference_outcome.h"

namespace mddui {

class MetricsTable : public QTableWidget {
  Q_OBJECT
 public:
  explicit MetricsTable(QWidget* parent = nullptr);

  // Hides the table when `metrics` is empty (a folder run has no ground truth).
  void setMetrics(const QVector<MetricsRow>& metrics);

  QSize sizeHint() const override;

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  void fill();  // the rows of metrics_, in the current language and locale

  QVector<MetricsRow> metrics_;
};

}  // namespace mddui
