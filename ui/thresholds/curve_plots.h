#pragma once
// ROC and precision-recall curves of one class's labelled image scores (exact, as
// mdd/metrics.h computes them), AUROC and AP in their titles, and the operating point of
// the current decision marked on both.
#include <QPointF>
#include <QWidget>

#include <vector>

class QCPCurve;
class QCPGraph;
class QCPTextElement;
class QCustomPlot;

namespace mddui {

class CurvePlots : public QWidget {
  Q_OBJECT
 public:
  explicit CurvePlots(QWidget* parent = nullptr);

  // labels: 0 normal, 1 anomalous. Curves need both; otherwise the titles say so.
  void setScores(const std::vector<float>& scores, const std::vector<int>& labels);
  // The current verdicts' point: ROC (fpr, tpr) and PR (recall = tpr, precision). A NaN
  // coordinate hides the point on that plot.
  void setOperatingPoint(double fpr, double tpr, double precision);

  double auroc() const { return auroc_; }             // NaN when undefined
  double averagePrecision() const { return ap_; }     // NaN when undefined
  QPointF rocOperatingPoint() const { return rocPoint_; }  // (fpr, tpr)
  QPointF prOperatingPoint() const { return prPoint_; }    // (recall, precision)
  int rocPointCount() const;
  QCustomPlot* rocPlot() const { return roc_; }
  QCustomPlot* prPlot() const { return pr_; }

 private:
  QCustomPlot* makePlot(const QString& objectName, QCPTextElement** title, QCPCurve** curve,
                        QCPGraph** marker);
  void updateTitles();

  QCustomPlot* roc_ = nullptr;
  QCustomPlot* pr_ = nullptr;
  QCPTextElement* rocTitle_ = nullptr;
  QCPTextElement* prTitle_ = nullptr;
  QCPCurve* rocCurve_ = nullptr;
  QCPCurve* prCurve_ = nullptr;
  QCPGraph* rocMarker_ = nullptr;
  QCPGraph* prMarker_ = nullptr;
  QCPGraph* chance_ = nullptr;    // ROC diagonal
  QCPGraph* baseline_ = nullptr;  // PR: the share of anomalous images
  double auroc_ = 0, ap_ = 0;
  QPointF rocPoint_, prPoint_;
};

}  // namespace mddui
