#pragma once
// Paints one image tile of the browser: the thumbnail, a coloured frame for the verdict
// (green good, red defect, amber needs review), a badge for a reviewer's label, the defect
// type of ground-truth anomalies, and the file name. Draws the QImage directly; Qt's default
// delegate would turn it into a QIcon on every paint.
#include <QStyledItemDelegate>

namespace mddui {

class SampleTileDelegate : public QStyledItemDelegate {
  Q_OBJECT
 public:
  explicit SampleTileDelegate(int thumbnailSize = 128, QObject* parent = nullptr);

  int thumbnailSize() const { return thumb_; }
  void setThumbnailSize(int size) { thumb_ = size; }
  // The size of one tile for a given font: thumbnail, margins and one line of text.
  QSize tileSize(const QFontMetrics& metrics) const;

  static QColor verdictColour(const QString& verdict);

  void paint(QPainter* painter, const QStyleOptionViewItem& option,
             const QModelIndex& index) const override;
  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

 private:
  int thumb_;
};

}  // namespace mddui
