#include "thresholds/curve_plots.h"

#include <QHBoxLayout>
#include <QLocale>

#include <cmath>

#include <qcustomplot.h>

#include "common/retranslate.h"

#include "mdd/metrics.h"

namespace mddui {
namespace {

const QColor kCurveColour(31, 119, 180);
const QColor kMarkerColour(30, 30, 30);

QString percentText(double fraction) {
  return QLocale().toString(100.0 * fraction, 'f', 1) + QStringLiteral(" %");
}

}  // namespace

CurvePlots::CurvePlots(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("curvePlots"));
  roc_ = makePlot(QStringLiteral("rocPlot"), &rocTitle_, &rocCurve_, &rocMarker_);
  pr_ = makePlot(QStringLiteral("prPlot"), &prTitle_, &prCurve_, &prMarker_);
  chance_ = roc_->addGraph();
  baseline_ = pr_->addGraph();
  for (QCPGraph* reference : {chance_, baseline_}) {
    reference->setPen(QPen(QColor(160, 160, 160), 1, Qt::DashLine));
    reference->setSelectable(QCP::stNone);
  }
  chance_->setData({0.0, 1.0}, {0.0, 1.0});
  // Markers above the reference lines and curves.
  rocMarker_->setLayer(QStringLiteral("overlay"));
  prMarker_->setLayer(QStringLiteral("overlay"));

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(roc_);
  layout->addWidget(pr_);
  setScores({}, {});
  retranslate(this, [this] {
    roc_->xAxis->setLabel(tr("false-positive rate"));
    roc_->yAxis->setLabel(tr("true-positive rate"));
    pr_->xAxis->setLabel(tr("recall"));
    pr_->yAxis->setLabel(tr("precision"));
    updateTitles();
    for (QCustomPlot* plot : {roc_, pr_}) {
      usePlotLocale(plot);
      plot->replot(QCustomPlot::rpQueuedReplot);
    }
  });
}

QCustomPlot* CurvePlots::makePlot(const QString& objectName, QCPTextElement** title,
                                  QCPCurve** curve, QCPGraph** marker) {
  auto* plot = new QCustomPlot(this);
  plot->setObjectName(objectName);
  plot->setMinimumSize(220, 200);
  plot->xAxis->setRange(-0.02, 1.02);
  plot->yAxis->setRange(-0.02, 1.04);
  plot->plotLayout()->insertRow(0);
  QFont titleFont = font();
  titleFont.setBold(true);
  *title = new QCPTextElement(plot, QString(), titleFont);
  plot->plotLayout()->addElement(0, 0, *title);
  // A parametric curve, drawn in the order given: ROC and PR points may share an x.
  *curve = new QCPCurve(plot->xAxis, plot->yAxis);
  (*curve)->setPen(QPen(kCurveColour, 2));
  *marker = plot->addGraph();
  (*marker)->setLineStyle(QCPGraph::lsNone);
  (*marker)->setScatterStyle(
      QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kMarkerColour, 2), QColor(255, 200, 0), 11));
  return plot;
}

void CurvePlots::setScores(const std::vector<float>& scores, const std::vector<int>& labels) {
  const mdd::BinaryCurveMetrics metrics = mdd::imageMetrics(scores, labels);
  const bool defined = metrics.positives > 0 && metrics.negatives > 0;
  auroc_ = defined ? metrics.auroc : mdd::kUndefinedMetric;
  ap_ = metrics.positives > 0 ? metrics.ap : mdd::kUndefinedMetric;

  QVector<double> x, y;
  if (defined) {
    const mdd::RocCurve roc = mdd::rocCurve(scores, labels);
    x = QVector<double>(roc.fpr.begin(), roc.fpr.end());
    y = QVector<double>(roc.tpr.begin(), roc.tpr.end());
  }
  rocCurve_->setData(x, y);
  x.clear();
  y.clear();
  if (metrics.positives > 0) {
    const mdd::PrCurve pr = mdd::precisionRecallCurve(scores, labels);
    // scikit-learn's end point (recall 0, precision 1) first, then recall rising.
    x.push_back(0.0);
    y.push_back(1.0);
    x.append(QVector<double>(pr.recall.begin(), pr.recall.end()));
    y.append(QVector<double>(pr.precision.begin(), pr.precision.end()));
  }
  prCurve_->setData(x, y);
  const double prevalence =
      scores.empty() ? 0.0 : static_cast<double>(metrics.positives) / static_cast<double>(scores.size());
  baseline_->setData({0.0, 1.0}, {prevalence, prevalence});
  baseline_->setVisible(metrics.positives > 0);
  updateTitles();
  roc_->replot(QCustomPlot::rpQueuedReplot);
  pr_->replot(QCustomPlot::rpQueuedReplot);
}

void CurvePlots::setOperatingPoint(double fpr, double tpr, double precision) {
  rocPoint_ = QPointF(fpr, tpr);
  prPoint_ = QPointF(tpr, precision);
  const bool onRoc = !std::isnan(fpr) && !std::isnan(tpr) && !std::isnan(auroc_);
  const bool onPr = !std::isnan(tpr) && !std::isnan(precision) && !std::isnan(ap_);
  rocMarker_->setData(onRoc ? QVector<double>{fpr} : QVector<double>{},
                      onRoc ? QVector<double>{tpr} : QVector<double>{});
  prMarker_->setData(onPr ? QVector<double>{tpr} : QVector<double>{},
                     onPr ? QVector<double>{precision} : QVector<double>{});
  roc_->replot(QCustomPlot::rpQueuedReplot);
  pr_->replot(QCustomPlot::rpQueuedReplot);
}

int CurvePlots::rocPointCount() const { return rocCurve_->dataCount(); }

void CurvePlots::updateTitles() {
  rocTitle_->setText(std::isnan(auroc_)
                         ? tr("ROC: needs normal and anomalous images")
                         : tr("ROC · AUROC %1").arg(percentText(auroc_)));
  prTitle_->setText(std::isnan(ap_) ? tr("Precision-recall: needs anomalous images")
                                    : tr("Precision-recall · AP %1").arg(percentText(ap_)));
}

}  // namespace mddui
