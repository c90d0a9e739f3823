#include "report/report_sections.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include "report/report_writer.h"

namespace mddui {
namespace report_sections {
namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

constexpr int kOverlayWidth = 196;  // display width of an example: three fit across A4
constexpr int kCasesPerRow = 3;

QString esc(const QString& text) { return text.toHtmlEscaped(); }
QString qs(const std::string& text) { return QString::fromStdString(text); }

QString dataUri(const QImage& image) {
  QByteArray png;
  QBuffer buffer(&png);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "PNG");
  return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

// <img> of `image` shown `width` logical pixels wide (its pixels may be more: sharper print).
QString img(const QImage& image, int width, const QString& cls, const QString& alt) {
  const int height = image.width() > 0 ? qRound(double(width) * image.height() / image.width()) : 0;
  return QStringLiteral("<img class=\"%1\" src=\"%2\" width=\"%3\" height=\"%4\" alt=\"%5\">")
      .arg(cls, dataUri(image))
      .arg(width)
      .arg(height)
      .arg(esc(alt));
}

QString row2(const QString& key, const QString& value) {
  return QStringLiteral("<tr><td class=\"key\">%1</td><td>%2</td></tr>").arg(esc(key), value);
}

QString duration(double seconds) {
  if (!(seconds > 0)) return Text::tr("not recorded");
  const qint64 s = qRound64(seconds);
  if (seconds < 60) return Text::tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
  if (s < 3600) return Text::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
  return Text::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString verdictText(const QString& verdict) {
  if (verdict == QLatin1String("good")) return Text::tr("good");
  if (verdict == QLatin1String("defect")) return Text::tr("defect");
  if (verdict == QLatin1String("needs_review")) return Text::tr("needs review");
  return esc(verdict);
}

QString verdictColour(const QString& verdict) {
  if (verdict == QLatin1String("good")) return QStringLiteral("#1d7a1d");
  if (verdict == QLatin1String("defect")) return QStringLiteral("#b01818");
  return QStringLiteral("#b06a00");
}

QString methodText(const mdd::ClassThresholds& t) {
  switch (t.method) {
    case mdd::ThresholdMethod::F1Optimal:
      return Text::tr("F1-optimal on the validation split");
    case mdd::ThresholdMethod::MaxNormalScore:
      return Text::tr("highest normal validation score");
    case mdd::ThresholdMethod::TargetFpr:
      return Text::tr("target false-positive rate %1%")
          .arg(QLocale().toString(100.0 * t.targetFpr, 'g', 3));
    case mdd::ThresholdMethod::Manual:
      return Text::tr("set by hand");
  }
  return {};
}

QString mapText(const mdd::ModelConfig& c) {
  QString source;
  switch (c.maps.source) {
    case mdd::MapSource::Fused:
      source = Text::tr("fused A_TR + A_RI");
      break;
    case mdd::MapSource::TeacherRestoration:
      source = Text::tr("teacher vs restoration (A_TR)");
      break;
    case mdd::MapSource::RestorationIdentity:
      source = Text::tr("restoration vs identity (A_RI)");
      break;
  }
  QString rule;
  switch (c.maps.scoreRule) {
    case mdd::ScoreRule::Max:
      rule = Text::tr("max of the map");
      break;
    case mdd::ScoreRule::TopPercentMean:
      rule = Text::tr("mean of the top %1%").arg(c.maps.topPercent);
      break;
    case mdd::ScoreRule::PooledMax:
      rule = Text::tr("max after %1 px pooling").arg(c.maps.poolSize);
      break;
  }
  QString text = Text::tr("%1, Gaussian sigma %2, image score = %3")
                     .arg(source)
                     .arg(c.maps.gaussianSigma)
                     .arg(rule);
  // Settings other than the defaults change what the map means: the report names them.
  if (c.maps.distance == mdd::MapDistance::RelativeSquared)
    text += Text::tr(", length-aware feature distance");
  if (c.maps.featurePooling > 1)
    text += Text::tr(", features averaged over %1 x %1 cells").arg(c.maps.featurePooling);
  return text;
}

QString thresholdsTable(const mdd::ClassThresholds* t) {
  QString h = QStringLiteral("<h3>%1</h3>").arg(esc(Text::tr("Thresholds")));
  if (!t)
    return h + QStringLiteral("<p class=\"muted\">%1</p>")
                   .arg(esc(Text::tr("The model file stores no thresholds for this class.")));
  h += QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"2\">");
  h += row2(Text::tr("Image threshold"), reportNumber(t->imageThreshold));
  h += row2(Text::tr("Pixel threshold"), reportNumber(t->pixelThreshold));
  h += row2(Text::tr("Image score range"),
            Text::tr("%1 to %2").arg(reportNumber(t->imageMin), reportNumber(t->imageMax)));
  h += row2(Text::tr("Pixel score range"),
            Text::tr("%1 to %2").arg(reportNumber(t->pixelMin), reportNumber(t->pixelMax)));
  h +=
      row2(Text::tr("Uncertain band"),
           t->imageBand
               ? esc(Text::tr("%1 to %2 (needs review between)")
                         .arg(reportNumber(t->imageBand->lower), reportNumber(t->imageBand->upper)))
               : esc(Text::tr("none")));
  h += row2(Text::tr("Method"), esc(methodText(*t)));
  return h + QStringLiteral("</table>");
}

// "crack/000.png": datasets repeat file names across defect folders.
QString shortName(const QString& path) {
  const QFileInfo file(path);
  const QString folder = file.dir().dirName();
  return folder.isEmpty() || folder == QLatin1String(".")
             ? file.fileName()
             : folder + QLatin1Char('/') + file.fileName();
}

QString caseCell(const ReportCase& c) {
  const ResultRow& r = c.row;
  QString h = QStringLiteral("<td valign=\"top\" width=\"%1\">").arg(kOverlayWidth + 8);
  if (!c.overlay.isNull())
    h += img(c.overlay, kOverlayWidth, QStringLiteral("case"), shortName(r.path)) +
         QStringLiteral("<br>");
  h += QStringLiteral("<span class=\"caption\">%1<br>").arg(esc(shortName(r.path)));
  const QString truth =
      r.groundTruth == 1 ? Text::tr("defect (%1)").arg(r.defectType) : Text::tr("normal");
  h += esc(Text::tr("truth: %1").arg(truth)) + QStringLiteral("<br>");
  h += esc(Text::tr("score %1 (raw %2)")
               .arg(QLocale().toString(r.normalizedScore, 'f', 3), reportNumber(r.score)));
  h += QStringLiteral("<br><font color=\"%1\"><b>%2</b></font>")
           .arg(verdictColour(r.verdict), verdictText(r.verdict));
  if (!c.error.isEmpty())
    h += QStringLiteral("<br><font color=\"#b01818\">%1</font>")
             .arg(esc(Text::tr("No overlay: %1").arg(c.error)));
  return h + QStringLiteral("</span></td>");
}

QString casesOf(const QString& name, const QVector<ReportCase>& cases) {
  QString h;
  for (CaseKind kind : {CaseKind::Detected, CaseKind::FalseAlarm, CaseKind::Miss}) {
    QVector<const ReportCase*> mine;
    for (const ReportCase& c : cases)
      if (c.className == name && c.kind == kind) mine.push_back(&c);
    h += QStringLiteral("<h3>%1</h3>").arg(esc(ReportCases::kindTitle(kind)));
    if (mine.isEmpty()) {
      h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(Text::tr("None in this run.")));
      continue;
    }
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (int i = 0; i < mine.size(); ++i) {
      if (i % kCasesPerRow == 0) h += i ? QStringLiteral("</tr><tr>") : QStringLiteral("<tr>");
      h += caseCell(*mine[i]);
    }
    h += QStringLiteral("</tr></table>");
  }
  return h;
}

}  // namespace

