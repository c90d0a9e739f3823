// DatasetImportDialog: layout detection, per-class counts, problems by file name, clear
// errors for bad folders, and superseded loads never mixing results.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QThreadPool>
#include <QTreeWidget>
#include <QtTest>

#include "dataset/dataset_import_dialog.h"
#include "mdd/demo_dataset.h"
#include "test_paths.h"

using mddui::DatasetImportDialog;

namespace {

// 2 classes x (8 train good + 3 test good + 5 test defects with masks) at 64 px.
QString makeDemo(const QString& name, mdd::DemoDatasetSummary* summary = nullptr) {
  const QString dir = mddtest::freshWorkDir(name) + "/data";
  mdd::DemoDatasetOptions o;
  o.classes = 2;
  o.imageSize = 64;
  o.trainGood = 8;
  o.testGood = 3;
  o.testDefects = 5;
  const auto s = mdd::makeDemoDataset(dir.toStdString(), o);
  if (summary) *summary = s;
  return dir;
}

bool waitLoaded(DatasetImportDialog&, QSignalSpy& spy) {
  return spy.count() > 0 || spy.wait(30000);
}

QString cell(QTableWidget* t, int row, int col) {
  return t->item(row, col) ? t->item(row, col)->text() : QString();
}

QPushButton* okButton(DatasetImportDialog& d) {
  return d.findChild<QPushButton*>("importOkButton");
}

void writeImage(const QString& path, int size, QColor colour) {
  QImage image(size, size, QImage::Format_RGB32);
  image.fill(colour);
  QDir().mkpath(QFileInfo(path).path());
  QVERIFY(image.save(path));
}

}  // namespace

