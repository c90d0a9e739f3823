#include "report/report_cases.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "common/image_convert.h"
#include "mdd/image_io.h"
#include "mdd/model.h"
#include "mdd/overlay.h"
#include "results/model_cache.h"

namespace mddui {
namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(ReportCases)
};

void take(QVector<ReportCase>& out, QVector<ResultRow> candidates, CaseKind kind, int n,
          bool highestFirst, QSet<QString>* used) {
  // Stable, so equal scores keep the run's order and the pick is reproducible.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [highestFirst](const ResultRow& a, const ResultRow& b) {
                     return highestFirst ? a.score > b.score : a.score < b.score;
                   });
  int taken = 0;
  for (const ResultRow& row : candidates) {
    if (taken == n) break;
    if (used->contains(row.path)) continue;
    used->insert(row.path);
    out.push_back({row.className, kind, row, QImage(), QString()});
    ++taken;
  }
}

cv::Mat shrink(const cv::Mat& image, int maxSide) {
  const int side = std::max(image.cols, image.rows);
  if (maxSide <= 0 || side <= maxSide) return image;
  const double f = static_cast<double>(maxSide) / side;
  cv::Mat out;
  cv::resize(image, out, cv::Size(), f, f, cv::INTER_AREA);
  return out;
}

}  // namespace

QVector<ReportCase> ReportCases::pick(const QVector<ResultRow>& rows, const QStringList& classNames,
                                      int perKind) {
  QVector<ReportCase> out;
  if (perKind <= 0) return out;
  for (const QString& name : classNames) {
    QVector<ResultRow> found, normal, defects;
    for (const ResultRow& r : rows) {
      if (r.className != name || !r.error.isEmpty() || !std::isfinite(r.score)) continue;
      if (r.groundTruth == 0) normal.push_back(r);
      if (r.groundTruth == 1) {
        defects.push_back(r);
        if (r.verdict == QLatin1String("defect")) found.push_back(r);
      }
    }
    QSet<QString> used;  // an image appears once per report
    take(out, found, CaseKind::Detected, perKind, true, &used);
    take(out, normal, CaseKind::FalseAlarm, perKind, true, &used);
    take(out, defects, CaseKind::Miss, perKind, false, &used);
  }
  return out;
}

bool ReportCases::render(QVector<ReportCase>& cases, ModelCache& models, const QString& modelPath,
                         double opacity, const mdd::ProgressFn& progress,
                         const mdd::CancelToken& cancel, QString* error, int maxSide) {
  if (error) error->clear();
  if (cases.isEmpty()) return true;
  mdd::Model model;
  try {
    model = models.get(modelPath);
  } catch (const std::exception& e) {
    if (error)
      *error = Text::tr("Cannot load the model '%1' for the example overlays: %2")
                   .arg(modelPath, QString::fromStdString(e.what()));
    return false;
  }
  mdd::OverlayOptions options;
  options.opacity = std::clamp(opacity, 0.0, 1.0);
  // One image at a time: a report shows a handful, and a failure then touches one case.
  const long total = cases.size();
  for (long i = 0; i < total; ++i) {
    if (cancel.cancelled()) return true;
    ReportCase& c = cases[static_cast<int>(i)];
    const std::string path = c.row.path.toStdString();
    try {
      const cv::Mat image = mdd::readImage(path);
      const int k = model.classIndex(c.className.toStdString());
      if (k < 0)
        throw std::runtime_error("the model has no class '" + c.className.toStdString() + "'");
      const auto results = model.infer({image}, {k});
      const mdd::InferenceResult& r = results.at(0);
      const mdd::ClassThresholds& t = model.metadata().thresholds.at(static_cast<size_t>(k));
      const mdd::OverlayLabel label{c.className.toStdString(), mdd::imageVerdict(r.score, t),
                                    mdd::normalizedImageScore(r.score, t)};
      cv::Mat mask;
      if (!c.row.maskPath.isEmpty()) {
        mask = mdd::readMask(c.row.maskPath.toStdString(), c.row.maskRule);
        if (mask.size() != image.size())
          cv::resize(mask, mask, image.size(), 0, 0, cv::INTER_NEAREST);
      }
      c.overlay = toQImage(
          shrink(mdd::renderOverlay(image, r.mapOriginal, t, label, mask, options), maxSide));
    } catch (const std::exception& e) {
      // An inference failure is per image too (e.g. an image the preprocessing refuses).
      c.error = Text::tr("%1: %2").arg(c.row.path, QString::fromStdString(e.what()));
    }
    if (progress) progress(i + 1, total);
  }
  return true;
}

QString ReportCases::kindTitle(CaseKind kind) {
  switch (kind) {
    case CaseKind::Detected:
      return Text::tr("Detected defects (highest scores)");
    case CaseKind::FalseAlarm:
      return Text::tr("Highest-scoring normal images (false alarms first)");
    case CaseKind::Miss:
      return Text::tr("Lowest-scoring defects (misses first)");
  }
  return {};
}

}  // namespace mddui
