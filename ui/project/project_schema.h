#pragma once
// The project file's schema and its migrations. PRAGMA user_version is the number of
// migrations applied; each migration runs in its own transaction together with the
// user_version bump, so a crash mid-upgrade leaves the file at the previous version.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace mddui {

class ProjectSchema {
  Q_DECLARE_TR_FUNCTIONS(ProjectSchema)

 public:
  struct Migration {
    int version;             // user_version after this migration
    QStringList statements;  // run in order inside one transaction
  };

  // 'MDDN' in PRAGMA application_id tells our files apart from other SQLite databases.
  static constexpr int kApplicationId = 0x4D44444E;

  // Append-only: a released migration is never edited, a schema change is a new entry.
  static const QVector<Migration>& migrations();
  static int latestVersion();

  // Applies every migration newer than the file's user_version. Returns false (and the
  // reason in *error) without touching the file when it is newer than this build.
  static bool migrate(const QSqlDatabase& db, QString* error);
};

}  // namespace mddui