class TestDatasetImport : public QObject {
  Q_OBJECT
 private slots:
  void demoDatasetIsDetectedWithCounts() {
    mdd::DemoDatasetSummary summary;
    const QString dir = makeDemo("import_demo", &summary);
    DatasetImportDialog d;
    QSignalSpy spy(&d, &DatasetImportDialog::loadFinished);
    QVERIFY(!okButton(d)->isEnabled());
    d.setFolder(dir);
    QVERIFY(d.isLoading());
    QVERIFY(waitLoaded(d, spy));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    QVERIFY(d.isLoaded());
    QCOMPARE(d.source().layout, mdd::DatasetLayout::MvtecMulti);
    QCOMPARE(QString::fromStdString(d.source().root), dir);
    QCOMPARE(d.findChild<QLabel*>("layoutLabel")->text(),
             QString("Detected layout: MVTec AD (many classes)"));

    auto* table = d.findChild<QTableWidget*>("classTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);  // two classes and the total
    QStringList names;               // MVTec categories come sorted by name
    for (const auto& c : summary.classes) names << QString::fromStdString(c.name);
    names.sort();
    for (int row = 0; row < 2; ++row) {
      QCOMPARE(cell(table, row, 0), names[row]);
      // 8 normal training images, one of them (10 %, at least 1) moved to validation.
      QCOMPARE(cell(table, row, 1), QString("7"));
      QCOMPARE(cell(table, row, 2), QString("1"));
      QCOMPARE(cell(table, row, 3), QString("3"));
      QCOMPARE(cell(table, row, 4), QString("5"));
      QCOMPARE(cell(table, row, 5), QString("5"));
    }
    QCOMPARE(cell(table, 2, 0), QString("Total"));
    QCOMPARE(cell(table, 2, 1), QString("14"));
    QCOMPARE(cell(table, 2, 2), QString("2"));
    QCOMPARE(cell(table, 2, 3), QString("6"));
    QCOMPARE(cell(table, 2, 4), QString("10"));
    QCOMPARE(cell(table, 2, 5), QString("10"));
    QCOMPARE(d.findChild<QLabel*>("importStatus")->text(),
             QString("2 classes, 32 images, no problems"));
    QCOMPARE(d.findChild<QTreeWidget*>("issueList")->topLevelItemCount(), 0);
    QCOMPARE(d.dataset().samples.size(), std::size_t(32));
    QVERIFY(okButton(d)->isEnabled());

    // Editing the path makes what is shown stale: no accepting it until reloaded.
    d.findChild<QLineEdit*>("folderEdit")->setText(dir + "/other");
    QVERIFY(!okButton(d)->isEnabled());
  }

  void missingFolderNamesIt() {
    const QString dir = mddtest::freshWorkDir("import_missing") + "/no_such_folder";
    DatasetImportDialog d;
    QSignalSpy spy(&d, &DatasetImportDialog::loadFinished);
    d.setFolder(dir);
    QVERIFY(waitLoaded(d, spy));
    QCOMPARE(spy.at(0).at(0).toBool(), false);
    const QString status = d.findChild<QLabel*>("importStatus")->text();
    QVERIFY2(status.contains(QDir::toNativeSeparators(dir)), qPrintable(status));
    QVERIFY2(status.contains("does not exist"), qPrintable(status));
    QVERIFY2(status.contains("MVTec AD"), qPrintable(status));  // says what is expected
    QVERIFY(!d.isLoaded());
    QVERIFY(!okButton(d)->isEnabled());
    QCOMPARE(d.findChild<QTableWidget*>("classTable")->rowCount(), 0);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(d.grab().save(QString(MDD_TEST_WORK_DIR) + "/dataset_import_missing.png"));
  }

  void folderOfNoKnownLayoutSaysWhatIsExpected() {
    const QString dir = mddtest::freshWorkDir("import_unknown");
    writeImage(dir + "/loose/picture.png", 16, Qt::gray);
    DatasetImportDialog d;
    QSignalSpy spy(&d, &DatasetImportDialog::loadFinished);
    d.setFolder(dir);
    QVERIFY(waitLoaded(d, spy));
    QCOMPARE(spy.at(0).at(0).toBool(), false);
    const QString status = d.findChild<QLabel*>("importStatus")->text();
    QVERIFY2(status.contains("No known dataset layout"), qPrintable(status));
    QVERIFY2(status.contains(dir), qPrintable(status));
    QVERIFY2(status.contains("VisA") && status.contains("good/"), qPrintable(status));
    QVERIFY(!okButton(d)->isEnabled());
  }

  void corruptImageIsListedByFileName() {
    const QString dir = makeDemo("import_corrupt");
    const QString bad = dir + "/" + QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)[0] +
                        "/train/good/003.png";
    QVERIFY(QFileInfo::exists(bad));
    {
      QFile f(bad);
      QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
      f.write("this is not a png file at all, just junk bytes 1234567890");
    }
    DatasetImportDialog d;
    QSignalSpy spy(&d, &DatasetImportDialog::loadFinished);
    d.setFolder(dir);
    QVERIFY(waitLoaded(d, spy));
    QVERIFY(d.isLoaded());
    QVERIFY(d.report().hasErrors());
    auto* issues = d.findChild<QTreeWidget*>("issueList");
    bool found = false;
    for (int i = 0; i < issues->topLevelItemCount(); ++i) {
      const QTreeWidgetItem* item = issues->topLevelItem(i);
      if (item->text(1).endsWith(QDir::toNativeSeparators("train/good/003.png"))) {
        found = true;
        QCOMPARE(item->text(0), QString("Error"));
        QVERIFY(!item->text(2).isEmpty());
        QVERIFY2(!item->text(2).contains(dir), qPrintable(item->text(2)));  // short form
        QCOMPARE(item->toolTip(1), QDir::toNativeSeparators(bad));
      }
    }
    QVERIFY(found);
    QCOMPARE(issues->topLevelItemCount(), int(d.report().issues.size()));
    const QString status = d.findChild<QLabel*>("importStatus")->text();
    QVERIFY2(status.startsWith("2 classes,") && status.endsWith("1 problem"), qPrintable(status));
    QVERIFY(okButton(d)->isEnabled());  // the other images can still be used

    d.resize(780, 520);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(d.grab().save(QString(MDD_TEST_WORK_DIR) + "/dataset_import_dialog.png"));
  }

