#include "report/report_document.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <cmath>

namespace mddui {
namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

constexpr double kDpi = 96.0;
constexpr double kMmPerInch = 25.4;
const QSizeF kA4Pixels(210.0 / kMmPerInch * kDpi, 297.0 / kMmPerInch * kDpi);
const double kMargin = 20.0 / kMmPerInch * kDpi;  // 2 cm, as QTextDocument::print uses

}  // namespace

ReportDocument::ReportDocument(const QString& html) : doc_(std::make_unique<QTextDocument>()) {
  QFont font = doc_->defaultFont();
  font.setPointSizeF(9.5);
  doc_->setDefaultFont(font);
  doc_->setHtml(html);
  doc_->setPageSize(kA4Pixels);
  // In a paginated document the root frame's margins repeat on every page.
  QTextFrameFormat frame = doc_->rootFrame()->frameFormat();
  frame.setMargin(kMargin);
  doc_->rootFrame()->setFrameFormat(frame);
  keepHeadingsWithNext();
}

void ReportDocument::keepHeadingsWithNext() {
  // QTextDocument knows no "keep with next": a heading may end a page and its table start
  // the next. Each heading that lands on another page than the block after it gets a page
  // break before it, top to bottom (each break moves what follows, so re-measure).
  QAbstractTextDocumentLayout* layout = doc_->documentLayout();
  const double pageHeight = doc_->pageSize().height();
  auto pageOf = [pageHeight](double y) { return static_cast<int>(std::floor(y / pageHeight)); };
  for (QTextBlock block = doc_->begin(); block.isValid(); block = block.next()) {
    QTextBlockFormat format = block.blockFormat();
    const QTextBlock next = block.next();
    if (format.headingLevel() == 0 || !next.isValid() ||
        (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
      continue;
    const QRectF heading = layout->blockBoundingRect(block);
    const QRectF following = layout->blockBoundingRect(next);
    if (following.height() > pageHeight / 2) continue;  // would not fit whole anyway
    if (pageOf(heading.top()) == pageOf(following.bottom() - 1)) continue;
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
    // Qt 6.4 re-lays out only part of the document after a format change and leaves later
    // headings without a layout (not drawn): lay it all out again.
    doc_->markContentsDirty(0, doc_->characterCount());
  }
}

ReportDocument::~ReportDocument() = default;

int ReportDocument::pageCount() const { return doc_->pageCount(); }

QSizeF ReportDocument::pageSize() const { return doc_->pageSize(); }

void ReportDocument::paintPage(QPainter& painter, int page, double scale) const {
  const QSizeF size = doc_->pageSize();
  painter.save();
  painter.scale(scale, scale);
  const QRectF clip(0, page * size.height(), size.width(), size.height());
  painter.translate(0, -clip.top());
  QAbstractTextDocumentLayout::PaintContext context;
  context.clip = clip;
  context.palette.setColor(QPalette::Text, Qt::black);
  painter.setClipRect(clip);
  doc_->documentLayout()->draw(&painter, context);
  painter.restore();

  // The page number sits in the bottom margin, right-aligned with the text.
  painter.save();
  painter.scale(scale, scale);
  QFont font = doc_->defaultFont();
  font.setPixelSize(11);  // layout pixels: a point size would be resolved at the PDF's dpi
  painter.setFont(font);
  painter.setPen(QColor(110, 110, 110));
  const QRectF footer(kMargin, size.height() - kMargin * 0.75, size.width() - 2 * kMargin,
                      kMargin * 0.5);
  painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                   Text::tr("%1 / %2").arg(page + 1).arg(pageCount()));
  painter.restore();
}

QImage ReportDocument::renderPage(int page, QSize size) const {
  if (page < 0 || page >= pageCount() || size.isEmpty()) return {};
  QImage image(size, QImage::Format_RGB32);
  image.fill(Qt::white);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing);
  painter.setRenderHint(QPainter::SmoothPixmapTransform);
  paintPage(painter, page,
            std::min(size.width() / pageSize().width(), size.height() / pageSize().height()));
  return image;
}

QByteArray ReportDocument::toPdf(const QString& title, QString* error) const {
  QByteArray bytes;
  {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("MDD-Net Inspector"));
    QPainter painter;
    if (!painter.begin(&writer)) {
      if (error) *error = Text::tr("The PDF writer could not start.");
      return {};
    }
    const double scale = writer.width() / pageSize().width();
    for (int page = 0; page < pageCount(); ++page) {
      if (page > 0) writer.newPage();
      paintPage(painter, page, scale);
    }
    painter.end();
  }
  if (error) error->clear();
  return bytes;
}

}  // namespace mddui
