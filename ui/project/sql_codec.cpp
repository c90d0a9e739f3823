#include "project/sql_codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaType>

namespace mddui {

QVariant SqlCodec::textToDb(const QString& text) {
  return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

QVariant SqlCodec::timeToDb(const QDateTime& time) {
  if (!time.isValid()) return QVariant(QMetaType::fromType<QString>());
  return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime SqlCodec::timeFromDb(const QVariant& value) {
  if (value.isNull()) return {};
  return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString SqlCodec::listToDb(const QStringList& list) {
  return QString::fromUtf8(
      QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList SqlCodec::listFromDb(const QVariant& value) {
  QStringList out;
  const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
  out.reserve(array.size());
  for (const QJsonValue& v : array) out << v.toString();
  return out;
}

QVariant SqlCodec::idToDb(qint64 id) {
  if (id < 0) return QVariant(QMetaType::fromType<qlonglong>());
  return QVariant::fromValue<qlonglong>(id);
}

qint64 SqlCodec::idFromDb(const QVariant& value) {
  return value.isNull() ? -1 : value.toLongLong();
}

}  // namespace mddui
