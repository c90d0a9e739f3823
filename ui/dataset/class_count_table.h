#pragma once
// Per-class image counts of a dataset (train, validation, test good, test defect, masks)
// with a bold total row: what the import dialog shows before a dataset is accepted.
#include <QTableWidget>

namespace mdd {
struct Dataset;
}

namespace mddui {

class ClassCountTable : public QTableWidget {
  Q_OBJECT
 public:
  enum Column {
    ClassColumn,
    TrainColumn,
    ValidationColumn,
    TestGoodColumn,
    TestDefectColumn,
    MasksColumn,
    ColumnCount
  };

  explicit ClassCountTable(QWidget* parent = nullptr);

  // One row per class in the dataset's class order, then the total; empty for no classes.
  void showDataset(const mdd::Dataset& dataset);

  // n with group separators even in the C locale ("4,000").
  static QString number(std::size_t n);
};

}  // namespace mddui
