#include "dataset/sample_grid_view.h"

namespace mddui {

SampleGridView::SampleGridView(QWidget* parent) : QListView(parent) {
  // A wrapping left-to-right ListMode is IconMode's grid without its free-placement engine,
  // which re-measures and re-positions every changed row in a spatial tree.
  setViewMode(QListView::ListMode);
  setFlow(QListView::LeftToRight);
  setWrapping(true);
  setMovement(QListView::Static);
  setResizeMode(QListView::Adjust);
  setUniformItemSizes(true);  // no per-row size queries: 100,000 rows lay out at once
  setLayoutMode(QListView::Batched);
  setBatchSize(500);
}

void SampleGridView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                 const QList<int>& roles) {
  // Skips QListView's relayout: every tile has the grid's size whatever its data. The base
  // of QListView repaints the rows and keeps accessibility informed.
  QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

}  // namespace mddui
