#pragma once
// The parts of the report's HTML, for buildReportHtml (report_writer.h). Each returns an
// HTML fragment with every text escaped and every image embedded as a PNG data URI.
#include <QString>
#include <QVector>

#include "report/report_cases.h"
#include "report/report_charts.h"
#include "report/report_data.h"

namespace mddui {
namespace report_sections {

// Title, model and training facts, what was evaluated, when the report was made.
QString titleBlock(const ReportData& data);
// The seven metrics and mAD per class x100 with one decimal, the mean row in bold.
QString metricsTable(const QVector<MetricsRow>& metrics);
// Verdict counts per class, false alarms and misses.
QString decisionsTable(const ReportData& data);
// One class on a new page: thresholds, histogram and ROC, example overlays with captions.
QString classSection(const ReportData& data, const QString& className,
                     const QVector<ClassCharts>& charts, const QVector<ReportCase>& cases);

}  // namespace report_sections
}  // namespace mddui
