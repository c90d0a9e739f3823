// The model report on a tiny trained model (2 classes, 64 px, 2 steps + calibration) and
// its test-split results: the example picks follow their rules; the charts are drawn; the
// HTML holds each class, the metric values and thresholds as the results give them, two
// charts per class and the example overlays, all as decodable PNG data URIs; the PDF is a
// PDF of several pages with the images in it; a missing folder fails naming the file and
// leaves nothing; cancelling writes nothing; the dialog writes a PDF. Saves page images, a
// chart and the dialog as screenshots.
#include <QtTest>

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextDocument>

#include <memory>

#include "mdd/demo_dataset.h"
#include "mdd/train.h"
#include "report/report_cases.h"
#include "report/report_charts.h"
#include "report/report_dialog.h"
#include "report/report_document.h"
#include "report/report_job.h"
#include "report/report_sections.h"
#include "report/report_writer.h"
#include "results/inference_runs.h"
#include "results/model_cache.h"
#include "test_paths.h"
#include "tiny_training.h"

using namespace mddui;

namespace {

constexpr int kWaitMs = 240000;

ResultRow row(const QString& cls, const QString& name, int truth, double score,
              const QString& verdict) {
  ResultRow r;
  r.path = QStringLiteral("/data/") + cls + QLatin1Char('/') + name;
  r.className = cls;
  r.groundTruth = truth;
  r.defectType = truth == 1 ? QStringLiteral("crack") : QStringLiteral("good");
  r.score = score;
  r.verdict = verdict;
  return r;
}

// Pixels of `image` for which `test(colour)` holds.
template <typename Test>
int countPixels(const QImage& image, Test test) {
  const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
  int n = 0;
  for (int y = 0; y < rgb.height(); ++y)
    for (int x = 0; x < rgb.width(); ++x) n += test(QColor(rgb.pixel(x, y)));
  return n;
}

}  // namespace

class TestReport : public QObject {
  Q_OBJECT
 private:
  QString work_, modelPath_;
  ReportData data_;
  std::shared_ptr<ModelCache> cache_ = std::make_shared<ModelCache>();

  ReportOutcome run(ReportJob& job, const ReportOptions& options) {
    QSignalSpy finished(&job, &ReportJob::finished);
    if (!job.start(data_, options)) return {};
    if (!finished.wait(kWaitMs)) return {};
    return finished.takeFirst().at(0).value<ReportOutcome>();
  }

