// ResultsExport: the exact CSV and JSON text (RFC 4180 quoting of a path with a comma and a
// quote, unknown numbers empty / null), and atomic writes: a missing or read-only folder
// fails with a message naming the file and leaves an existing file as it was.
#include <QtTest>

#include <QProcess>

#include <cmath>
#include <limits>

#include "results/results_export.h"
#include "test_paths.h"

using namespace mddui;

namespace {

QVector<ResultRow> sampleRows() {
  ResultRow defect;
  defect.path = QStringLiteral("/data/lot 7/a,b \"x\".png");
  defect.className = QStringLiteral("leather");
  defect.defectType = QStringLiteral("scratch");
  defect.groundTruth = 1;
  defect.maskPath = QStringLiteral("/data/masks/a_mask.png");
  defect.score = 0.125;
  defect.normalizedScore = 0.875;
  defect.verdict = QStringLiteral("defect");
  ResultRow good;
  good.path = QStringLiteral("/data/good/001.png");
  good.className = QStringLiteral("tile");
  good.score = 0.5;
  good.normalizedScore = 0.25;
  good.verdict = QStringLiteral("good");
  ResultRow broken;
  broken.path = QStringLiteral("/data/broken.png");
  broken.score = broken.normalizedScore = std::numeric_limits<double>::quiet_NaN();
  broken.error = QStringLiteral("cannot decode 'broken.png', the file is empty\nline 2");
  return {defect, good, broken};
}

QByteArray readAll(const QString& file) {
  QFile f(file);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& file, const QByteArray& bytes) {
  QFile f(file);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(bytes);
}

// Root ignores permission bits; the immutable attribute stops root too.
bool makeReadOnly(const QString& dir) {
  QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
  QFile probe(dir + "/probe");
  if (!probe.open(QIODevice::WriteOnly)) return true;
  probe.close();
  probe.remove();
  return QProcess::execute("chattr", {"+i", dir}) == 0 &&
         !QFile(dir + "/probe").open(QIODevice::WriteOnly);
}

void undoReadOnly(const QString& dir) {
  QProcess::execute("chattr", {"-i", dir});
  QFile::setPermissions(dir,
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

}  // namespace

class TestResultsExport : public QObject {
  Q_OBJECT
 private slots:
  void csvField_quotesOnlyWhenNeeded() {
    QCOMPARE(csvField("plain"), QString("plain"));
    QCOMPARE(csvField("a,b"), QString("\"a,b\""));
    QCOMPARE(csvField("say \"hi\""), QString("\"say \"\"hi\"\"\""));
    QCOMPARE(csvField("two\nlines"), QString("\"two\nlines\""));
    QCOMPARE(csvField("cr\r"), QString("\"cr\r\""));
    QCOMPARE(csvField(""), QString(""));
  }

  void csv_exactText() {
    const QString dir = mddtest::freshWorkDir("results_export_csv");
    const QString file = dir + "/results.csv";
    QString error;
    QVERIFY2(writeResultsCsv(file, sampleRows(), &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    const QByteArray expected =
        "path,class,defect_type,ground_truth,mask_path,score,normalized_score,verdict,error\n"
        "\"/data/lot 7/a,b \"\"x\"\".png\",leather,scratch,1,/data/masks/a_mask.png,0.125,0.875,"
        "defect,\n"
        "/data/good/001.png,tile,,,,0.5,0.25,good,\n"
        "/data/broken.png,,,,,,,,\"cannot decode 'broken.png', the file is empty\nline 2\"\n";
    QCOMPARE(readAll(file), expected);
  }

  void json_exactText() {
    const QString dir = mddtest::freshWorkDir("results_export_json");
    const QString file = dir + "/results.json";
    MetricsRow leather;
    leather.className = "leather";
    leather.imageAuroc = 0.75;
    leather.imageAp = 0.5;
    leather.imageF1max = 1;
    leather.pixelAuroc = 0.25;
    leather.pixelAp = 0.125;
    leather.pixelF1max = 0.5;
    leather.auPro = std::numeric_limits<double>::quiet_NaN();
    leather.images = 8;
    leather.defectImages = 5;
    QString error;
    QVERIFY2(writeResultsJson(file, sampleRows().mid(0, 1) + sampleRows().mid(2), {leather}, &error,
                              "/models/demo.mdda"),
             qPrintable(error));
    // moc cannot read raw string literals, hence the escapes.
    const QByteArray expected =
        "{\n"
        "    \"metrics\": [\n"
        "        {\n"
        "            \"au_pro\": null,\n"
        "            \"class\": \"leather\",\n"
        "            \"defect_images\": 5,\n"
        "            \"i_ap\": 0.5,\n"
        "            \"i_auroc\": 0.75,\n"
        "            \"i_f1max\": 1,\n"
        "            \"images\": 8,\n"
        "            \"p_ap\": 0.125,\n"
        "            \"p_auroc\": 0.25,\n"
        "            \"p_f1max\": 0.5\n"
        "        }\n"
        "    ],\n"
        "    \"model\": \"/models/demo.mdda\",\n"
        "    \"results\": [\n"
        "        {\n"
        "            \"class\": \"leather\",\n"
        "            \"defect_type\": \"scratch\",\n"
        "            \"error\": null,\n"
        "            \"ground_truth\": 1,\n"
        "            \"mask_path\": \"/data/masks/a_mask.png\",\n"
        "            \"normalized_score\": 0.875,\n"
        "            \"path\": \"/data/lot 7/a,b \\\"x\\\".png\",\n"
        "            \"score\": 0.125,\n"
        "            \"verdict\": \"defect\"\n"
        "        },\n"
        "        {\n"
        "            \"class\": null,\n"
        "            \"defect_type\": null,\n"
        "            \"error\": \"cannot decode 'broken.png', the file is empty\\nline 2\",\n"
        "            \"ground_truth\": null,\n"
        "            \"mask_path\": null,\n"
        "            \"normalized_score\": null,\n"
        "            \"path\": \"/data/broken.png\",\n"
        "            \"score\": null,\n"
        "            \"verdict\": null\n"
        "        }\n"
        "    ]\n"
        "}\n";
    QCOMPARE(readAll(file), expected);
    // What was written parses back to the same paths (the quote survives).
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(file));
    QCOMPARE(doc["results"][0]["path"].toString(), sampleRows()[0].path);
  }

  void missingFolder_failsWithMessage() {
    const QString dir = mddtest::freshWorkDir("results_export_missing");
    const QString file = dir + "/no/such/folder/results.csv";
    QString error;
    QVERIFY(!writeResultsCsv(file, sampleRows(), &error));
    QVERIFY2(error.contains(file), qPrintable(error));
    QVERIFY(!QFile::exists(file));
    QVERIFY(!writeResultsJson(file, sampleRows(), {}, &error));
    QVERIFY2(error.contains(file), qPrintable(error));
  }

  void readOnlyFolder_leavesExistingFile() {
    const QString dir = mddtest::freshWorkDir("results_export_readonly");
    const QString csv = dir + "/results.csv", json = dir + "/results.json";
    writeFile(csv, "old csv\n");
    writeFile(json, "{\"old\": true}\n");
    if (!makeReadOnly(dir)) {
      undoReadOnly(dir);
      QSKIP("cannot make a folder read-only here (root without chattr)");
    }
    QString csvError, jsonError;
    const bool csvOk = writeResultsCsv(csv, sampleRows(), &csvError);
    const bool jsonOk = writeResultsJson(json, sampleRows(), {}, &jsonError);
    undoReadOnly(dir);
    QVERIFY(!csvOk);
    QVERIFY(!jsonOk);
    QVERIFY2(csvError.contains(csv), qPrintable(csvError));
    QVERIFY2(jsonError.contains(json), qPrintable(jsonError));
    QCOMPARE(readAll(csv), QByteArray("old csv\n"));
    QCOMPARE(readAll(json), QByteArray("{\"old\": true}\n"));
    const QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList({"results.csv", "results.json"}));  // no temporary files
  }

  void overwrite_replacesWholeFile() {
    const QString dir = mddtest::freshWorkDir("results_export_overwrite");
    const QString file = dir + "/results.csv";
    writeFile(file, QByteArray(10000, 'x'));
    QString error;
    QVERIFY(writeResultsCsv(file, sampleRows().mid(1, 1), &error));
    QCOMPARE(readAll(file),
             QByteArray("path,class,defect_type,ground_truth,mask_path,score,normalized_score,"
                        "verdict,error\n/data/good/001.png,tile,,,,0.5,0.25,good,\n"));
  }
};

QTEST_GUILESS_MAIN(TestResultsExport)
#include "test_results_export.moc"
