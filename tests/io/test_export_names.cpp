// Export file names never leave their folder (mdd/export_names.h).
#include <QtTest>

#include "mdd/export_names.h"

class TestExportNames : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void stems_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stem");
    QTest::newRow("plain") << "scratch_003" << "scratch_003";
    QTest::newRow("sub folders") << "test/crack/001" << "test_crack_001";
    QTest::newRow("climbing out") << "../../etc/passwd" << "etc_passwd";
    QTest::newRow("hidden") << ".bashrc" << "bashrc";
    QTest::newRow("only dots") << ".." << "unnamed";
    QTest::newRow("empty") << "" << "unnamed";
    QTest::newRow("spaces and quotes") << "a b\"c'd" << "a_b_c_d";
    QTest::newRow("absolute windows") << "C:\\x\\y" << "C_x_y";
    QTest::newRow("non-ascii") << QString::fromUtf8("caf\xc3\xa9") << "caf";
    QTest::newRow("trailing dot") << "name." << "name";
  }
  void stems() {
    QFETCH(QString, input);
    QFETCH(QString, stem);
    QCOMPARE(QString::fromStdString(mdd::safeFileStem(input.toStdString())), stem);
  }

  void longNamesAreCut() {
    const std::string stem = mdd::safeFileStem(std::string(500, 'a'));
    QCOMPARE(stem.size(), std::size_t(120));
  }

  void uniqueNamesIgnoreCase() {
    mdd::UniqueFileNames names;
    QCOMPARE(names.claim("a", ".png"), std::string("a.png"));
    QCOMPARE(names.claim("a", ".png"), std::string("a-2.png"));
    QCOMPARE(names.claim("A", ".png"), std::string("A-3.png"));
    QCOMPARE(names.claim("../a", ".png"), std::string("a-4.png"));
    QCOMPARE(names.claim("b", ".png"), std::string("b.png"));
  }
};

QTEST_GUILESS_MAIN(TestExportNames)
#include "test_export_names.moc"
