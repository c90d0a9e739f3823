// ProjectStore: reading and writing the records. Each write runs in one SqlTransaction that
// rolls back on every early return, so a refused write leaves the file as it was.
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "project/project_store.h"
#include "project/sql_codec.h"
#include "project/sql_transaction.h"

namespace mddui {

namespace {

const QStringList kRunStatuses{QStringLiteral("running"), QStringLiteral("finished"),
                               QStringLiteral("cancelled"), QStringLiteral("failed")};

// Records added without a time get "now", so lists can always be sorted by date.
QDateTime orNow(const QDateTime& t) { return t.isValid() ? t : QDateTime::currentDateTimeUtc(); }

}  // namespace

// ---- datasets ----------------------------------------------------------------------------

bool ProjectStore::addDataset(DatasetRecord& record) {
  DatasetRecord r = record;
  r.root = r.root.isEmpty() ? QString() : QDir::cleanPath(r.root);
  r.addedAt = orNow(r.addedAt);
  if (r.root.isEmpty()) {
    return fail(tr("The dataset has no folder. Choose the dataset's root folder."));
  }
  SqlTransaction tx(database());
  if (!beginWrite(tx)) return false;
  QSqlQuery q(database());
  q.prepare(QStringLiteral("SELECT id FROM datasets WHERE root = :root"));
  q.bindValue(QStringLiteral(":root"), SqlCodec::textToDb(r.root));
  if (!q.exec()) return failQuery(tr("Cannot look up the dataset %1").arg(r.root), q);
  if (q.next())
    return fail(tr("The dataset folder %1 is already in this project. Choose another folder, "
                   "or remove the existing dataset first.")
                    .arg(QDir::toNativeSeparators(r.root)));
  q.prepare(QStringLiteral(
      "INSERT INTO datasets (root, layout, display_name, class_names, image_count, added_at)"
      " VALUES (:root, :layout, :name, :classes, :count, :added)"));
  q.bindValue(QStringLiteral(":root"), SqlCodec::textToDb(r.root));
  q.bindValue(QStringLiteral(":layout"), SqlCodec::textToDb(r.layout));
  q.bindValue(QStringLiteral(":name"), SqlCodec::textToDb(r.displayName));
  q.bindValue(QStringLiteral(":classes"), SqlCodec::listToDb(r.classNames));
  q.bindValue(QStringLiteral(":count"), r.imageCount);
  q.bindValue(QStringLiteral(":added"), SqlCodec::timeToDb(r.addedAt));
  if (!q.exec()) return failQuery(tr("Cannot add the dataset %1").arg(r.root), q);
  r.id = q.lastInsertId().toLongLong();
  if (!commitWrite(tx)) return false;
  record = r;
  return true;
}

bool ProjectStore::removeDataset(qint64 id) {
  SqlTransaction tx(database());
  if (!beginWrite(tx)) return false;
  QSqlQuery q(database());
  q.prepare(QStringLiteral("DELETE FROM datasets WHERE id = :id"));
  q.bindValue(QStringLiteral(":id"), id);
  if (!q.exec()) return failQuery(tr("Cannot remove dataset %1").arg(id), q);
  if (q.numRowsAffected() < 1) return fail(tr("There is no dataset %1 in this project.").arg(id));
  if (!commitWrite(tx)) return false;
  return true;
}

QVector<DatasetRecord> ProjectStore::datasets() const {
  QVector<DatasetRecord> out;
  if (!requireOpen()) return out;
  QSqlQuery q(database());
  q.setForwardOnly(true);
  if (!q.exec(QStringLiteral("SELECT id, root, layout, display_name, class_names, image_count,"
                             " added_at FROM datasets ORDER BY id"))) {
    failQuery(tr("Cannot read the datasets"), q);
    return out;
  }
  while (q.next()) {
    DatasetRecord r;
    r.id = q.value(0).toLongLong();
    r.root = q.value(1).toString();
    r.layout = q.value(2).toString();
    r.displayName = q.value(3).toString();
    r.classNames = SqlCodec::listFromDb(q.value(4));
    r.imageCount = q.value(5).toInt();
    r.addedAt = SqlCodec::timeFromDb(q.value(6));
    out << r;
  }
  return out;
}

// ---- training runs -----------------------------------------------------------------------

namespace {
void bindRun(QSqlQuery& q, const TrainingRunRecord& r) {
  q.bindValue(QStringLiteral(":config"), SqlCodec::textToDb(r.configJson));
  q.bindValue(QStringLiteral(":roots"), SqlCodec::listToDb(r.datasetRoots));
  q.bindValue(QStringLiteral(":status"), SqlCodec::textToDb(r.status));
  q.bindValue(QStringLiteral(":done"), r.stepsDone);
  q.bindValue(QStringLiteral(":total"), r.totalSteps);
  q.bindValue(QStringLiteral(":checkpoint"), SqlCodec::textToDb(r.checkpointPath));
  q.bindValue(QStringLiteral(":model"), SqlCodec::textToDb(r.modelPath));
  q.bindValue(QStringLiteral(":started"), SqlCodec::timeToDb(r.startedAt));
  q.bindValue(QStringLiteral(":finished"), SqlCodec::timeToDb(r.finishedAt));
  q.bindValue(QStringLiteral(":message"), SqlCodec::textToDb(r.message));
}
}  // namespace

bool ProjectStore::addTrainingRun(TrainingRunRecord& record) {
  TrainingRunRecord r = record;
  r.startedAt = orNow(r.startedAt);
  if (!kRunStatuses.contains(r.status)) {
    return fail(tr("Unknown training status \"%1\"; use running, finished, cancelled or failed.")
                    .arg(r.status));
  }
  SqlTransaction tx(database());
  if (!beginWrite(tx)) return false;
  QSqlQuery q(database());
  q.prepare(QStringLiteral(
      "INSERT INTO training_runs (config_json, dataset_roots, status, steps_done, total_steps,"
      " checkpoint_path, model_path, started_at, finished_at, message) VALUES (:config, :roots,"
      " :status, :done, :total, :checkpoint, :model, :started, :finished, :message)"));
  bindRun(q, r);
  if (!q.exec()) return failQuery(tr("Cannot add the training run"), q);
  r.id = q.lastInsertId().toLongLong();
  if (!commitWrite(tx)) return false;
  record = r;
  return true;
}

bool ProjectStore::updateTrainingRun(const TrainingRunRecord& record) {
  if (!kRunStatuses.contains(record.status)) {
    return fail(tr("Unknown training status \"%1\"; use running, finished, cancelled or failed.")
                    .arg(record.status));
  }
  SqlTransaction tx(database());
  if (!beginWrite(tx)) return false;
  QSqlQuery q(database());
  q.prepare(QStringLiteral(
      "UPDATE training_runs SET config_json = :config, dataset_roots = :roots, status = :status,"
      " steps_done = :done, total_steps = :total, checkpoint_path = :checkpoint,"
      " model_path = :model, started_at = :started, finished_at = :finished,"
      " message = :message WHERE id = :id"));
  bindRun(q, record);
  q.bindValue(QStringLiteral(":id"), record.id);
  if (!q.exec()) return failQuery(tr("Cannot update training run %1").arg(record.id), q);
  if (q.numRowsAffected() < 1)
    return fail(tr("There is no training run %1 in this project.").arg(record.id));
  if (!commitWrite(tx)) return false;
  return true;
}

QVector<TrainingRunRecord> ProjectStore::trainingRuns() const {
  QVector<TrainingRunRecord> out;
  if (!requireOpen()) return out;
  QSqlQuery q(database());
  q.setForwardOnly(true);
  if (!q.exec(QStringLiteral("SELECT id, config_json, dataset_roots, status, steps_done,"
                             " total_steps, checkpoint_path, model_path, started_at,"
                             " finished_at, message FROM training_runs ORDER BY id"))) {
    failQuery(tr("Cannot read the training runs"), q);
    return out;
  }
  while (q.next()) {
    TrainingRunRecord r;
    r.id = q.value(0).toLongLong();
    r.configJson = q.value(1).toString();
    r.datasetRoots = SqlCodec::listFromDb(q.value(2));
    r.status = q.value(3).toString();
    r.stepsDone = q.value(4).toInt();
    r.totalSteps = q.value(5).toInt();
    r.checkpointPath = q.value(6).toString();
    r.modelPath = q.value(7).toString();
    r.startedAt = SqlCodec::timeFromDb(q.value(8));
    r.finishedAt = SqlCodec::timeFromDb(q.value(9));
    r.message = q.value(10).toString();
    out << r;
  }
  return out;
}

// ---- models ------------------------------------------------------------------------------

bool ProjectStore::addModel(ModelRecord& record) {
  ModelRecord r = record;
  r.createdAt = orNow(r.createdAt);
  if (r.path.isEmpty()) {
    return fail(tr("The model has no file path. Save the model file first."));
  }
  SqlTransaction tx(database());
  if (!beginWrite(tx)) return false;
  QSqlQuery q(database());
  if (r.trainingRunId >= 0) {
    q.prepare(QStringLiteral("SELECT 1 FROM training_runs WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), r.trainingRunId);
    if (!q.exec()) return failQuery(tr("Cannot look up training run %1").arg(r.trainingRunId), q);
    if (!q.next())
      return fail(tr("The model %1 names training run %2, which is not in this project.")
                      .arg(QDir::toNativeSeparators(r.path))
                      .arg(r.trainingRunId));
  }
  q.prepare(QStringLiteral(
      "INSERT INTO models (path, name, backbone, class_names, training_run_id, created_at)"
      " VALUES (:path, :name, :backbone, :classes, :run, :created)"));
  q.bindValue(QStringLiteral(":path"), SqlCodec::textToDb(r.path));
  q.bindValue(QStringLiteral(":name"), SqlCodec::textToDb(r.name));
  q.bindValue(QStringLiteral(":backbone"), SqlCodec::textToDb(r.backbone));
  q.bindValue(QStringLiteral(":classes"), SqlCodec::listToDb(r.classNames));
  q.bindValue(QStringLiteral(":run"), SqlCodec::idToDb(r.trainingRunId));
  q.bindValue(QStringLiteral(":created"), SqlCodec::timeToDb(r.createdAt));
  if (!q.exec()) return failQuery(tr("Cannot add the model %1").arg(r.path), q);
  r.id = q.lastInsertId().toLongLong();
  if (!commitWrite(tx)) return false;
  record = r;
  return true;
}

QVector<ModelRecord> ProjectStore::models() const {
  QVector<ModelRecord> out;
  if (!requireOpen()) return out;
  QSqlQuery q(database());
  q.setForwardOnly(true);
  if (!q.exec(QStringLiteral("SELECT id, path, name, backbone, class_names, training_run_id,"
                             " created_at FROM models ORDER BY id"))) {
    failQuery(tr("Cannot read the models"), q);
    return out;
  }
  while (q.next()) {
    ModelRecord r;
    r.id = q.value(0).toLongLong();
    r.path = q.value(1).toString();
    r.name = q.value(2).toString();
    r.backbone = q.value(3).toString();
    r.classNames = SqlCodec::listFromDb(q.value(4));
    r.trainingRunId = SqlCodec::idFromDb(q.value(5));
    r.createdAt = SqlCodec::timeFromDb(q.value(6));
    out << r;
  }
  return out;
}

}  // namespace mddui
