// ProjectStore: opening, closing and checking the project file. The record reads and
// writes are in project_store_records.cpp.
#include "project/project_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "project/project_schema.h"
#include "project/sql_transaction.h"

namespace mddui {

namespace {

// The first 16 bytes of every SQLite 3 database file.
const QByteArray kSqliteHeader("SQLite format 3\0", 16);

bool queryInt(const QSqlDatabase& db, const QString& sql, qint64* value, QString* why) {
  QSqlQuery q(db);
  if (!q.exec(sql) || !q.next()) {
    *why = q.lastError().text();
    return false;
  }
  *value = q.value(0).toLongLong();
  return true;
}

void removeSqliteFiles(const QString& path) {
  QFile::remove(path);
  QFile::remove(path + QStringLiteral("-wal"));
  QFile::remove(path + QStringLiteral("-shm"));
}

}  // namespace

ProjectStore::ProjectStore() = default;

ProjectStore::~ProjectStore() { close(); }

int ProjectStore::latestSchemaVersion() { return ProjectSchema::latestVersion(); }

bool ProjectStore::open(const QString& path, QString* error) {
  close();
  lastError_.clear();
  const QString file = path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
  auto refuse = [&](const QString& why) {
    lastError_ = tr("Cannot open the project %1: %2")
                     .arg(file.isEmpty() ? tr("(no file name)") : QDir::toNativeSeparators(file), why);
    if (error) *error = lastError_;
    return false;
  };
  if (file.isEmpty()) return refuse(tr("no file name was given. Choose a .%1 file.").arg(kSuffix));

  const QFileInfo info(file);
  const bool created = !info.exists();
  if (info.isDir())
    return refuse(tr("it is a folder. Choose a .%1 file or a new file name.").arg(kSuffix));
  if (created) {
    if (!QDir().mkpath(info.absolutePath()))
      return refuse(tr("the folder %1 cannot be created. Choose a writable location.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
  } else {
    // Look at the header ourselves before SQLite touches the file: whatever it is, a file
    // that is not a database must come out of a failed open byte-for-byte unchanged.
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
      return refuse(tr("the file cannot be read (%1). Check its permissions.").arg(f.errorString()));
    if (f.size() > 0 && f.read(kSqliteHeader.size()) != kSqliteHeader)
      return refuse(tr("it is not an MDD-Net Inspector project (not a SQLite database). The file "
                       "was left unchanged; open a .%1 file or create a new project.")
                        .arg(kSuffix));
  }

  const QString name =
      QStringLiteral("mddproj-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
  QString why;
  bool ok = false;
  {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid()) {
      why = tr("the Qt SQLite driver (QSQLITE) is missing. Reinstall MDD-Net Inspector or "
               "install the Qt 6 SQLite plugin.");
    } else {
      db.setDatabaseName(file);
      // Another instance or a worker's connection may hold the write lock for a moment.
      db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
      if (!db.open())
        why = tr("SQLite cannot open it (%1). Check the file's permissions and free disk space.")
                  .arg(db.lastError().text());
      else
        ok = checkIsProject(db, &why) && applyPragmas(db, &why) && ProjectSchema::migrate(db, &why);
      if (!ok) db.close();
    }
  }
  if (!ok) {
    QSqlDatabase::removeDatabase(name);
    if (created) removeSqliteFiles(file);  // leave no half-made project behind
    return refuse(why);
  }
  connectionName_ = name;
  path_ = file;
  return true;
}

bool ProjectStore::checkIsProject(const QSqlDatabase& db, QString* why) const {
  qint64 appId = 0;
  qint64 tables = 0;
  QString sqlError;
  if (!queryInt(db, QStringLiteral("PRAGMA application_id"), &appId, &sqlError) ||
      !queryInt(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &tables, &sqlError)) {
    *why = tr("it cannot be read as a SQLite database (%1). The file was left unchanged; open a "
              ".%2 file or create a new project.")
               .arg(sqlError, kSuffix);
    return false;
  }
  // Our first migration stamps application_id with the tables, so a database with tables
  // but without our id belongs to someone else: never add our schema to it.
  if (appId != ProjectSchema::kApplicationId && (appId != 0 || tables > 0)) {
    *why = tr("it is a SQLite database of another application, not an MDD-Net Inspector "
              "project. The file was left unchanged; open a .%1 file or create a new project.")
               .arg(kSuffix);
    return false;
  }
  return true;
}

bool ProjectStore::applyPragmas(const QSqlDatabase& db, QString* why) const {
  QSqlQuery q(db);
  if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
      !q.exec(QStringLiteral("PRAGMA synchronous = FULL"))) {
    *why = tr("SQLite refused its settings (%1).").arg(q.lastError().text());
    return false;
  }
  if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
      q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
    *why = tr("its folder does not support SQLite's write-ahead log (a network drive?). "
              "Move the project to a local disk.");
    return false;
  }
  return true;
}

void ProjectStore::close() {
  if (connectionName_.isEmpty()) return;
  {
    QSqlDatabase db = QSqlDatabase::database(connectionName_, false);
    if (db.isOpen()) db.close();  // the last connection checkpoints and removes the -wal file
  }
  QSqlDatabase::removeDatabase(connectionName_);
  connectionName_.clear();
  path_.clear();
}

bool ProjectStore::isOpen() const {
  return !connectionName_.isEmpty() && database().isOpen();
}

QSqlDatabase ProjectStore::database() const {
  return QSqlDatabase::database(connectionName_, false);
}

QString ProjectStore::modelsDir() const {
  if (!isOpen()) return {};
  const QFileInfo info(path_);
  const QString dir = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".models"));
  if (!QDir().mkpath(dir)) {
    lastError_ = tr("Cannot create the models folder %1. Check the permissions of %2.")
                     .arg(QDir::toNativeSeparators(dir), QDir::toNativeSeparators(info.absolutePath()));
    return {};
  }
  return dir;
}

