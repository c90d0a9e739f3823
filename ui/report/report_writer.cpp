#include "report/report_writer.h"

#include "common/atomic_write.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

#include "report/report_document.h"
#include "report/report_sections.h"

namespace mddui {
namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

}  // namespace

bool writeReportFile(const QString& file, const QByteArray& bytes, QString* error) {
  return writeFileAtomically(file, bytes, error);
}

QString reportPercent(double fraction) {
  return std::isnan(fraction) ? QStringLiteral("–") : QLocale().toString(100.0 * fraction, 'f', 1);
}

QString reportNumber(double value) {
  return std::isnan(value) ? QStringLiteral("–") : QLocale().toString(value, 'g', 5);
}

QString buildReportHtml(const ReportData& data, const QVector<ClassCharts>& charts,
                        const QVector<ReportCase>& cases) {
  QString h =
      QStringLiteral(
          "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n<style>\n"
          "body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; color: #202020; }\n"
          "h1 { font-size: 17pt; margin-bottom: 2px; }\n"
          "h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; color: #1f3f66; }\n"
          "h2, h3 { page-break-after: avoid; }\n"
          "h3 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 3px; }\n"
          "p.sub { font-size: 11pt; margin-top: 0px; }\n"
          "p.muted { color: #606060; font-size: 8.5pt; margin-top: 0px; }\n"
          "td.key { color: #505050; padding-right: 12px; }\n"
          "table.grid { border-collapse: collapse; border-color: #a0a8b4; font-size: 8.5pt; }\n"
          "table.grid th { background-color: #dde4ee; }\n"
          "span.caption { font-size: 7.5pt; color: #303030; }\n"
          "</style></head><body>\n")
          .arg(Text::tr("MDD-Net model report: %1")
                   .arg(QFileInfo(data.modelPath).fileName())
                   .toHtmlEscaped());
  h += report_sections::titleBlock(data) + QLatin1Char('\n');
  h += report_sections::metricsTable(data.metrics) + QLatin1Char('\n');
  h += report_sections::decisionsTable(data) + QLatin1Char('\n');
  for (const QString& name : data.classNames())
    h += report_sections::classSection(data, name, charts, cases) + QLatin1Char('\n');
  return h + QStringLiteral("</body></html>\n");
}

bool writeReportHtml(const QString& file, const QString& html, QString* error) {
  return writeReportFile(file, html.toUtf8(), error);
}

bool writeReportPdf(const QString& file, const QString& html, QString* error, int* pages) {
  const ReportDocument document(html);
  QString reason;
  const QByteArray pdf = document.toPdf(QFileInfo(file).completeBaseName(), &reason);
  if (pdf.isEmpty()) {
    if (error) *error = Text::tr("Cannot write the report '%1': %2").arg(file, reason);
    return false;
  }
  if (pages) *pages = document.pageCount();
  return writeReportFile(file, pdf, error);
}

QImage renderReportPage(const QString& html, int page, QSize size) {
  return ReportDocument(html).renderPage(page, size);
}

}  // namespace mddui
