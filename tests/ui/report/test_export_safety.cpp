// Exports with hostile names: a class, a defect type, a file and a project called
// <script>alert(1)</script>&"'.png, "../../etc/x", absolute paths and "..".
// - the HTML report escapes every one of them (no raw "<script", no raw quote in markup);
// - overlay exports write every file directly inside the chosen folder, nothing elsewhere;
// - CSV/JSON exports keep the names as data, in the one file chosen;
// - a full disk (a real tiny tmpfs, when the test may mount one) while writing a report or
//   saving the project fails with a message naming the file, and the previous report or
//   the committed project data stay as they were.
#include <QtTest>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "../../io/small_disk.h"
#include "project/project_store.h"
#include "report/report_cases.h"
#include "report/report_charts.h"
#include "report/report_data.h"
#include "report/report_writer.h"
#include "results/model_cache.h"
#include "results/overlay_export_job.h"
#include "results/results_export.h"
#include "test_paths.h"
#include "tiny_training.h"

using namespace mddui;

namespace {

const QString kScript = QStringLiteral("<script>alert(1)</script>&\"'");
const QString kScriptFile = kScript + QStringLiteral(".png");

// Every file below `root`, as paths relative to it.
QStringList filesBelow(const QString& root) {
  QStringList out;
  QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                  QDirIterator::Subdirectories);
  while (it.hasNext()) out << QDir(root).relativeFilePath(it.next());
  out.sort();
  return out;
}

QByteArray readBytes(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QImage smallImage(QColor colour) {
  QImage image(32, 24, QImage::Format_RGB32);
  image.fill(colour);
  return image;
}

}  // namespace

class TestExportSafety : public QObject {
  Q_OBJECT
 private:
  QString work_, modelPath_;

  // A report of the tiny model in which every name and label is hostile.
  ReportData hostileReport() const {
    ReportData data;
    data.projectName = kScript;
    data.modelPath = work_ + "/" + kScript + ".mdda";
    data.model = mdd::readModelFileInfo(modelPath_.toStdString());
    data.model.config.classNames = {kScript.toStdString(), "../../etc/x"};
    data.model.metadata.thresholds.at(0).className = kScript.toStdString();
    data.model.metadata.thresholds.at(1).className = "../../etc/x";
    data.source = "/data/" + kScript;
    for (const QString& cls : {kScript, QStringLiteral("../../etc/x")}) {
      MetricsRow m;
      m.className = cls;
      m.imageAuroc = 0.9;
      m.images = 2;
      m.defectImages = 1;
      data.metrics << m;
      for (int truth : {0, 1}) {
        ResultRow r;
        r.path = "/data/" + cls + "/" + kScriptFile;
        r.className = cls;
        r.defectType = truth ? kScript : QStringLiteral("good");
        r.groundTruth = truth;
        r.score = truth ? 2.0 : 0.5;
        r.normalizedScore = truth ? 0.9 : 0.1;
        r.verdict = truth ? "defect" : "good";
        data.rows << r;
      }
    }
    MetricsRow mean;
    mean.className = "mean";
    data.metrics << mean;
    data.generatedAt = QDateTime::currentDateTimeUtc();
    return data;
  }

 private Q_SLOTS:
  void initTestCase() {
    work_ = mddtest::freshWorkDir("export_safety");
    const mdd::Dataset dataset = mddtest::tinyDataset(work_, 0.25);
    modelPath_ = work_ + "/tiny.mdda";
    mddtest::trainTinyModel(dataset, mddtest::tinyConfig(1), modelPath_);
  }

