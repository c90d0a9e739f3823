#pragma once
// The report's HTML laid out on A4 pages exactly as the PDF prints it: one layout for the
// PDF, page counts and page images, so a screenshot shows what the PDF holds. The layout is
// done at 96 dpi with 2 cm margins and scaled to the output; each page carries "n / N" at
// the bottom. Uses QTextDocument and QPainter on QImage / QPdfWriter only, so any thread may
// use it (one object per thread).
#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace mddui {

class ReportDocument {
 public:
  explicit ReportDocument(const QString& html);
  ~ReportDocument();
  ReportDocument(const ReportDocument&) = delete;
  ReportDocument& operator=(const ReportDocument&) = delete;

  int pageCount() const;
  const QTextDocument& textDocument() const { return *doc_; }  // the laid-out pages
  QSizeF pageSize() const;                                     // in layout pixels (A4 at 96 dpi)

  // Page `page` (0-based) scaled into an image of `size` on white; a null image when out of
  // range.
  QImage renderPage(int page, QSize size) const;
  // The whole report as PDF bytes (A4 portrait). Empty with `error` set on failure.
  QByteArray toPdf(const QString& title, QString* error) const;

 private:
  void keepHeadingsWithNext();
  void paintPage(QPainter& painter, int page, double scale) const;

  std::unique_ptr<QTextDocument> doc_;
};

}  // namespace mddui
