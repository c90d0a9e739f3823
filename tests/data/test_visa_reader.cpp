// The VisA reader: split_csv/1cls.csv with BOM, CRLF, quoting, missing mask cells and bad
// rows, each reported with its line number; label-map masks.
#include <QtTest>

#include "dataset_tree.h"
#include "mdd/dataset.h"
#include "test_paths.h"

using namespace datatest;
using mdd::Split;

class TestVisaReader : public QObject {
  Q_OBJECT
  QString dir_;

 private Q_SLOTS:
  void initTestCase() { dir_ = mddtest::freshWorkDir("visa_reader"); }

  void readsVisaCsv() {
    const QString root = dir_ + "/visa";
    for (int i = 0; i < 6; ++i)
      writeImageFile(root + "/candle/Data/Images/Normal/" + name(i) + ".JPG");
    for (int i = 0; i < 3; ++i)
      writeImageFile(root + "/candle/Data/Images/Anomaly/" + name(i) + ".JPG");
    writeImageFile(root + "/pcb1/Data/Images/Normal/000.JPG");
    writeImageFile(root + "/pcb1/Data/Images/Anomaly/000.JPG");
    // VisA masks are label maps: value 1 marks the defect.
    cv::Mat labels = cv::Mat::zeros(16, 24, CV_8U);
    labels(cv::Rect(3, 3, 5, 5)).setTo(1);
    for (const QString m :
         {"candle/Data/Masks/Anomaly/000.png", "candle/Data/Masks/Anomaly/001.png",
          "pcb1/Data/Masks/Anomaly/000.png"}) {
      QDir().mkpath(QFileInfo(root + "/" + m).path());
      cv::imwrite(s(root + "/" + m), labels);
    }
    const std::string csv =
        "\xEF\xBB\xBF"
        "object,split,label,image,mask\r\n"                               // line 1
        "candle,train,normal,candle/Data/Images/Normal/000.JPG,\r\n"      // 2
        "candle,train,normal,\"candle/Data/Images/Normal/001.JPG\",\r\n"  // 3
        "candle,train,normal,candle/Data/Images/Normal/002.JPG,\r\n"      // 4
        "candle,train,normal,candle/Data/Images/Normal/003.JPG,\r\n"      // 5
        "candle,test,normal,candle/Data/Images/Normal/004.JPG,\r\n"       // 6
        "candle,test,anomaly,candle/Data/Images/Anomaly/000.JPG,candle/Data/Masks/Anomaly/"
        "000.png\r\n"
        "candle,test,anomaly,candle/Data/Images/Anomaly/001.JPG,\"candle/Data/Masks/Anomaly/"
        "001.png\"\r\n"
        "candle,test,anomaly,candle/Data/Images/Anomaly/002.JPG,\r\n"  // 9: no mask
        "candle,test,broken,candle/Data/Images/Normal/005.JPG,\r\n"    // 10: label
        "candle,test,normal\r\n"                                       // 11: columns
        "candle,test,normal,candle/Data/Images/Normal/404.JPG,\r\n"    // 12: missing
        "pcb1,train,normal,pcb1/Data/Images/Normal/000.JPG,\r\n"       // 13
        "pcb1,test,anomaly,pcb1/Data/Images/Anomaly/000.JPG,pcb1/Data/Masks/Anomaly/000.png\r\n";
    writeTextFile(root + "/split_csv/1cls.csv", csv);
    mdd::LoadReport report;
    const auto d = mdd::loadDataset(s(root), noValidation(), report);
    QCOMPARE(d.classNames, (std::vector<std::string>{"candle", "pcb1"}));
    QCOMPARE(countIf(d, "candle", Split::Train, false), std::size_t(4));
    QCOMPARE(countIf(d, "candle", Split::Test, false), std::size_t(1));
    QCOMPARE(countIf(d, "candle", Split::Test, true), std::size_t(3));
    QCOMPARE(countIf(d, "pcb1", Split::Test, true), std::size_t(1));
    QVERIFY(isError(findIssue(report, "Anomaly/002.JPG", "1cls.csv line 9")));
    QVERIFY(isError(findIssue(report, "split_csv/1cls.csv", "line 10: label is 'broken'")));
    QVERIFY(
        isError(findIssue(report, "split_csv/1cls.csv", "line 11: expected 5 columns, found 3")));
    QVERIFY(isError(findIssue(report, "Normal/404.JPG", "line 12")));
    QCOMPARE(report.errorCount(), std::size_t(4));
    for (const auto& smp : d.samples) {
      QCOMPARE(smp.maskRule, mdd::MaskRule::NonZero);
      QCOMPARE(smp.defectType, std::string(smp.isAnomalous ? "anomaly" : "good"));
    }
    QVERIFY(!d.select(Split::Test, "pcb1")[0].maskPath.empty() ||
            !d.select(Split::Test, "pcb1")[0].isAnomalous);
  }

