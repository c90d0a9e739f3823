#include "thresholds/relabel.h"

#include <cmath>
#include <exception>

namespace mddui {

bool relabelRows(QVector<ResultRow>& rows, const mdd::ClassThresholds& t, double sensitivity) {
  try {
    mdd::validate(t);
    // imageVerdict checks the sensitivity too, but only once a row reaches it: check first.
    (void)mdd::isDefect(0.0, sensitivity);
  } catch (const std::exception&) {
    return false;
  }
  const QString name = QString::fromStdString(t.className);
  for (ResultRow& row : rows) {
    if (row.className != name || !row.error.isEmpty() || std::isnan(row.score)) continue;
    row.normalizedScore = mdd::normalizedImageScore(row.score, t);
    row.verdict = QString::fromLatin1(mdd::toString(mdd::imageVerdict(row.score, t, sensitivity)));
  }
  return true;
}

double VerdictCounts::precision() const {
  return tp + fp == 0 ? std::nan("") : static_cast<double>(tp) / (tp + fp);
}

double VerdictCounts::recall() const {
  return tp + fn == 0 ? std::nan("") : static_cast<double>(tp) / (tp + fn);
}

double VerdictCounts::f1() const {
  const double p = precision(), r = recall();
  if (std::isnan(p) || std::isnan(r)) return std::nan("");
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

double VerdictCounts::falsePositiveRate() const {
  return fp + tn == 0 ? std::nan("") : static_cast<double>(fp) / (fp + tn);
}

VerdictCounts countVerdicts(const QVector<ResultRow>& rows, const QString& className) {
  VerdictCounts c;
  for (const ResultRow& row : rows) {
    if (row.className != className || !row.error.isEmpty()) continue;
    const bool review = row.verdict == QLatin1String("needs_review");
    const bool flagged = review || row.verdict == QLatin1String("defect");
    if (review) {
      ++c.needsReview;
    } else if (flagged) {
      ++c.defect;
    } else if (row.verdict == QLatin1String("good")) {
      ++c.good;
    } else {
      continue;  // no verdict: not a result
    }
    if (row.groundTruth == 1) {
      ++(flagged ? c.tp : c.fn);
      if (review) ++c.reviewDefect;
    } else if (row.groundTruth == 0) {
      ++(flagged ? c.fp : c.tn);
      if (review) ++c.reviewNormal;
    }
  }
  return c;
}

ClassScores classScores(const QVector<ResultRow>& rows, const QString& className) {
  ClassScores s;
  for (const ResultRow& row : rows) {
    if (row.className != className || !row.error.isEmpty() || !std::isfinite(row.score)) continue;
    const auto score = static_cast<float>(row.score);
    if (row.groundTruth == 0 || row.groundTruth == 1) {
      s.scores.push_back(score);
      s.labels.push_back(row.groundTruth);
      (row.groundTruth == 1 ? s.anomalous : s.normal).push_back(score);
    } else {
      s.unlabelled.push_back(score);
    }
  }
  return s;
}

}  // namespace mddui
