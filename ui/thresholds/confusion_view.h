#pragma once
// The confusion matrix of one class's current verdicts: rows are the ground truth, columns
// the verdict ("needs review" between good and defect when the band is on), with
// precision, recall, F1 and false-positive rate below (needs review counts as a defect
// call, see relabel.h).
#include <QWidget>

#include "thresholds/relabel.h"

class QLabel;
class QTableWidget;

namespace mddui {

class ConfusionView : public QWidget {
  Q_OBJECT
 public:
  enum Row { TruthGood = 0, TruthDefect = 1 };

  explicit ConfusionView(QWidget* parent = nullptr);

  void setCounts(const VerdictCounts& counts, bool bandOn);
  const VerdictCounts& counts() const { return counts_; }
  bool bandOn() const { return bandOn_; }

  // The number shown in a cell, -1 when there is no such cell. verdict: "good",
  // "needs_review" or "defect".
  int cell(Row truth, const QString& verdict) const;
  QTableWidget* table() const { return table_; }

 private:
  QTableWidget* table_ = nullptr;
  QLabel* precision_ = nullptr;
  QLabel* recall_ = nullptr;
  QLabel* f1_ = nullptr;
  QLabel* fpr_ = nullptr;
  VerdictCounts counts_;
  bool bandOn_ = false;
};

}  // namespace mddui
