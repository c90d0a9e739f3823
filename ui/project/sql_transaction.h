#pragma once
// One write transaction on a project connection. Rolls back on destruction unless commit()
// succeeded, so every early `return false` in ProjectStore leaves the file untouched.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace mddui {

class SqlTransaction {
  Q_DECLARE_TR_FUNCTIONS(SqlTransaction)

 public:
  explicit SqlTransaction(const QSqlDatabase& db);
  ~SqlTransaction();
  SqlTransaction(const SqlTransaction&) = delete;
  SqlTransaction& operator=(const SqlTransaction&) = delete;

  // BEGIN IMMEDIATE: takes the write lock up front, so a second writer (another instance
  // or a worker thread's connection) waits on the busy timeout instead of failing half-way.
  bool begin(QString* error);
  bool commit(QString* error);
  void rollback();
  bool isActive() const { return active_; }

 private:
  bool exec(const QString& sql, QString* error);

  QSqlDatabase db_;
  bool active_ = false;
};

}  // namespace mddui
