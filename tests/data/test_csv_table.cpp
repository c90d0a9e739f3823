// The CSV parser behind the VisA reader: quoting, line ends, BOM, and line numbers that
// point at the right row.
#include <QtTest>

#include "data/csv_table.h"

using mdd::data::parseCsv;

class TestCsvTable : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void plainRowsAndLineNumbers() {
    const auto t = parseCsv("a,b,c\n1,2,3\n\n4,5,6\n");
    QCOMPARE(int(t.records.size()), 3);
    QVERIFY(t.problems.empty());
    QCOMPARE(t.records[2].line, 4);  // the blank line 3 is skipped but counted
    QCOMPARE(t.records[2].cells, (std::vector<std::string>{"4", "5", "6"}));
  }

  void crlfCrAndBom() {
    const auto t = parseCsv("\xEF\xBB\xBFobject,split\r\nx,train\ry,test");
    QCOMPARE(int(t.records.size()), 3);
    QCOMPARE(t.records[0].cells[0], std::string("object"));  // BOM removed
    QCOMPARE(t.records[1].cells[1], std::string("train"));   // no stray \r
    QCOMPARE(t.records[2].line, 3);
    QCOMPARE(t.records[2].cells[1], std::string("test"));  // last line without line end
  }

  void quotedFields() {
    const auto t =
        parseCsv("a,b\n\"x, with comma\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nnext,row\n");
    QVERIFY(t.problems.empty());
    QCOMPARE(t.records[1].cells[0], std::string("x, with comma"));
    QCOMPARE(t.records[1].cells[1], std::string("say \"hi\""));
    QCOMPARE(t.records[2].cells[0], std::string("two\nlines"));
    QCOMPARE(t.records[2].line, 3);
    QCOMPARE(t.records[3].line, 5);  // the quoted line break counts
  }

  void emptyCellsAreKept() {
    const auto t = parseCsv("a,b,c\n1,,\n\"\",2,\n");
    QCOMPARE(t.records[1].cells, (std::vector<std::string>{"1", "", ""}));
    QCOMPARE(t.records[2].cells, (std::vector<std::string>{"", "2", ""}));
  }

  void malformedQuotingIsReportedWithItsLine() {
    const auto t = parseCsv("a,b\nok,1\nbad\"quote,2\n\"closed\"junk,3\n\"never closed,4\n");
    QCOMPARE(int(t.problems.size()), 3);
    QCOMPARE(t.problems[0].line, 3);
    QCOMPARE(t.problems[1].line, 4);
    QCOMPARE(t.problems[2].line, 5);
    QVERIFY(QString::fromStdString(t.problems[2].message).contains("never closed"));
  }
};

QTEST_APPLESS_MAIN(TestCsvTable)
#include "test_csv_table.moc"