QString titleBlock(const ReportData& d) {
  const mdd::ModelConfig& c = d.model.config;
  const mdd::TrainingSummary& t = d.model.metadata.training;
  QString h = QStringLiteral("<h1>%1</h1>").arg(esc(Text::tr("MDD-Net model report")));
  if (!d.projectName.isEmpty())
    h += QStringLiteral("<p class=\"sub\">%1</p>")
             .arg(esc(Text::tr("Project: %1").arg(d.projectName)));
  h += QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"2\">");
  h += row2(Text::tr("Model file"), esc(d.modelPath));
  h += row2(Text::tr("Backbone"), esc(qs(c.network.backbone)));
  h += row2(Text::tr("Image size"),
            esc(Text::tr("%1 x %2 px").arg(c.network.inputWidth).arg(c.network.inputHeight)));
  h += row2(Text::tr("Score map"), esc(mapText(c)));
  const QStringList classes = d.classNames();
  h += row2(Text::tr("Classes"),
            esc(Text::tr("%1: %2").arg(classes.size()).arg(classes.join(QStringLiteral(", ")))));
  const QString steps = t.steps == 1 ? Text::tr("1 step") : Text::tr("%1 steps").arg(t.steps);
  const QString epochs = t.epochs == 1 ? Text::tr("1 epoch") : Text::tr("%1 epochs").arg(t.epochs);
  h += row2(Text::tr("Training"), t.steps > 0 ? esc(Text::tr("%1, %2, batch size %3, %4 on %5")
                                                        .arg(steps, epochs)
                                                        .arg(t.batchSize)
                                                        .arg(duration(t.seconds), qs(t.device)))
                                              : esc(Text::tr("not recorded in the model file")));
  if (!t.finishedAt.empty()) h += row2(Text::tr("Trained at"), esc(qs(t.finishedAt)));
  int labelled = 0;
  for (const ResultRow& r : d.rows) labelled += r.groundTruth >= 0;
  h += row2(Text::tr("Evaluated on"), esc(Text::tr("%1: %2 images, %3 with ground truth")
                                              .arg(d.source, QLocale().toString(d.rows.size()),
                                                   QLocale().toString(labelled))));
  h += row2(Text::tr("Generated"),
            esc(d.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
  return h + QStringLiteral("</table>");
}

QString metricsTable(const QVector<MetricsRow>& metrics) {
  QString h = QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Metrics")));
  if (metrics.isEmpty())
    return h + QStringLiteral("<p class=\"muted\">%1</p>")
                   .arg(esc(Text::tr("No metrics: the run had no ground truth. Run the model on "
                                     "a dataset split to get them.")));
  h += QStringLiteral("<p class=\"muted\">%1</p>")
           .arg(esc(Text::tr("Per class, in percent; mAD is the mean of the seven; the last row "
                             "is the mean over classes.")));
  h +=
      QStringLiteral("<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
  for (const QString& head :
       {Text::tr("Class"), Text::tr("Images"), Text::tr("Defects"), Text::tr("I-AUROC"),
        Text::tr("I-AP"), Text::tr("I-F1max"), Text::tr("P-AUROC"), Text::tr("P-AP"),
        Text::tr("P-F1max"), Text::tr("AU-PRO"), Text::tr("mAD")})
    h += QStringLiteral("<th>%1</th>").arg(esc(head));
  h += QStringLiteral("</tr>");
  for (const MetricsRow& m : metrics) {
    const bool mean = m.className == QLatin1String("mean");
    const double v[] = {m.imageAuroc, m.imageAp,    m.imageF1max, m.pixelAuroc,
                        m.pixelAp,    m.pixelF1max, m.auPro};
    double sum = 0;
    for (double x : v) sum += x;  // NaN when any is undefined, as mdd::ClassMetrics::mAD
    h += mean ? QStringLiteral("<tr class=\"mean\" bgcolor=\"#eef2f7\">") : QStringLiteral("<tr>");
    const QString b = mean ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1");
    h += QStringLiteral("<td>%1</td>").arg(b.arg(esc(mean ? Text::tr("mean") : m.className)));
    h += QStringLiteral("<td align=\"right\">%1</td><td align=\"right\">%2</td>")
             .arg(b.arg(m.images))
             .arg(b.arg(m.defectImages));
    for (double x : v)
      h += QStringLiteral("<td align=\"right\">%1</td>").arg(b.arg(reportPercent(x)));
    h += QStringLiteral("<td align=\"right\">%1</td></tr>").arg(b.arg(reportPercent(sum / 7.0)));
  }
  return h + QStringLiteral("</table>");
}

QString decisionsTable(const ReportData& d) {
  QString h = QStringLiteral("<h2>%1</h2><p class=\"muted\">%2</p>")
                  .arg(esc(Text::tr("Decisions at the stored thresholds")),
                       esc(Text::tr("Verdicts of this run; a false alarm is a normal image not "
                                    "called good, a miss a defect called good.")));
  h +=
      QStringLiteral("<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
  for (const QString& head :
       {Text::tr("Class"), Text::tr("Images"), Text::tr("Good"), Text::tr("Defect"),
        Text::tr("Needs review"), Text::tr("False alarms"), Text::tr("Misses")})
    h += QStringLiteral("<th>%1</th>").arg(esc(head));
  h += QStringLiteral("</tr>");
  for (const QString& name : d.classNames()) {
    int n = 0, good = 0, defect = 0, review = 0, normal = 0, falseAlarms = 0, defects = 0,
        misses = 0;
    for (const ResultRow& r : d.scoredRows(name)) {
      ++n;
      good += r.verdict == QLatin1String("good");
      defect += r.verdict == QLatin1String("defect");
      review += r.verdict == QLatin1String("needs_review");
      if (r.groundTruth == 0) {
        ++normal;
        falseAlarms += r.verdict != QLatin1String("good");
      } else if (r.groundTruth == 1) {
        ++defects;
        misses += r.verdict == QLatin1String("good");
      }
    }
    h += QStringLiteral("<tr><td>%1</td>").arg(esc(name));
    for (int x : {n, good, defect, review})
      h += QStringLiteral("<td align=\"right\">%1</td>").arg(x);
    h += QStringLiteral("<td align=\"right\">%1</td><td align=\"right\">%2</td></tr>")
             .arg(normal ? Text::tr("%1 of %2").arg(falseAlarms).arg(normal) : QStringLiteral("–"),
                  defects ? Text::tr("%1 of %2").arg(misses).arg(defects) : QStringLiteral("–"));
  }
  return h + QStringLiteral("</table>");
}

QString classSection(const ReportData& d, const QString& name, const QVector<ClassCharts>& charts,
                     const QVector<ReportCase>& cases) {
  QString h = QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                  .arg(esc(Text::tr("Class: %1").arg(name)));
  h += thresholdsTable(d.thresholdsFor(name));
  h += QStringLiteral("<h3>%1</h3>").arg(esc(Text::tr("Scores")));
  const ClassCharts* found = nullptr;
  for (const ClassCharts& c : charts)
    if (c.className == name) found = &c;
  if (found && !found->histogram.isNull() && !found->roc.isNull()) {
    const int width = qRound(found->histogram.width() / found->histogram.devicePixelRatio());
    h += QStringLiteral(
             "<table cellspacing=\"0\" cellpadding=\"2\"><tr><td>%1</td><td>%2</td></tr></table>")
             .arg(img(found->histogram, width, QStringLiteral("chart"),
                      Text::tr("%1: score histogram").arg(name)),
                  img(found->roc, width, QStringLiteral("chart"),
                      Text::tr("%1: ROC curve").arg(name)));
  } else {
    h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(Text::tr("No charts.")));
  }
  return h + casesOf(name, cases);
}

}  // namespace report_sections
}  // namespace mddui