  // A dataset labelled per image (no ground_truth/): one warning row, every image usable,
  // no masks counted.
  void datasetWithoutMasksIsAcceptedWithOneWarning() {
    const QString dir = makeDemo("import_nomask");
    for (const QString& c : QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
      QVERIFY(QDir(dir + "/" + c + "/ground_truth").removeRecursively());
    DatasetImportDialog d;
    QSignalSpy spy(&d, &DatasetImportDialog::loadFinished);
    d.setFolder(dir);
    QVERIFY(waitLoaded(d, spy));
    QVERIFY(d.isLoaded());
    QVERIFY(!d.report().hasErrors());
    auto* issues = d.findChild<QTreeWidget*>("issueList");
    QCOMPARE(issues->topLevelItemCount(), 1);
    QCOMPARE(issues->topLevelItem(0)->text(0), QString("Warning"));
    QVERIFY2(issues->topLevelItem(0)->text(2).contains("no pixel masks: image-level metrics only"),
             qPrintable(issues->topLevelItem(0)->text(2)));
    auto* table = d.findChild<QTableWidget*>("classTable");
    QCOMPARE(cell(table, 2, 4), QString("10"));  // defect images
    QCOMPARE(cell(table, 2, 5), QString("0"));   // masks
    QCOMPARE(d.dataset().samples.size(), std::size_t(32));
    QVERIFY(okButton(d)->isEnabled());
    d.resize(780, 520);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(d.grab().save(QString(MDD_TEST_WORK_DIR) + "/dataset_import_nomask.png"));
  }

  void folderLayoutTree() {
    const QString dir = mddtest::freshWorkDir("import_folder") + "/bottle_caps";
    for (int i = 0; i < 10; ++i)
      writeImage(QString("%1/good/g%2.png").arg(dir).arg(i), 32, Qt::white);
    for (int i = 0; i < 3; ++i) {
      writeImage(QString("%1/scratch/s%2.png").arg(dir).arg(i), 32, Qt::darkGray);
      writeImage(QString("%1/masks/scratch/s%2.png").arg(dir).arg(i), 32, Qt::white);
    }
    writeImage(dir + "/dent/d0.png", 32, Qt::black);  // a defect type without masks
    DatasetImportDialog d;
    QSignalSpy spy(&d, &DatasetImportDialog::loadFinished);
    d.setFolder(dir);
    QVERIFY(waitLoaded(d, spy));
    QVERIFY(d.isLoaded());
    QCOMPARE(d.source().layout, mdd::DatasetLayout::Folder);
    auto* table = d.findChild<QTableWidget*>("classTable");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(cell(table, 0, 0), QString("bottle_caps"));
    QCOMPARE(cell(table, 0, 1).toInt() + cell(table, 0, 2).toInt() + cell(table, 0, 3).toInt(), 10);
    QCOMPARE(cell(table, 0, 3), QString("2"));  // 20 % of good/ held out for testing
    QCOMPARE(cell(table, 0, 4), QString("4"));
    QCOMPARE(cell(table, 0, 5), QString("3"));
    QVERIFY(okButton(d)->isEnabled());
  }

  void forcedLayoutReloads() {
    const QString dir = makeDemo("import_forced");
    DatasetImportDialog d;
    QSignalSpy spy(&d, &DatasetImportDialog::loadFinished);
    d.setFolder(dir);
    QVERIFY(waitLoaded(d, spy));
    QVERIFY(okButton(d)->isEnabled());
    // Read the MVTec root as a good/ + defect/ folder: nothing usable, OK must go off.
    spy.clear();
    d.setLayoutChoice(mdd::DatasetLayout::Folder);
    QVERIFY(waitLoaded(d, spy));
    QCOMPARE(d.source().layout, mdd::DatasetLayout::Folder);
    QVERIFY(d.report().hasErrors());
    QVERIFY(d.findChild<QTreeWidget*>("issueList")->topLevelItemCount() > 0);
    QVERIFY(!okButton(d)->isEnabled());
    spy.clear();
    d.findChild<QComboBox*>("layoutCombo")->setCurrentIndex(0);  // Auto-detect again
    QVERIFY(waitLoaded(d, spy));
    QCOMPARE(d.source().layout, mdd::DatasetLayout::MvtecMulti);
    QVERIFY(okButton(d)->isEnabled());
  }

  void secondFolderSupersedesFirst() {
    const QString first = makeDemo("import_race_first");
    const QString second = mddtest::freshWorkDir("import_race_second") + "/widgets";
    for (int i = 0; i < 5; ++i)
      writeImage(QString("%1/good/g%2.png").arg(second).arg(i), 16, Qt::white);
    writeImage(second + "/crack/c0.png", 16, Qt::black);
    for (int round = 0; round < 3; ++round) {
      DatasetImportDialog d;
      QSignalSpy spy(&d, &DatasetImportDialog::loadFinished);
      d.setFolder(first);
      d.setFolder(second);
      QVERIFY(waitLoaded(d, spy));
      // Let the first load finish too, then deliver whatever it queued.
      QThreadPool::globalInstance()->waitForDone();
      QTest::qWait(50);
      QCOMPARE(spy.count(), 1);
      QCOMPARE(d.dataset().classNames, std::vector<std::string>{"widgets"});
      QCOMPARE(d.source().layout, mdd::DatasetLayout::Folder);
      QCOMPARE(d.findChild<QTableWidget*>("classTable")->rowCount(), 2);
    }
  }
};

QTEST_MAIN(TestDatasetImport)
#include "test_dataset_import.moc"
