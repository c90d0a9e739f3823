#include "project/sql_transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mddui {

SqlTransaction::SqlTransaction(const QSqlDatabase& db) : db_(db) {}

SqlTransaction::~SqlTransaction() { rollback(); }

bool SqlTransaction::exec(const QString& sql, QString* error) {
  QSqlQuery q(db_);
  if (q.exec(sql)) return true;
  if (error) *error = q.lastError().text();
  return false;
}

bool SqlTransaction::begin(QString* error) {
  if (active_) return true;
  active_ = exec(QStringLiteral("BEGIN IMMEDIATE"), error);
  return active_;
}

bool SqlTransaction::commit(QString* error) {
  if (!active_) {
    if (error) *error = tr("no transaction is open");
    return false;
  }
  if (!exec(QStringLiteral("COMMIT"), error)) {
    rollback();
    return false;
  }
  active_ = false;
  return true;
}

void SqlTransaction::rollback() {
  if (!active_) return;
  active_ = false;
  exec(QStringLiteral("ROLLBACK"), nullptr);
}

}  // namespace mddui
