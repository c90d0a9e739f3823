#pragma once
// The model report as one self-contained HTML page (charts and overlays embedded as base64
// PNG data URIs, so the file can be mailed or archived alone) and as a PDF of the same
// HTML laid out on A4 pages (ReportDocument). The HTML keeps to what both browsers and
// QTextDocument render: tables, headings, inline colours, page-break-before per class.
//
// Contents: a title block (model file, backbone, input size, score map, classes, training
// steps/epochs/time/device, what was evaluated, generated date); the per-class metric table
// (the seven metrics and mAD x100, one decimal, mean row last); the decisions at the stored
// thresholds; then one section per class: thresholds (image, pixel, ranges, band, method),
// the score histogram and ROC, and the example overlays with captions (file, score, verdict).
#include <QString>
#include <QVector>

#include "report/report_cases.h"
#include "report/report_charts.h"
#include "report/report_data.h"

namespace mddui {

// charts: one per class (any order, matched by name; a class without charts gets a note).
// cases: as ReportCases::pick gives them (rendered or not).
QString buildReportHtml(const ReportData& data, const QVector<ClassCharts>& charts,
                        const QVector<ReportCase>& cases);

// Both write atomically (QSaveFile): on failure nothing new is left behind, an existing
// file stays as it was, and `error` names the file and the fix. writeReportPdf lays the HTML
// out on A4 pages with page numbers; `pages` receives their count.
bool writeReportHtml(const QString& file, const QString& html, QString* error);
bool writeReportPdf(const QString& file, const QString& html, QString* error, int* pages = nullptr);

// The atomic write both use, for other bytes of the report (the job writes the PDF bytes it
// laid out itself). Refuses a missing folder without creating it.
bool writeReportFile(const QString& file, const QByteArray& bytes, QString* error);

// One page (0-based) of the PDF layout as an image of `size` (for screenshots and previews).
QImage renderReportPage(const QString& html, int page, QSize size);

// "97.5" for 0.975, "–" for NaN: how the report shows a metric.
QString reportPercent(double fraction);
// Raw scores and thresholds: 5 significant digits, "–" for NaN.
QString reportNumber(double value);

}  // namespace mddui
