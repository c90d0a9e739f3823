#pragma once
// The report's charts of one class, drawn with QCustomPlot off screen into QImages:
// - the score histogram of normal vs anomalous images (the paper's Fig. 1) with the image
//   threshold as a dashed line and the uncertain band, if any, shaded;
// - the ROC curve of the image scores (mdd::rocCurve) with the operating point at the
//   stored threshold.
// QCustomPlot is a QWidget, so ReportCharts runs on the GUI thread only; ReportJob calls it
// one class per event-loop turn so the window stays responsive.
#include <QImage>
#include <QSize>
#include <QString>
#include <QVector>

#include "mdd/thresholds.h"
#include "report/report_data.h"

namespace mddui {

struct ClassCharts {
  QString className;
  QImage histogram;  // logical size ReportCharts::size(), pixels x scale
  QImage roc;
};

class ReportCharts {
 public:
  // size: the logical size the report shows a chart at; scale: pixels per logical pixel, so
  // the PDF stays sharp when printed.
  explicit ReportCharts(QSize size = QSize(310, 220), double scale = 2.0);

  QSize size() const { return size_; }

  ClassCharts render(const ReportData& data, const QString& className) const;

  // rows: one class's scored rows. thresholds may be nullptr (no threshold line then).
  QImage histogram(const QVector<ResultRow>& rows, const mdd::ClassThresholds* thresholds,
                   const QString& className) const;
  QImage roc(const QVector<ResultRow>& rows, const mdd::ClassThresholds* thresholds,
             const QString& className) const;

 private:
  QSize size_;
  double scale_;
};

}  // namespace mddui
