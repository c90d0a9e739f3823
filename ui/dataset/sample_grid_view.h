#pragma once
// The browser's thumbnail grid: a wrapping list of equal tiles that stays laid out when
// rows change. QListView lays out every row again after any dataChanged(); with 100,000
// rows that is a relayout per batch of arriving thumbnails, and the scroll range shrinks
// and regrows under the user's hand. Tiles here all have the grid's size, so a change of
// a row's data (thumbnail, verdict, review) only needs a repaint.
#include <QListView>

namespace mddui {

class SampleGridView : public QListView {
  Q_OBJECT
 public:
  explicit SampleGridView(QWidget* parent = nullptr);

 protected:
  void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                   const QList<int>& roles = QList<int>()) override;
};

}  // namespace mddui
