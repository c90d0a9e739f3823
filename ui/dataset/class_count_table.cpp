#include "dataset/class_count_table.h"

#include <QHeaderView>
#include <QLocale>

#include <array>
#include <map>

#include "common/retranslate.h"
#include "mdd/dataset.h"

namespace mddui {
namespace {

// The count is kept in the item, so a language change can write it the new way.
constexpr int kCountRole = Qt::UserRole;
constexpr int kTotalRole = Qt::UserRole + 1;

QTableWidgetItem* countItem(std::size_t n) {
  auto* item = new QTableWidgetItem(ClassCountTable::number(n));
  item->setData(kCountRole, qulonglong(n));
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return item;
}

}  // namespace

ClassCountTable::ClassCountTable(QWidget* parent) : QTableWidget(0, ColumnCount, parent) {
  setObjectName(QStringLiteral("classTable"));
  verticalHeader()->hide();
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setSelectionBehavior(QAbstractItemView::SelectRows);
  horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  horizontalHeader()->setSectionResizeMode(ClassColumn, QHeaderView::Stretch);
  retranslate(this, [this] {
    setHorizontalHeaderLabels({tr("Class"), tr("Train"), tr("Validation"), tr("Test good"),
                               tr("Test defect"), tr("Masks")});
    for (int r = 0; r < rowCount(); ++r) {
      for (int c = 0; c < columnCount(); ++c) {
        QTableWidgetItem* cell = item(r, c);
        if (!cell) continue;
        if (cell->data(kTotalRole).toBool()) cell->setText(tr("Total"));
        const QVariant count = cell->data(kCountRole);
        if (count.isValid()) cell->setText(number(count.toULongLong()));
      }
    }
  });
}

QString ClassCountTable::number(std::size_t n) {
  QLocale locale;
  locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
  return locale.toString(qulonglong(n));
}

void ClassCountTable::showDataset(const mdd::Dataset& dataset) {
  using Counts = std::array<std::size_t, ColumnCount>;
  std::map<std::string, Counts> counts;
  for (const std::string& name : dataset.classNames) counts[name] = {};
  for (const mdd::Sample& s : dataset.samples) {
    Counts& c = counts[s.className];
    if (s.split == mdd::Split::Train) ++c[TrainColumn];
    if (s.split == mdd::Split::Validation) ++c[ValidationColumn];
    if (s.split == mdd::Split::Test) ++c[s.isAnomalous ? TestDefectColumn : TestGoodColumn];
    if (!s.maskPath.empty()) ++c[MasksColumn];
  }
  setRowCount(0);
  if (dataset.classNames.empty()) return;
  setRowCount(int(dataset.classNames.size()) + 1);
  Counts total{};
  int row = 0;
  for (const std::string& name : dataset.classNames) {
    const Counts& c = counts[name];
    setItem(row, ClassColumn, new QTableWidgetItem(QString::fromStdString(name)));
    for (int col = TrainColumn; col < ColumnCount; ++col) {
      setItem(row, col, countItem(c[col]));
      total[col] += c[col];
    }
    ++row;
  }
  auto* label = new QTableWidgetItem(tr("Total"));
  label->setData(kTotalRole, true);
  QFont bold = label->font();
  bold.setBold(true);
  label->setFont(bold);
  setItem(row, ClassColumn, label);
  for (int col = TrainColumn; col < ColumnCount; ++col) {
    QTableWidgetItem* item = countItem(total[col]);
    item->setFont(bold);
    setItem(row, col, item);
  }
}

}  // namespace mddui
