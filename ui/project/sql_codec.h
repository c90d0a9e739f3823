#pragma once
// How record fields are spelled in the project file: times as ISO 8601 UTC text with
// milliseconds (sortable, readable in any SQLite browser), string lists as JSON arrays,
// "no value" (-1 ids, invalid times) as NULL.
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace mddui {

class SqlCodec {
 public:
  // Qt binds a null QString as SQL NULL; our text columns are NOT NULL, so "" instead.
  static QVariant textToDb(const QString& text);
  static QVariant timeToDb(const QDateTime& time);
  static QDateTime timeFromDb(const QVariant& value);
  static QString listToDb(const QStringList& list);
  static QStringList listFromDb(const QVariant& value);
  static QVariant idToDb(qint64 id);
  static qint64 idFromDb(const QVariant& value);
};

}  // namespace mddui
