#pragma once
// Re-labelling stored results under edited thresholds, with no network run: a row's raw
// image score is all a verdict needs (docs/EVALUATION.md). Also the per-class counts the
// workbench shows, and the class's labelled scores its curves and fits are computed from.
#include <QString>
#include <QVector>

#include <vector>

#include "mdd/thresholds.h"
#include "results/inference_outcome.h"

namespace mddui {

// For the rows of t.className without an error: normalizedScore = mdd::normalizedImageScore
// and verdict = mdd::imageVerdict ("good", "defect" or "needs_review"). Other rows are left
// as they are. Returns false, changing nothing, when `t` or `sensitivity` is invalid
// (mdd::validate would throw), so bad thresholds never half-relabel a table.
bool relabelRows(QVector<ResultRow>& rows, const mdd::ClassThresholds& t,
                 double sensitivity = 0.5);

// The verdicts of one class's rows (rows with an error are skipped). good/defect/
// needsReview count every row; tp/fp/tn/fn count only rows with ground truth 0 or 1, and
// "needs_review" counts as a defect call there (a flagged image is not passed), so
// tp + fn = labelled defects and fp + tn = labelled normal images. reviewNormal and
// reviewDefect split the needs_review calls of labelled rows by their truth.
struct VerdictCounts {
  int good = 0, defect = 0, needsReview = 0;
  int tp = 0, fp = 0, tn = 0, fn = 0;
  int reviewNormal = 0, reviewDefect = 0;

  int labelled() const { return tp + fp + tn + fn; }
  double precision() const;          // NaN when nothing is called a defect
  double recall() const;             // NaN without labelled defects
  double f1() const;                 // NaN when precision or recall is, 0 when both are 0
  double falsePositiveRate() const;  // NaN without labelled normal images
};

VerdictCounts countVerdicts(const QVector<ResultRow>& rows, const QString& className);

// One class's raw image scores, split by ground truth. `scores`/`labels` hold the labelled
// rows (ground truth 0 or 1, no error) in row order, as mdd::rocCurve and the fitting
// functions take them; `unlabelled` holds the scores of rows with ground truth -1.
struct ClassScores {
  std::vector<float> scores;
  std::vector<int> labels;
  std::vector<float> normal, anomalous, unlabelled;

  bool hasBothLabels() const { return !normal.empty() && !anomalous.empty(); }
};

ClassScores classScores(const QVector<ResultRow>& rows, const QString& className);

}  // namespace mddui
