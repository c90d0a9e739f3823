#include "project/project_schema.h"

#include <QSqlError>
#include <QSqlQuery>

#include "project/sql_transaction.h"

namespace mddui {

namespace {

QStringList version1() {
  // Dates are ISO 8601 UTC text (NULL when unknown); string lists are JSON arrays.
  // CHECK constraints keep bad rows out even if a caller skips validation.
  return {
      QStringLiteral("CREATE TABLE datasets ("
                     " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                     " root TEXT NOT NULL UNIQUE CHECK (root <> ''),"
                     " layout TEXT NOT NULL,"
                     " display_name TEXT NOT NULL,"
                     " class_names TEXT NOT NULL,"
                     " image_count INTEGER NOT NULL CHECK (image_count >= 0),"
                     " added_at TEXT)"),
      QStringLiteral("CREATE TABLE training_runs ("
                     " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                     " config_json TEXT NOT NULL,"
                     " dataset_roots TEXT NOT NULL,"
                     " status TEXT NOT NULL"
                     "  CHECK (status IN ('running','finished','cancelled','failed')),"
                     " steps_done INTEGER NOT NULL CHECK (steps_done >= 0),"
                     " total_steps INTEGER NOT NULL CHECK (total_steps >= 0),"
                     " checkpoint_path TEXT NOT NULL,"
                     " model_path TEXT NOT NULL,"
                     " started_at TEXT,"
                     " finished_at TEXT,"
                     " message TEXT NOT NULL)"),
      QStringLiteral("CREATE TABLE models ("
                     " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                     " path TEXT NOT NULL CHECK (path <> ''),"
                     " name TEXT NOT NULL,"
                     " backbone TEXT NOT NULL,"
                     " class_names TEXT NOT NULL,"
                     " training_run_id INTEGER REFERENCES training_runs(id) ON DELETE SET NULL,"
                     " created_at TEXT)"),
      QStringLiteral("CREATE TABLE inference_results ("
                     " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                     " model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,"
                     " source TEXT NOT NULL,"
                     " image_path TEXT NOT NULL CHECK (image_path <> ''),"
                     " class_name TEXT NOT NULL,"
                     " score REAL NOT NULL,"
                     " normalized_score REAL NOT NULL,"
                     " verdict TEXT NOT NULL,"
                     " ground_truth INTEGER NOT NULL CHECK (ground_truth IN (-1, 0, 1)),"
                     " created_at TEXT,"
                     " UNIQUE (model_id, source, image_path))"),
      QStringLiteral("CREATE TABLE review_labels ("
                     " image_path TEXT PRIMARY KEY CHECK (image_path <> ''),"
                     " decision TEXT NOT NULL CHECK (decision IN ('good','defect')),"
                     " note TEXT NOT NULL,"
                     " decided_at TEXT)"),
      QStringLiteral("PRAGMA application_id = %1").arg(ProjectSchema::kApplicationId),
  };
}

int readUserVersion(const QSqlDatabase& db, QString* error) {
  QSqlQuery q(db);
  if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
    if (error) *error = q.lastError().text();
    return -1;
  }
  return q.value(0).toInt();
}

}  // namespace

const QVector<ProjectSchema::Migration>& ProjectSchema::migrations() {
  static const QVector<Migration> list{{1, version1()}};
  return list;
}

int ProjectSchema::latestVersion() { return migrations().back().version; }

bool ProjectSchema::migrate(const QSqlDatabase& db, QString* error) {
  QString why;
  const int current = readUserVersion(db, &why);
  if (current < 0) {
    if (error) *error = tr("cannot read the schema version: %1").arg(why);
    return false;
  }
  if (current > latestVersion()) {
    if (error)
      *error = tr("it was written by a newer MDD-Net Inspector (schema %1, this version "
                  "reads up to %2). Update the application to open it.")
                   .arg(current)
                   .arg(latestVersion());
    return false;
  }
  for (const Migration& m : migrations()) {
    if (m.version <= current) continue;
    SqlTransaction tx(db);
    if (!tx.begin(&why)) {
      if (error) *error = tr("cannot start the schema upgrade: %1").arg(why);
      return false;
    }
    QSqlQuery q(db);
    for (const QString& sql : m.statements) {
      if (!q.exec(sql)) {
        if (error)
          *error = tr("schema upgrade to version %1 failed: %2")
                       .arg(m.version)
                       .arg(q.lastError().text());
        return false;
      }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version))) {
      if (error) *error = tr("cannot record schema version %1: %2")
                              .arg(m.version)
                              .arg(q.lastError().text());
      return false;
    }
    q.finish();
    if (!tx.commit(&why)) {
      if (error) *error = tr("schema upgrade to version %1 failed: %2").arg(m.version).arg(why);
      return false;
    }
  }
  return true;
}

}  // namespace mddui