  // Empty mask cells for every anomaly of an object: one warning for the file, no error
  // per row; an empty cell beside masked anomalies of the same object stays an error.
  void visaWithoutMasksWarnsOnce() {
    const QString root = dir_ + "/visa_nomask";
    std::string csv = "object,split,label,image,mask\n";
    for (const QString object : {"fryum", "pcb2"}) {
      for (int i = 0; i < 4; ++i) {
        const QString normal = object + "/Normal/" + name(i) + ".JPG";
        const QString anomaly = object + "/Anomaly/" + name(i) + ".JPG";
        writeImageFile(root + "/" + normal, {24, 16}, i);
        writeImageFile(root + "/" + anomaly, {24, 16}, 50 + i);
        csv += s(object) + "," + (i < 3 ? "train" : "test") + ",normal," + s(normal) + ",\n";
        csv += s(object) + ",test,anomaly," + s(anomaly) + ",\n";
      }
    }
    writeTextFile(root + "/split_csv/1cls.csv", csv);
    mdd::LoadReport report;
    const auto d = mdd::loadDataset(s(root), noValidation(), report);
    QVERIFY2(!report.hasErrors(), report.format().c_str());
    QCOMPARE(report.issues.size(), std::size_t(1));
    QVERIFY(findIssue(report, "split_csv/1cls.csv",
                      "no pixel masks: image-level metrics only (empty mask column for "
                      "objects fryum, pcb2)"));
    QCOMPARE(countIf(d, "fryum", Split::Test, true), std::size_t(4));
    QCOMPARE(countIf(d, "pcb2", Split::Test, true), std::size_t(4));

    // One object chosen: the warning names only it.
    mdd::DatasetSource one{s(root), mdd::DatasetLayout::Visa, {}, {"pcb2"}};
    mdd::LoadReport onlyReport;
    mdd::loadDataset({one}, noValidation(), onlyReport);
    QCOMPARE(onlyReport.issues.size(), std::size_t(1));
    QVERIFY(findIssue(onlyReport, "1cls.csv", "(empty mask column for object pcb2)"));

    // fryum's first anomaly gets a mask: its other three empty cells are errors now.
    cv::Mat labels = cv::Mat::zeros(16, 24, CV_8U);
    labels(cv::Rect(3, 3, 5, 5)).setTo(1);
    QDir().mkpath(root + "/fryum/Masks");
    cv::imwrite(s(root + "/fryum/Masks/000.png"), labels);
    const std::string first = "fryum,test,anomaly,fryum/Anomaly/000.JPG,";
    csv.replace(csv.find(first) + first.size(), 0, "fryum/Masks/000.png");
    writeTextFile(root + "/split_csv/1cls.csv", csv);
    mdd::LoadReport mixed;
    mdd::loadDataset(s(root), noValidation(), mixed);
    QCOMPARE(mixed.errorCount(), std::size_t(3));
    QVERIFY(isError(findIssue(mixed, "fryum/Anomaly/001.JPG", "mask missing")));
    QVERIFY(findIssue(mixed, "1cls.csv", "(empty mask column for object pcb2)"));
  }

  void visaHeaderProblems() {
    const QString root = dir_ + "/visa_bad";
    writeTextFile(root + "/split_csv/1cls.csv", "object,split,picture\nx,train,a.png\n");
    mdd::LoadReport report;
    mdd::loadDataset(s(root), {}, report);
    QVERIFY(isError(findIssue(report, "1cls.csv", "no 'label' column")));
  }
};

QTEST_APPLESS_MAIN(TestVisaReader)
#include "test_visa_reader.moc"