QString ProjectStore::integrityCheck() const {
  if (!isOpen()) return tr("no project is open");
  QSqlQuery q(database());
  if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) return q.lastError().text();
  QStringList lines;
  while (q.next()) lines << q.value(0).toString();
  return lines.isEmpty() ? tr("integrity check returned nothing") : lines.join('\n');
}

int ProjectStore::schemaVersion() const {
  if (!isOpen()) return -1;
  qint64 version = -1;
  QString why;
  if (!queryInt(database(), QStringLiteral("PRAGMA user_version"), &version, &why)) {
    lastError_ = why;
    return -1;
  }
  return static_cast<int>(version);
}

bool ProjectStore::fail(const QString& message) const {
  lastError_ = message;
  return false;
}

bool ProjectStore::failQuery(const QString& what, const QSqlQuery& query) const {
  const QSqlError e = query.lastError();
  const QString detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
  return fail(tr("%1 in the project %2: %3").arg(what, QDir::toNativeSeparators(path_), detail));
}

bool ProjectStore::requireOpen() const {
  lastError_.clear();
  if (isOpen()) return true;
  return fail(tr("No project is open. Open or create a project first."));
}

bool ProjectStore::beginWrite(SqlTransaction& tx) {
  if (!requireOpen()) return false;
  QString why;
  if (tx.begin(&why)) return true;
  return fail(tr("Cannot write to the project %1: %2. Close other programs that use it and "
                 "try again.")
                  .arg(QDir::toNativeSeparators(path_), why));
}

bool ProjectStore::commitWrite(SqlTransaction& tx) {
  QString why;
  if (tx.commit(&why)) return true;
  return fail(tr("Cannot save to the project %1: %2. Check the free disk space and try again.")
                  .arg(QDir::toNativeSeparators(path_), why));
}

}  // namespace mddui
