// ProjectStore: schema, round trips, transactions that leave nothing behind, refusing
// files that are not projects. RecentProjects: order, limit, vanished files.
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include "project/project_schema.h"
#include "project/project_store.h"
#include "project/recent_projects.h"
#include "test_paths.h"

using namespace mddui;

namespace {

QDateTime at(int minute) {
  return QDateTime(QDate(2024, 5, 17), QTime(9, minute, 30, 250), Qt::UTC);
}

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs `sql` on the file through a private connection, outside ProjectStore.
QVariant rawQuery(const QString& path, const QString& sql) {
  QVariant result;
  {
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
    db.setDatabaseName(path);
    if (db.open()) {
      QSqlQuery q(db);
      if (q.exec(sql) && q.next()) result = q.value(0);
    }
  }
  QSqlDatabase::removeDatabase("raw");
  return result;
}

InferenceRecord result(qint64 model, const QString& image, double score) {
  InferenceRecord r;
  r.modelId = model;
  r.source = "folder:/line1";
  r.imagePath = image;
  r.className = "bottle";
  r.score = score;
  r.normalizedScore = score / 2;
  r.verdict = score > 1 ? "defect" : "good";
  r.groundTruth = 1;
  r.createdAt = at(5);
  return r;
}

}  // namespace

class TestProjectStore : public QObject {
  Q_OBJECT
 private slots:
  void newProjectHasSchemaAndSettings() {
    const QString file = mddtest::freshWorkDir("schema") + "/sub/dir/line.mddproj";
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(file, &error), qPrintable(error));
    QVERIFY(store.isOpen());
    QCOMPARE(store.path(), file);
    QVERIFY(QFileInfo(file).isFile());
    QCOMPARE(store.schemaVersion(), ProjectStore::latestSchemaVersion());
    QCOMPARE(store.integrityCheck(), QString("ok"));
    const QString models = store.modelsDir();
    QCOMPARE(models, QFileInfo(file).absolutePath() + "/line.models");
    QVERIFY(QFileInfo(models).isDir());
    store.close();
    QVERIFY(!store.isOpen());
    // Read back by a connection of our own, not through the class under test.
    QCOMPARE(rawQuery(file, "PRAGMA user_version").toInt(), ProjectSchema::latestVersion());
    QCOMPARE(rawQuery(file, "PRAGMA journal_mode").toString(), QString("wal"));
    QCOMPARE(rawQuery(file, "PRAGMA application_id").toInt(), ProjectSchema::kApplicationId);
  }

  void everyRecordRoundTripsAndSurvivesReopen() {
    const QString file = mddtest::freshWorkDir("roundtrip") + "/p.mddproj";
    ProjectStore store;
    QVERIFY(store.open(file));

    DatasetRecord ds{-1, "/data/mvtec/", "mvtec", "MVTec AD", {"bottle", "cable"}, 1234, at(1)};
    QVERIFY2(store.addDataset(ds), qPrintable(store.lastError()));
    QVERIFY(ds.id > 0);
    QCOMPARE(ds.root, QString("/data/mvtec"));  // cleaned on the way in

    TrainingRunRecord run{-1, R"({"iterations":2})", {"/data/mvtec"}, "running", 0, 2, "", "",
                          at(2), {}, ""};
    QVERIFY2(store.addTrainingRun(run), qPrintable(store.lastError()));
    run.status = "finished";
    run.stepsDone = 2;
    run.checkpointPath = "/p.models/ckpt.pt";
    run.modelPath = "/p.models/m.mddnet";
    run.finishedAt = at(3);
    run.message = QString::fromUtf8("done – 2 steps");
    QVERIFY2(store.updateTrainingRun(run), qPrintable(store.lastError()));

    ModelRecord model{-1, "/p.models/m.mddnet", "first", "wide_resnet50", {"bottle", "cable"},
                      run.id, at(4)};
    QVERIFY2(store.addModel(model), qPrintable(store.lastError()));
    ModelRecord imported{-1, "/elsewhere/x.mddnet", "imported", "resnet18", {}, -1, at(4)};
    QVERIFY(store.addModel(imported));

    QVector<InferenceRecord> rows{result(model.id, "/img/a.png", 0.5),
                                  result(model.id, "/img/b.png", 2.5)};
    rows[0].groundTruth = -1;
    QVERIFY2(store.addInferenceResults(rows), qPrintable(store.lastError()));
    QVERIFY(rows[0].id > 0 && rows[1].id > rows[0].id);

    ReviewLabel label{QString::fromUtf8("/img/ü b.png"), "defect", "scratch", at(6)};
    QVERIFY2(store.setReviewLabel(label), qPrintable(store.lastError()));

    for (int pass = 0; pass < 2; ++pass) {
      QCOMPARE(store.datasets().size(), 1);
      const DatasetRecord d = store.datasets().front();
      QCOMPARE(d.id, ds.id);
      QCOMPARE(d.root, ds.root);
      QCOMPARE(d.layout, ds.layout);
      QCOMPARE(d.displayName, ds.displayName);
      QCOMPARE(d.classNames, ds.classNames);
      QCOMPARE(d.imageCount, 1234);
      QCOMPARE(d.addedAt, at(1));

      QCOMPARE(store.trainingRuns().size(), 1);
      const TrainingRunRecord t = store.trainingRuns().front();
      QCOMPARE(t.id, run.id);
      QCOMPARE(t.configJson, run.configJson);
      QCOMPARE(t.datasetRoots, run.datasetRoots);
      QCOMPARE(t.status, QString("finished"));
      QCOMPARE(t.stepsDone, 2);
      QCOMPARE(t.totalSteps, 2);
      QCOMPARE(t.checkpointPath, run.checkpointPath);
      QCOMPARE(t.modelPath, run.modelPath);
      QCOMPARE(t.startedAt, at(2));
      QCOMPARE(t.finishedAt, at(3));
      QCOMPARE(t.message, run.message);

      const QVector<ModelRecord> ms = store.models();
      QCOMPARE(ms.size(), 2);
      QCOMPARE(ms[0].id, model.id);
      QCOMPARE(ms[0].path, model.path);
      QCOMPARE(ms[0].name, model.name);
      QCOMPARE(ms[0].backbone, model.backbone);
      QCOMPARE(ms[0].classNames, model.classNames);
      QCOMPARE(ms[0].trainingRunId, run.id);
      QCOMPARE(ms[0].createdAt, at(4));
      QCOMPARE(ms[1].trainingRunId, qint64(-1));
      QVERIFY(ms[1].classNames.isEmpty());

      const QVector<InferenceRecord> got = store.inferenceResults(model.id);
      QCOMPARE(got.size(), 2);
      for (int i = 0; i < 2; ++i) {
        QCOMPARE(got[i].id, rows[i].id);
        QCOMPARE(got[i].modelId, model.id);
        QCOMPARE(got[i].source, rows[i].source);
        QCOMPARE(got[i].imagePath, rows[i].imagePath);
        QCOMPARE(got[i].className, rows[i].className);
        QCOMPARE(got[i].score, rows[i].score);
        QCOMPARE(got[i].normalizedScore, rows[i].normalizedScore);
        QCOMPARE(got[i].verdict, rows[i].verdict);
        QCOMPARE(got[i].groundTruth, rows[i].groundTruth);
        QCOMPARE(got[i].createdAt, at(5));
      }
      QVERIFY(store.inferenceResults(imported.id).isEmpty());

      const auto labels = store.reviewLabels();
      QCOMPARE(labels.size(), 1);
      QCOMPARE(labels.value(label.imagePath).decision, QString("defect"));
      QCOMPARE(labels.value(label.imagePath).note, QString("scratch"));
      QCOMPARE(labels.value(label.imagePath).decidedAt, at(6));

      store.close();
      QVERIFY(store.open(file));  // second pass reads the reopened file
    }
    QCOMPARE(store.integrityCheck(), QString("ok"));
  }

  void duplicateDatasetRootIsRefused() {
    ProjectStore store;
    QVERIFY(store.open(mddtest::freshWorkDir("dup") + "/p.mddproj"));
    DatasetRecord a{-1, "/data/a", "folders", "A", {"x"}, 3, {}};
    QVERIFY(store.addDataset(a));
    QVERIFY(a.addedAt.isValid());  // filled in when not given
    DatasetRecord again{-1, "/data/./a/", "mvtec", "again", {}, 0, {}};
    QVERIFY(!store.addDataset(again));
    QCOMPARE(again.id, qint64(-1));
    QVERIFY2(store.lastError().contains("/data/a") && store.lastError().contains("already"),
             qPrintable(store.lastError()));
    QCOMPARE(store.datasets().size(), 1);
    QVERIFY(store.removeDataset(a.id));
    QVERIFY(!store.removeDataset(a.id));
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(store.addDataset(again));  // the root is free again
    QCOMPARE(store.datasets().size(), 1);
  }

  void badRowLeavesNothingOfItsBatch() {
    ProjectStore store;
    QVERIFY(store.open(mddtest::freshWorkDir("batch") + "/p.mddproj"));
    ModelRecord m{-1, "/m.mddnet", "m", "r18", {}, -1, {}};
    QVERIFY(store.addModel(m));

    // Empty image path in the middle (our check), unknown model (foreign key), ground truth
    // out of range (CHECK constraint): each must take back the rows before it.
    for (int kind = 0; kind < 3; ++kind) {
      QVector<InferenceRecord> batch;
      for (int i = 0; i < 5; ++i) batch << result(m.id, QString("/img/%1.png").arg(i), i);
      if (kind == 0) batch[2].imagePath.clear();
      if (kind == 1) batch[2].modelId = m.id + 100;
      if (kind == 2) batch[2].groundTruth = 7;
      QVERIFY(!store.addInferenceResults(batch));
      QVERIFY2(store.lastError().contains("3 of 5"), qPrintable(store.lastError()));
      if (kind == 0) QVERIFY(store.lastError().contains("empty"));
      if (kind == 1) QVERIFY(store.lastError().contains("not in this project"));
      for (const InferenceRecord& r : batch) QCOMPARE(r.id, qint64(-1));
      QVERIFY(store.inferenceResults(m.id).isEmpty());
      QVERIFY(store.inferenceResults(m.id + 100).isEmpty());
    }
    // The connection is usable afterwards (no transaction left open).
    QVector<InferenceRecord> good{result(m.id, "/img/ok.png", 1)};
    QVERIFY2(store.addInferenceResults(good), qPrintable(store.lastError()));
    QCOMPARE(store.inferenceResults(m.id).size(), 1);
    QCOMPARE(store.integrityCheck(), QString("ok"));
  }

  void newerResultReplacesOlderOne() {
    ProjectStore store;
    QVERIFY(store.open(mddtest::freshWorkDir("replace") + "/p.mddproj"));
    ModelRecord m{-1, "/m.mddnet", "m", "r18", {}, -1, {}};
    QVERIFY(store.addModel(m));
    QVector<InferenceRecord> first{result(m.id, "/a.png", 0.1), result(m.id, "/b.png", 0.2)};
    QVERIFY(store.addInferenceResults(first));
    QVector<InferenceRecord> second{result(m.id, "/a.png", 3.0)};
    InferenceRecord other = result(m.id, "/a.png", 4.0);
    other.source = "single";
    second << other;
    QVERIFY(store.addInferenceResults(second));
    const auto all = store.inferenceResults(m.id);
    QCOMPARE(all.size(), 3);  // b, a (replaced), a from another source
    QCOMPARE(all[0].imagePath, QString("/b.png"));
    QCOMPARE(all[1].score, 3.0);
    QVERIFY(all[1].id > first[1].id);
    const auto line = store.inferenceResults(m.id, "folder:/line1");
    QCOMPARE(line.size(), 2);
    QCOMPARE(store.inferenceResults(m.id, "single").size(), 1);
  }

  void reviewLabelsUpsertAndRemove() {
    ProjectStore store;
    QVERIFY(store.open(mddtest::freshWorkDir("labels") + "/p.mddproj"));
    QVERIFY(store.setReviewLabel({"/a.png", "good", "", at(1)}));
    QVERIFY(store.setReviewLabel({"/b.png", "defect", "", at(1)}));
    QVERIFY(store.setReviewLabel({"/a.png", "defect", "crack", at(2)}));
    auto labels = store.reviewLabels();
    QCOMPARE(labels.size(), 2);
    QCOMPARE(labels["/a.png"].decision, QString("defect"));
    QCOMPARE(labels["/a.png"].note, QString("crack"));
    QCOMPARE(labels["/a.png"].decidedAt, at(2));
    QVERIFY(!store.setReviewLabel({"/c.png", "maybe", "", {}}));
    QVERIFY(store.lastError().contains("maybe"));
    QVERIFY(store.removeReviewLabel("/a.png"));
    QVERIFY(!store.removeReviewLabel("/a.png"));
    labels = store.reviewLabels();
    QCOMPARE(labels.keys(), QStringList{"/b.png"});
  }

  void invalidRunsAndModelsAreRefused() {
    ProjectStore store;
    QVERIFY(store.open(mddtest::freshWorkDir("invalid") + "/p.mddproj"));
    TrainingRunRecord run;
    run.status = "paused";
    QVERIFY(!store.addTrainingRun(run));
    QVERIFY(store.lastError().contains("paused"));
    run.status = "running";
    QVERIFY2(store.addTrainingRun(run), qPrintable(store.lastError()));
    TrainingRunRecord ghost = run;
    ghost.id = run.id + 50;
    QVERIFY(!store.updateTrainingRun(ghost));
    ModelRecord m{-1, "/m.mddnet", "m", "r18", {}, run.id + 50, {}};
    QVERIFY(!store.addModel(m));
    QVERIFY2(store.lastError().contains(QString::number(run.id + 50)), qPrintable(store.lastError()));
    QVERIFY(store.models().isEmpty());
  }

  void recordsWithOnlyRequiredFieldsAreStored() {
    // Default-constructed QStrings are null; they must be stored as "" and read back empty.
    ProjectStore store;
    QVERIFY(store.open(mddtest::freshWorkDir("defaults") + "/p.mddproj"));
    TrainingRunRecord run;
    run.status = "failed";
    QVERIFY2(store.addTrainingRun(run), qPrintable(store.lastError()));
    ModelRecord m;
    m.path = "/m.mddnet";
    QVERIFY2(store.addModel(m), qPrintable(store.lastError()));
    InferenceRecord r;
    r.modelId = m.id;
    r.imagePath = "/a.png";
    QVector<InferenceRecord> rows{r, r};  // same key twice: the second replaces the first
    QVERIFY2(store.addInferenceResults(rows), qPrintable(store.lastError()));
    const auto got = store.inferenceResults(m.id);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got[0].id, rows[1].id);
    QVERIFY(got[0].source.isEmpty() && got[0].verdict.isEmpty());
    QVERIFY(got[0].createdAt.isValid());
    QCOMPARE(store.trainingRuns().front().message, QString());
    QVERIFY(store.trainingRuns().front().startedAt.isValid());
    QVERIFY(!store.trainingRuns().front().finishedAt.isValid());
  }

  void notAProjectIsRefusedUnchanged() {
    const QString dir = mddtest::freshWorkDir("garbage");
    const QString file = dir + "/garbage.mddproj";
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i) bytes.append(char((i * 37 + 11) & 0xff));
    {
      QFile f(file);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(bytes);
    }
    ProjectStore store;
    QString error;
    QVERIFY(!store.open(file, &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(file) && error.contains("not"), qPrintable(error));
    QCOMPARE(store.lastError(), error);
    QCOMPARE(readAll(file), bytes);
    QVERIFY(!QFile::exists(file + "-wal") && !QFile::exists(file + "-shm"));

    // A SQLite database of some other program is refused too, and not given our tables.
    const QString other = dir + "/other.mddproj";
    rawQuery(other, "CREATE TABLE t (x)");
    const QByteArray before = readAll(other);
    QVERIFY(!before.isEmpty());
    QVERIFY(!store.open(other, &error));
    QVERIFY2(error.contains(other) && error.contains("another application"), qPrintable(error));
    QCOMPARE(readAll(other), before);

    // A folder is refused with a message, not opened.
    QVERIFY(!store.open(dir, &error));
    QVERIFY(error.contains("folder"));
  }

  void newerSchemaIsRefused() {
    const QString file = mddtest::freshWorkDir("newer") + "/p.mddproj";
    {
      ProjectStore store;
      QVERIFY(store.open(file));
    }
    rawQuery(file, QString("PRAGMA user_version = %1").arg(ProjectSchema::latestVersion() + 1));
    ProjectStore store;
    QString error;
    QVERIFY(!store.open(file, &error));
    QVERIFY2(error.contains("newer") && error.contains(file), qPrintable(error));
    QCOMPARE(rawQuery(file, "PRAGMA user_version").toInt(), ProjectSchema::latestVersion() + 1);
  }

  void closedStoreFailsCleanlyAndConnectionsAreReleased() {
    const int before = QSqlDatabase::connectionNames().size();
    ProjectStore closed;
    DatasetRecord d{-1, "/x", "", "", {}, 0, {}};
    QVERIFY(!closed.addDataset(d));
    QVERIFY(!closed.lastError().isEmpty());
    QVERIFY(closed.datasets().isEmpty());
    QVERIFY(closed.modelsDir().isEmpty());
    QCOMPARE(closed.schemaVersion(), -1);

    // Two stores on one file at once: separate connections, each sees the other's writes.
    const QString file = mddtest::freshWorkDir("two") + "/p.mddproj";
    {
      ProjectStore a;
      ProjectStore b;
      QVERIFY(a.open(file));
      QVERIFY(b.open(file));
      QCOMPARE(QSqlDatabase::connectionNames().size(), before + 2);
      QVERIFY(a.setReviewLabel({"/a.png", "good", "", {}}));
      QCOMPARE(b.reviewLabels().size(), 1);
      QVERIFY(b.reviewLabels().value("/a.png").decidedAt.isValid());
    }
    QCOMPARE(QSqlDatabase::connectionNames().size(), before);
    QVERIFY(!QFile::exists(file + "-wal"));  // checkpointed on close
  }

  void recentProjectsOrderLimitAndVanishedFiles() {
    const QString dir = mddtest::freshWorkDir("recent");
    QSettings settings(dir + "/settings.ini", QSettings::IniFormat);
    RecentProjects recent(&settings);
    QSignalSpy changed(&recent, &RecentProjects::changed);
    QStringList files;
    for (int i = 0; i < 12; ++i) {
      files << QString("%1/p%2.mddproj").arg(dir).arg(i);
      QFile f(files.last());
      QVERIFY(f.open(QIODevice::WriteOnly));
      recent.add(files.last());
    }
    QCOMPARE(changed.count(), 12);
    QStringList expected;
    for (int i = 11; i >= 2; --i) expected << files[i];
    QCOMPARE(recent.list(), expected);  // newest first, at most 10

    recent.add(dir + "/./p5.mddproj");  // same file, spelled differently: moves to the top
    QCOMPARE(recent.list().size(), 10);
    QCOMPARE(recent.list().front(), files[5]);
    QCOMPARE(recent.list().count(files[5]), 1);

    QVERIFY(QFile::remove(files[11]));
    QVERIFY(!recent.list().contains(files[11]));
    QCOMPARE(recent.list().size(), 9);
    QCOMPARE(settings.value(RecentProjects::kSettingsKey).toStringList().size(), 10);

    recent.remove(files[5]);
    QVERIFY(!recent.list().contains(files[5]));
    // Stored in the settings file, so a fresh reader sees the same list.
    QSettings reread(dir + "/settings.ini", QSettings::IniFormat);
    RecentProjects again(&reread);
    QCOMPARE(again.list(), recent.list());
    recent.clear();
    QVERIFY(recent.list().isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "test_project_store.moc"
