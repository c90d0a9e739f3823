#pragma once
// The class's seven benchmark metrics from the run (threshold-free, so they stay put while
// the threshold moves) above the live precision, recall, F1 and FPR of the current
// verdicts. Values in percent, "–" where undefined or not measured.
#include <QTableWidget>

#include <optional>

#include "results/inference_outcome.h"
#include "thresholds/relabel.h"

namespace mddui {

class WorkbenchMetricsTable : public QTableWidget {
  Q_OBJECT
 public:
  enum RowIndex { IAuroc, IAp, IF1max, PAuroc, PAp, PF1max, AuPro, Precision, Recall, F1, Fpr, RowTotal };

  explicit WorkbenchMetricsTable(QWidget* parent = nullptr);

  void setRunMetrics(const std::optional<MetricsRow>& metrics);
  void setLiveCounts(const VerdictCounts& counts);

  QString valueText(RowIndex row) const;  // what the table shows in that row
  QSize sizeHint() const override;

 private:
  void setValue(int row, double fraction);

  double values_[RowTotal];  // the fractions shown, written again after a language change
};

}  // namespace mddui
