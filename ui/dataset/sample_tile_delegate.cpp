#include "dataset/sample_tile_delegate.h"

#include <QApplication>
#include <QPainter>

#include "dataset/sample_list_model.h"

namespace mddui {
namespace {

constexpr int kMargin = 6;  // around the thumbnail inside the tile
constexpr int kFrame = 3;   // verdict frame width

}  // namespace

SampleTileDelegate::SampleTileDelegate(int thumbnailSize, QObject* parent)
    : QStyledItemDelegate(parent), thumb_(thumbnailSize) {}

QSize SampleTileDelegate::tileSize(const QFontMetrics& metrics) const {
  return {thumb_ + 2 * kMargin, thumb_ + 2 * kMargin + metrics.height() + 4};
}

QColor SampleTileDelegate::verdictColour(const QString& verdict) {
  if (verdict == QLatin1String("good")) return {0x2e, 0x9d, 0x4c};
  if (verdict == QLatin1String("defect")) return {0xd0, 0x30, 0x30};
  if (verdict == QLatin1String("needs_review")) return {0xe6, 0x9a, 0x00};
  return {};
}

QSize SampleTileDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
  return tileSize(option.fontMetrics);
}

void SampleTileDelegate::paint(QPainter* p, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
  p->save();
  const QRect tile = option.rect.adjusted(1, 1, -1, -1);
  const QPalette& pal = option.palette;
  const bool selected = option.state & QStyle::State_Selected;
  if (selected) {
    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlpha(70);
    p->fillRect(tile, fill);
    p->setPen(pal.color(QPalette::Highlight));
    p->drawRect(tile.adjusted(0, 0, -1, -1));
  } else if (option.state & QStyle::State_MouseOver) {
    p->fillRect(tile, pal.color(QPalette::AlternateBase));
  }

  const QRect box(tile.x() + (tile.width() - thumb_) / 2, tile.y() + kMargin - 1, thumb_, thumb_);
  const QImage image = qvariant_cast<QImage>(index.data(Qt::DecorationRole));
  if (!image.isNull()) {
    // Small images (a 64-px dataset) are drawn up to the tile size: same tile, same look.
    const QSize size = image.size().scaled(box.size(), Qt::KeepAspectRatio);
    p->setRenderHint(QPainter::SmoothPixmapTransform);
    const QRect target(QPoint(box.x() + (box.width() - size.width()) / 2,
                              box.y() + (box.height() - size.height()) / 2),
                       size);
    p->drawImage(target, image);
  }

  const QString verdict = index.data(SampleListModel::VerdictRole).toString();
  const QColor frame = verdictColour(verdict);
  if (frame.isValid()) {
    p->setPen(QPen(frame, kFrame));
    p->setBrush(Qt::NoBrush);
    p->drawRect(box.adjusted(1, 1, -2, -2));
  }

  p->setRenderHint(QPainter::Antialiasing);
  if (index.data(SampleListModel::AnomalousRole).toBool()) {
    // Ground truth: the defect folder's name, so a dataset can be browsed by defect kind.
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p->setFont(small);
    const QFontMetrics fm(small);
    const QString type = fm.elidedText(index.data(SampleListModel::DefectTypeRole).toString(),
                                       Qt::ElideRight, box.width() - 12);
    const QRect chip(box.x() + 4, box.bottom() - fm.height() - 5, fm.horizontalAdvance(type) + 8,
                     fm.height() + 2);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0, 0, 0, 150));
    p->drawRoundedRect(chip, 3, 3);
    p->setPen(Qt::white);
    p->drawText(chip, Qt::AlignCenter, type);
  }

  const QString review = index.data(SampleListModel::ReviewRole).toString();
  if (!review.isEmpty()) {
    // A person's label: a round badge, tick for good, cross for defect.
    const int d = qMax(14, thumb_ / 7);
    const QRectF badge(box.right() - d - 3, box.y() + 4, d, d);
    p->setPen(QPen(Qt::white, 1.5));
    p->setBrush(verdictColour(review == QLatin1String("good") ? review : QStringLiteral("defect")));
    p->drawEllipse(badge);
    p->setPen(QPen(Qt::white, qMax(1.5, d / 8.0), Qt::SolidLine, Qt::RoundCap));
    const QPointF c = badge.center();
    const qreal r = d * 0.25;
    if (review == QLatin1String("good")) {
      p->drawLine(QPointF(c.x() - r, c.y()), QPointF(c.x() - r / 3, c.y() + r * 0.8));
      p->drawLine(QPointF(c.x() - r / 3, c.y() + r * 0.8), QPointF(c.x() + r, c.y() - r * 0.7));
    } else {
      p->drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
      p->drawLine(QPointF(c.x() + r, c.y() - r), QPointF(c.x() - r, c.y() + r));
    }
  }

  p->setFont(option.font);
  p->setPen(pal.color(selected ? QPalette::Text : QPalette::WindowText));
  const QRect text(tile.x() + 2, box.bottom() + 3, tile.width() - 4, option.fontMetrics.height());
  p->drawText(text, Qt::AlignHCenter | Qt::AlignVCenter,
              option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle,
                                            text.width()));
  p->restore();
}

}  // namespace mddui