  void htmlReportEscapesEveryNameAndLabel() {
    const ReportData data = hostileReport();
    QVector<ClassCharts> charts;
    QVector<ReportCase> cases;
    for (const QString& cls : data.classNames()) {
      charts << ClassCharts{cls, smallImage(Qt::white), smallImage(Qt::white)};
      ReportCase shown{cls, CaseKind::Detected, data.rows.at(1), smallImage(Qt::red), {}};
      ReportCase failed{cls, CaseKind::FalseAlarm, data.rows.at(0), QImage(),
                        "cannot read '" + kScriptFile + "'"};
      cases << shown << failed;
    }
    const QString html = buildReportHtml(data, charts, cases);
    QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;"));
    QVERIFY2(!html.contains("<script", Qt::CaseInsensitive), "a raw <script in the report");
    QVERIFY2(!html.contains("</script", Qt::CaseInsensitive), "a raw </script in the report");
    // The name's quotes and ampersand never appear raw: they could close an attribute.
    QVERIFY(!html.contains("&\"'"));
    QVERIFY(!html.contains("alert(1)</"));
    // Written, the file is where it was asked to be, and nothing else appears.
    const QString dir = mddtest::freshWorkDir("export_safety_html");
    QString error;
    QVERIFY2(writeReportHtml(dir + "/report.html", html, &error), qPrintable(error));
    QVERIFY2(writeReportPdf(dir + "/report.pdf", html, &error), qPrintable(error));
    QCOMPARE(filesBelow(dir), QStringList({"report.html", "report.pdf"}));
    QVERIFY(!readBytes(dir + "/report.html").contains("<script"));
  }