 private slots:
  void initTestCase() {
    work_ = mddtest::freshWorkDir(QStringLiteral("report"));
    const mdd::Dataset dataset = mddtest::tinyDataset(work_, 0.25);
    QCOMPARE(dataset.classNames.size(), size_t{2});
    modelPath_ = work_ + "/tiny.mdda";
    mddtest::trainTinyModel(dataset, mddtest::tinyConfig(2), modelPath_);
    mdd::CancelToken cancel;

    const InferenceOutcome outcome =
        inferDataset(*cache_, modelPath_, dataset, mdd::Split::Test, nullptr, cancel);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.rows.size(), 16);
    QCOMPARE(outcome.metrics.size(), 3);
    QString error;
    QVERIFY2(makeReportData(outcome, QStringLiteral("Report test"), &data_, &error),
             qPrintable(error));
    QCOMPARE(data_.classNames().size(), 2);
    QCOMPARE(data_.model.config.network.backbone, std::string("mobilenet_v2"));
    for (const QString& name : data_.classNames()) QVERIFY(data_.thresholdsFor(name));
  }

  // The model facts name map settings that differ from the defaults, and only those.
  void titleBlock_namesMapSettingsOffTheDefaults() {
    ReportData data = data_;
    const QString plain = report_sections::titleBlock(data);
    QVERIFY(plain.contains(QStringLiteral("Gaussian sigma")));
    QVERIFY(!plain.contains(QStringLiteral("averaged over")));
    QVERIFY(!plain.contains(QStringLiteral("length-aware")));
    data.model.config.maps.featurePooling = 5;
    data.model.config.maps.distance = mdd::MapDistance::RelativeSquared;
    const QString changed = report_sections::titleBlock(data);
    QVERIFY2(changed.contains(QStringLiteral("features averaged over 5 x 5 cells")),
             qPrintable(changed));
    QVERIFY(changed.contains(QStringLiteral("length-aware feature distance")));
    // As a reader sees it (looked at by people: keep it readable).
    QDir().mkpath(QStringLiteral(MDD_TEST_WORK_DIR));
    QVERIFY(renderReportPage(changed, 0, QSize(794, 1123))
                .save(QStringLiteral(MDD_TEST_WORK_DIR "/report_facts_map_settings.png")));
  }

  void makeReportData_namesAMissingModel() {
    InferenceOutcome outcome;
    outcome.modelPath = work_ + "/nowhere.mdda";
    ReportData data;
    QString error;
    QVERIFY(!makeReportData(outcome, {}, &data, &error));
    QVERIFY2(error.contains(outcome.modelPath), qPrintable(error));
  }

  void pickCases_followsTheRules() {
    const QVector<ResultRow> rows{
        row("a", "d1.png", 1, 0.9, "defect"),       row("a", "d2.png", 1, 0.8, "defect"),
        row("a", "d3.png", 1, 0.7, "needs_review"), row("a", "d4.png", 1, 0.2, "good"),
        row("a", "d5.png", 1, 0.3, "good"),         row("a", "n1.png", 0, 0.6, "defect"),
        row("a", "n2.png", 0, 0.1, "good"),         row("a", "n3.png", 0, 0.4, "good"),
        row("a", "u1.png", -1, 0.99, "defect"),     row("b", "n1.png", 0, 0.5, "good")};
    QVector<ResultRow> withError = rows;
    withError[0].error = QStringLiteral("unreadable");
    const QVector<ReportCase> cases = ReportCases::pick(rows, {"a", "b"}, 2);
    auto names = [&](const QString& cls, CaseKind kind) {
      QStringList out;
      for (const ReportCase& c : cases)
        if (c.className == cls && c.kind == kind) out << QFileInfo(c.row.path).fileName();
      return out;
    };
    // Detected: correct defects, highest first; false alarms: normals, highest first;
    // misses: defects, lowest first, never one already shown; unlabelled never.
    QCOMPARE(names("a", CaseKind::Detected), QStringList({"d1.png", "d2.png"}));
    QCOMPARE(names("a", CaseKind::FalseAlarm), QStringList({"n1.png", "n3.png"}));
    QCOMPARE(names("a", CaseKind::Miss), QStringList({"d4.png", "d5.png"}));
    QCOMPARE(names("b", CaseKind::FalseAlarm), QStringList({"n1.png"}));
    QVERIFY(names("b", CaseKind::Detected).isEmpty());
    QCOMPARE(cases.size(), 7);
    QVERIFY(ReportCases::pick(rows, {"a"}, 0).isEmpty());
    const QVector<ReportCase> skipped = ReportCases::pick(withError, {"a"}, 1);
    QCOMPARE(QFileInfo(skipped.first().row.path).fileName(), QString("d2.png"));
  }

  void charts_drawHistogramAndRoc() {
    const ReportCharts charts(QSize(310, 220), 2.0);
    for (const QString& name : data_.classNames()) {
      const ClassCharts c = charts.render(data_, name);
      QCOMPARE(c.className, name);
      QCOMPARE(c.histogram.size(), QSize(620, 440));
      QCOMPARE(c.roc.size(), QSize(620, 440));
      QCOMPARE(c.histogram.devicePixelRatio(), 2.0);
      // Normal bars are green, anomalous ones red; the ROC curve is blue.
      const int green = countPixels(c.histogram, [](const QColor& p) {
        return p.green() > p.red() + 30 && p.green() > p.blue() + 30;
      });
      const int red = countPixels(c.histogram, [](const QColor& p) {
        return p.red() > p.green() + 50 && p.red() > p.blue() + 50;
      });
      const int blue = countPixels(c.roc, [](const QColor& p) {
        return p.blue() > p.red() + 60 && p.blue() > p.green() + 20;
      });
      QVERIFY2(green > 200, qPrintable(QString::number(green)));
      QVERIFY2(red > 200, qPrintable(QString::number(red)));
      QVERIFY2(blue > 200, qPrintable(QString::number(blue)));
      c.histogram.save(QStringLiteral(MDD_TEST_WORK_DIR "/report_histogram_%1.png").arg(name));
      c.roc.save(QStringLiteral(MDD_TEST_WORK_DIR "/report_roc_%1.png").arg(name));
    }
  }

  void job_writesHtmlAndPdf() {
    ReportJob job;
    job.setModelCache(cache_);
    QSignalSpy progress(&job, &ReportJob::progress);
    ReportOptions options;
    options.htmlPath = work_ + "/out/report.html";
    options.pdfPath = work_ + "/out/report.pdf";
    QVERIFY(QDir().mkpath(work_ + "/out"));
    const ReportOutcome outcome = run(job, options);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY2(outcome.warnings.isEmpty(), qPrintable(outcome.warnings.join('\n')));
    QCOMPARE(outcome.htmlPath, options.htmlPath);
    QCOMPARE(outcome.pdfPath, options.pdfPath);
    QVERIFY(progress.size() >= 4);
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());

    QFile file(options.htmlPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QCOMPARE(html, job.lastHtml());
    const QStringList classes = data_.classNames();
    for (const QString& name : classes) {
      QVERIFY2(html.contains(QStringLiteral("Class: ") + name), qPrintable(name));
      const mdd::ClassThresholds* t = data_.thresholdsFor(name);
      QVERIFY(html.contains(QString::number(t->imageThreshold, 'g', 5)));
      QVERIFY(html.contains(QString::number(t->pixelThreshold, 'g', 5)));
    }
    // Every metric of every row, x100 with one decimal, as a table cell.
    for (const MetricsRow& m : data_.metrics)
      for (double v :
           {m.imageAuroc, m.imageAp, m.imageF1max, m.pixelAuroc, m.pixelAp, m.pixelF1max, m.auPro})
        if (!std::isnan(v)) {
          const QString cell = QStringLiteral(">%1<").arg(100.0 * v, 0, 'f', 1);
          QVERIFY2(html.contains(cell), qPrintable(m.className + cell));
        }
    // The title block.
    for (const QString& fact :
         {modelPath_, QStringLiteral("mobilenet_v2"), QStringLiteral("64 x 64 px"),
          QStringLiteral("2 steps"), QStringLiteral("on cpu"), QStringLiteral("Report test"),
          data_.generatedAt.toString(QStringLiteral("yyyy-MM-dd"))})
      QVERIFY2(html.contains(fact.toHtmlEscaped()), qPrintable(fact));

    // Two charts per class, one overlay per picked example, all PNG data URIs.
    const QVector<ReportCase> picked = ReportCases::pick(data_.rows, classes, 3);
    QVERIFY(picked.size() >= 2 * classes.size());
    QCOMPARE(html.count(QStringLiteral("<img class=\"chart\"")), 2 * classes.size());
    QCOMPARE(html.count(QStringLiteral("<img class=\"case\"")), picked.size());
    QCOMPARE(outcome.overlays, picked.size());
    QCOMPARE(html.count(QStringLiteral("<img")), 2 * classes.size() + picked.size());
    const QRegularExpression uri(QStringLiteral("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
    int decoded = 0;
    for (auto it = uri.globalMatch(html); it.hasNext(); ++decoded) {
      const QByteArray png = QByteArray::fromBase64(it.next().captured(1).toLatin1());
      QVERIFY(png.startsWith("\x89PNG"));
      QImage image;
      QVERIFY(image.loadFromData(png, "PNG"));
      QVERIFY(image.width() >= 64);
    }
    QCOMPARE(decoded, html.count(QStringLiteral("<img")));

    // The PDF: a real PDF of several pages with the images embedded.
    QFile pdf(options.pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(bytes.size() > 10 * 1024, qPrintable(QString::number(bytes.size())));
    QVERIFY(bytes.count("/Subtype /Image") + bytes.count("/Subtype/Image") >= decoded);
    const int pdfPages = static_cast<int>(bytes.count("/Type /Page")) -
                         static_cast<int>(bytes.count("/Type /Pages"));
    const ReportDocument document(html);
    QCOMPARE(pdfPages, document.pageCount());
    QVERIFY(document.pageCount() >= 2 + classes.size() - 1);
    QCOMPARE(outcome.pages, document.pageCount());
    // Every heading is laid out (drawn) and on the page of the block after it.
    const QTextDocument& laidOut = document.textDocument();
    const double pageHeight = laidOut.pageSize().height();
    int headings = 0;
    for (QTextBlock block = laidOut.begin(); block.isValid(); block = block.next()) {
      if (block.blockFormat().headingLevel() == 0 || !block.next().isValid()) continue;
      ++headings;
      const QRectF heading = laidOut.documentLayout()->blockBoundingRect(block);
      const QRectF next = laidOut.documentLayout()->blockBoundingRect(block.next());
      QVERIFY2(heading.height() > 0, qPrintable(block.text()));
      QVERIFY2(
          std::floor(heading.top() / pageHeight) == std::floor((next.bottom() - 1) / pageHeight),
          qPrintable(block.text()));
    }
    QVERIFY(headings >= 3 + 5 * classes.size());

    // Page images, as the PDF lays them out (looked at by people: keep them readable).
    for (int page = 0; page < document.pageCount(); ++page) {
      const QImage image = renderReportPage(html, page, QSize(794, 1123));
      QCOMPARE(image.size(), QSize(794, 1123));
      const int ink = countPixels(image, [](const QColor& p) { return p.lightness() < 200; });
      QVERIFY2(ink > 2000, qPrintable(QString::number(ink)));
      QVERIFY(image.save(QStringLiteral(MDD_TEST_WORK_DIR "/report_page_%1.png").arg(page + 1)));
    }
    QVERIFY(renderReportPage(html, document.pageCount(), QSize(100, 100)).isNull());
  }

  void missingFolder_failsNamingTheFileAndLeavesNothing() {
    const QString missing = work_ + "/missing";
    ReportJob job;
    job.setModelCache(cache_);
    ReportOptions options;
    options.htmlPath = missing + "/report.html";
    options.pdfPath = work_ + "/out/partial.pdf";  // writable, but must not be written alone
    const ReportOutcome outcome = run(job, options);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.cancelled);
    QVERIFY2(outcome.error.contains(options.htmlPath), qPrintable(outcome.error));
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(options.pdfPath));

    QString error;
    QVERIFY(!writeReportHtml(missing + "/direct.html", QStringLiteral("<html></html>"), &error));
    QVERIFY2(error.contains(missing + "/direct.html"), qPrintable(error));
    QVERIFY(!writeReportPdf(missing + "/direct.pdf", QStringLiteral("<p>x</p>"), &error));
    QVERIFY2(error.contains(missing + "/direct.pdf"), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));
  }

  void cancel_writesNothing() {
    ReportJob job;
    job.setModelCache(cache_);
    ReportOptions options;
    options.htmlPath = work_ + "/cancelled.html";
    options.pdfPath = work_ + "/cancelled.pdf";
    QSignalSpy finished(&job, &ReportJob::finished);
    QVERIFY(job.start(data_, options));
    QVERIFY(job.isRunning());
    QVERIFY(!job.start(data_, options));  // one report at a time
    job.cancel();
    QVERIFY(finished.wait(kWaitMs));
    const ReportOutcome outcome = finished.takeFirst().at(0).value<ReportOutcome>();
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.ok);
    QVERIFY(!job.isRunning());
    QVERIFY(!QFileInfo::exists(options.htmlPath));
    QVERIFY(!QFileInfo::exists(options.pdfPath));
  }

  void dialog_writesAPdf() {
    ReportDialog dialog;
    dialog.setModelCache(cache_);
    auto* generate = dialog.findChild<QPushButton*>(QStringLiteral("reportGenerateButton"));
    QVERIFY(generate);
    QVERIFY(!generate->isEnabled());  // no results yet
    dialog.setReportData(data_);
    dialog.findChild<QLineEdit*>(QStringLiteral("reportPathEdit"))
        ->setText(work_ + "/dialog/model-report.html");
    QVERIFY(QDir().mkpath(work_ + "/dialog"));
    dialog.findChild<QComboBox*>(QStringLiteral("reportFormatCombo"))
        ->setCurrentIndex(ReportDialog::PdfOnly);
    dialog.findChild<QSpinBox*>(QStringLiteral("reportExamplesSpin"))->setValue(1);
    QCOMPARE(dialog.options().pdfPath, work_ + "/dialog/model-report.pdf");
    QVERIFY(dialog.options().htmlPath.isEmpty());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(generate->isEnabled());
    QSignalSpy finished(&dialog, &ReportDialog::reportFinished);
    QTest::mouseClick(generate, Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("reportCancelButton"))->isEnabled());
    QVERIFY(finished.wait(kWaitMs));
    const ReportOutcome outcome = dialog.lastOutcome();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(QFileInfo(work_ + "/dialog/model-report.pdf").size() > 10 * 1024);
    QVERIFY(!QFileInfo::exists(work_ + "/dialog/model-report.html"));
    QCOMPARE(outcome.overlays, ReportCases::pick(data_.rows, data_.classNames(), 1).size());
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("reportStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("model-report.pdf")),
             qPrintable(status->text()));
    QVERIFY(generate->isEnabled());
    QVERIFY(dialog.grab().save(QStringLiteral(MDD_TEST_WORK_DIR "/report_dialog.png")));

    // An error shows in the status line, naming the file.
    dialog.findChild<QLineEdit*>(QStringLiteral("reportPathEdit"))
        ->setText(work_ + "/nowhere/r.pdf");
    QTest::mouseClick(generate, Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!dialog.lastOutcome().ok);
    const QString shown = status->text().remove(QChar(0x200B));  // wrap points in paths
    QVERIFY2(shown.contains(work_ + "/nowhere/r.pdf"), qPrintable(shown));
    QVERIFY(status->toolTip().contains(work_ + "/nowhere/r.pdf"));
    QVERIFY(dialog.grab().save(QStringLiteral(MDD_TEST_WORK_DIR "/report_dialog_error.png")));

    // Close while a report is being made: it is cancelled, nothing is written, then it closes.
    dialog.findChild<QLineEdit*>(QStringLiteral("reportPathEdit"))
        ->setText(work_ + "/dialog/closed.pdf");
    QTest::mouseClick(generate, Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("reportCloseButton")),
                      Qt::LeftButton);  // disabled while busy: Esc is the way
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(dialog.lastOutcome().cancelled);
    QTRY_VERIFY(!dialog.isVisible());
    QVERIFY(!QFileInfo::exists(work_ + "/dialog/closed.pdf"));
  }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
