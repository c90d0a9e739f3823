#pragma once
// A project is one SQLite file (*.mddproj) read and written through Qt SQL. Every write is a
// single transaction (WAL journal, synchronous=FULL): after a crash or power loss the file
// holds each committed write in full and nothing of an interrupted one.
//
// Threads: a Qt SQL connection belongs to the thread that opened it. Use a ProjectStore
// from one thread; a worker that writes results opens its own ProjectStore on the same file
// (WAL lets readers and one writer work side by side; writers wait on a busy timeout).
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include "project/project_records.h"

class QSqlDatabase;
class QSqlQuery;

namespace mddui {

class SqlTransaction;

class ProjectStore {
  Q_DECLARE_TR_FUNCTIONS(ProjectStore)

 public:
  static constexpr const char* kSuffix = "mddproj";

  ProjectStore();
  ~ProjectStore();
  ProjectStore(const ProjectStore&) = delete;
  ProjectStore& operator=(const ProjectStore&) = delete;

  // Opens `path`, creating the file and its schema when it does not exist yet, and upgrades
  // an older schema. A file that is not an MDD-Net project, or one written by a newer
  // version, is refused unchanged. On failure the message names the file and the fix.
  bool open(const QString& path, QString* error = nullptr);
  void close();
  bool isOpen() const;
  QString path() const { return path_; }
  // <dir>/<basename>.models next to the project file, created on demand ("" when closed).
  QString modelsDir() const;
  // "ok", or SQLite's description of the damage.
  QString integrityCheck() const;
  // PRAGMA user_version of the open file (-1 when closed).
  int schemaVersion() const;
  static int latestSchemaVersion();
  QString lastError() const { return lastError_; }

  // Datasets. addDataset sets `record.id` (and cleans `record.root`); a root that is
  // already in the project is refused.
  bool addDataset(DatasetRecord& record);
  bool removeDataset(qint64 id);
  QVector<DatasetRecord> datasets() const;

  // Training runs.
  bool addTrainingRun(TrainingRunRecord& record);
  bool updateTrainingRun(const TrainingRunRecord& record);
  QVector<TrainingRunRecord> trainingRuns() const;

  // Models.
  bool addModel(ModelRecord& record);
  QVector<ModelRecord> models() const;

  // Stores all rows in one transaction and sets their ids; an earlier row with the same
  // modelId + source + imagePath is replaced. If any row is refused, none is stored and the
  // ids are left as they were.
  bool addInferenceResults(QVector<InferenceRecord>& records);
  // Rows of one model, in insertion order; an empty `source` means every source.
  QVector<InferenceRecord> inferenceResults(qint64 modelId, const QString& source = {}) const;

  // Review labels, one per image path (setReviewLabel inserts or replaces).
  bool setReviewLabel(const ReviewLabel& label);
  bool removeReviewLabel(const QString& imagePath);
  QHash<QString, ReviewLabel> reviewLabels() const;

 private:
  QSqlDatabase database() const;
  bool fail(const QString& message) const;
  bool failQuery(const QString& what, const QSqlQuery& query) const;
  bool requireOpen() const;
  // Clear the last error and start / commit one write transaction, with a message on failure.
  bool beginWrite(SqlTransaction& tx);
  bool commitWrite(SqlTransaction& tx);
  bool checkIsProject(const QSqlDatabase& db, QString* why) const;
  bool applyPragmas(const QSqlDatabase& db, QString* why) const;

  QString path_;
  QString connectionName_;
  mutable QString lastError_;
};

}  // namespace mddui