  void overlayExportStaysInsideTheFolder() {
    const QString sandbox = mddtest::freshWorkDir("export_safety_overlays");
    const QString src = sandbox + "/src";
    QVERIFY(QDir().mkpath(src + "/a"));
    // "</script>" holds a slash: the name is the folder "<script>alert(1)<" and the file
    // "script>&\"'.png" below it.
    const QString evilImage = src + "/" + kScriptFile;
    QVERIFY(QDir().mkpath(QFileInfo(evilImage).path()));
    const QString dotsImage = src + "/...png";
    const QString nestedImage = src + "/a/b.png";
    for (const QString& f : {evilImage, dotsImage, nestedImage})
      QVERIFY2(smallImage(QColor(90, 120, 150)).save(f, "PNG"), qPrintable(f));
    auto row = [](const QString& path, const QString& cls, const QString& defect) {
      ResultRow r;
      r.path = path;
      r.className = cls;
      r.defectType = defect;
      r.verdict = "good";
      return r;
    };
    const QVector<ResultRow> rows = {
        row(evilImage, "../../etc/x", "../../.."),
        row(evilImage, kScript, kScript),
        row(dotsImage, "..", ".."),
        row(evilImage, "/etc/passwd", "/tmp/x"),
        row(evilImage, "", ""),           // folder run: the path below the source folder
        row(dotsImage, "", ""),           // "..." as a base name
        row(nestedImage, "", ""),         // a/b below the source folder
        row(sandbox + "/../outside.png", "", ""),  // a path above the source folder
    };
    const QString out = sandbox + "/out/overlays";
    ModelCache cache;
    mdd::CancelToken cancel;
    const QStringList before = filesBelow(sandbox);
    const auto result = OverlayExportJob::writeOverlays(cache, modelPath_, rows, out, src, 0.5,
                                                        nullptr, cancel);
    // The last row names a missing file: it fails alone, naming that file.
    QCOMPARE(result.written, static_cast<int>(rows.size()) - 1);
    QCOMPARE(result.failed, 1);
    QVERIFY2(result.error.contains("outside.png"), qPrintable(result.error));
    QStringList added;
    for (const QString& f : filesBelow(sandbox))
      if (!before.contains(f)) added << f;
    QCOMPARE(added.size(), rows.size() - 1);
    for (const QString& f : added) {
      QVERIFY2(f.startsWith("out/overlays/") && !f.mid(13).contains('/'), qPrintable(f));
      const QString name = f.mid(13);
      // A plain name: no separator, no leading dot (so neither "." nor ".."), safe characters.
      static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]*\\.png$"));
      QVERIFY2(plain.match(name).hasMatch(), qPrintable(name));
      QVERIFY(!QImage(sandbox + "/" + f).isNull());
    }
    QVERIFY(!QFile::exists(sandbox + "/out/etc") && !QFile::exists(sandbox + "/etc"));
    QVERIFY(!QFile::exists("/tmp/x.png") && !QFile::exists("/etc/x.png"));
  }

  void csvAndJsonKeepHostileNamesAsData() {
    const QString dir = mddtest::freshWorkDir("export_safety_tables");
    const ReportData data = hostileReport();
    QString error;
    QVERIFY2(writeResultsCsv(dir + "/results.csv", data.rows, &error), qPrintable(error));
    QVERIFY2(writeResultsJson(dir + "/results.json", data.rows, data.metrics, &error,
                              data.modelPath),
             qPrintable(error));
    QCOMPARE(filesBelow(dir), QStringList({"results.csv", "results.json"}));
    const QJsonObject json = QJsonDocument::fromJson(readBytes(dir + "/results.json")).object();
    const QJsonArray results = json.value("results").toArray();
    QCOMPARE(results.size(), data.rows.size());
    QCOMPARE(json.value("model").toString(), data.modelPath);
    QCOMPARE(results.at(0).toObject().value("class").toString(), kScript);
    // CSV: the quote is doubled inside a quoted field.
    QVERIFY(readBytes(dir + "/results.csv").contains("\"<script>alert(1)</script>&\"\"'\""));
  }

  void fullDiskWhileWritingAReport() {
    const QString scratch = mddtest::freshWorkDir("export_safety_disk");
    mddtest::SmallDisk disk(scratch + "/disk", 64 * 1024);
    if (!disk.available()) QSKIP("cannot mount a small tmpfs here (needs root)");
    const QString file = disk.folder() + "/report.html";
    QString error;
    const QString small = "<html><body>previous report</body></html>";
    QVERIFY2(writeReportHtml(file, small, &error), qPrintable(error));
    const QByteArray before = readBytes(file);
    const QString big = "<html><body>" + QString(200 * 1024, QLatin1Char('x')) + "</body></html>";
    QVERIFY(!writeReportHtml(file, big, &error));
    QVERIFY2(error.contains(file) && error.contains("the disk is full") &&
                 error.contains("Free space"),
             qPrintable(error));
    QCOMPARE(readBytes(file), before);
    QCOMPARE(filesBelow(disk.folder()), QStringList({"report.html"}));
  }

  void fullDiskWhileSavingTheProject() {
    const QString scratch = mddtest::freshWorkDir("export_safety_project");
    mddtest::SmallDisk disk(scratch + "/disk", 256 * 1024);
    if (!disk.available()) QSKIP("cannot mount a small tmpfs here (needs root)");
    const QString path = disk.folder() + "/full.mddproj";
    qint64 committed = 0;
    QString lastError;
    {
      ProjectStore store;
      QString error;
      QVERIFY2(store.open(path, &error), qPrintable(error));
      ModelRecord m{-1, store.modelsDir() + "/m.mdda", "m", "mobilenet_v2", {"a"}, -1, {}};
      QVERIFY2(store.addModel(m), qPrintable(store.lastError()));
      for (int batch = 0; batch < 1000; ++batch) {
        QVector<InferenceRecord> records;
        for (int i = 0; i < 50; ++i) {
          InferenceRecord r;
          r.modelId = m.id;
          r.source = "full-disk";
          r.imagePath = QString("/data/%1/%2_%3.png").arg(kScript).arg(batch).arg(i);
          r.className = "a";
          r.verdict = "good";
          records << r;
        }
        if (!store.addInferenceResults(records)) {
          lastError = store.lastError();
          break;
        }
        committed += records.size();
      }
    }
    QVERIFY2(!lastError.isEmpty(), "the disk never filled up");
    QVERIFY2(lastError.contains(path) && (lastError.contains("disk is full") ||
                                          lastError.contains("free disk space")),
             qPrintable(lastError));
    QVERIFY(committed > 0);
    // Reopened, the project holds every committed row and passes SQLite's integrity check.
    ProjectStore again;
    QString error;
    QVERIFY2(again.open(path, &error), qPrintable(error));
    QCOMPARE(again.integrityCheck(), QString("ok"));
    const auto models = again.models();
    QCOMPARE(models.size(), 1);
    QCOMPARE(static_cast<qint64>(again.inferenceResults(models.front().id).size()), committed);
  }
};

QTEST_MAIN(TestExportSafety)
#include "test_export_safety.moc"
