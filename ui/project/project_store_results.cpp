// ProjectStore: inference results and review labels, the two tables that grow with use.
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "project/project_store.h"
#include "project/sql_codec.h"
#include "project/sql_transaction.h"

namespace mddui {

// ---- inference results -------------------------------------------------------------------

bool ProjectStore::addInferenceResults(QVector<InferenceRecord>& records) {
  SqlTransaction tx(database());
  if (!beginWrite(tx)) return false;
  const QDateTime now = QDateTime::currentDateTimeUtc();
  QSqlQuery del(database());
  QSqlQuery ins(database());
  // Replace, not update: a re-run is a new result and gets a new id (newest last by id).
  if (!del.prepare(QStringLiteral("DELETE FROM inference_results WHERE model_id = :model"
                                  " AND source = :source AND image_path = :image")) ||
      !ins.prepare(QStringLiteral(
          "INSERT INTO inference_results (model_id, source, image_path, class_name, score,"
          " normalized_score, verdict, ground_truth, created_at) VALUES (:model, :source,"
          " :image, :class, :score, :norm, :verdict, :truth, :created)")))
    return failQuery(tr("Cannot prepare storing inference results"), ins);

  QVector<qint64> ids;
  ids.reserve(records.size());
  const int n = static_cast<int>(records.size());
  for (int i = 0; i < n; ++i) {
    const InferenceRecord& r = records[i];
    const QString which = tr("Cannot store inference result %1 of %2 (image \"%3\", model %4)")
                              .arg(i + 1)
                              .arg(n)
                              .arg(QDir::toNativeSeparators(r.imagePath))
                              .arg(r.modelId);
    // Checked row by row inside the transaction: a bad row in the middle of a batch must
    // also take back the rows written before it.
    if (r.imagePath.isEmpty())
      return fail(tr("%1: the image path is empty. Nothing of this batch was stored.").arg(which));
    del.bindValue(QStringLiteral(":model"), r.modelId);
    del.bindValue(QStringLiteral(":source"), SqlCodec::textToDb(r.source));
    del.bindValue(QStringLiteral(":image"), SqlCodec::textToDb(r.imagePath));
    if (!del.exec()) return failQuery(which, del);
    ins.bindValue(QStringLiteral(":model"), r.modelId);
    ins.bindValue(QStringLiteral(":source"), SqlCodec::textToDb(r.source));
    ins.bindValue(QStringLiteral(":image"), SqlCodec::textToDb(r.imagePath));
    ins.bindValue(QStringLiteral(":class"), SqlCodec::textToDb(r.className));
    ins.bindValue(QStringLiteral(":score"), r.score);
    ins.bindValue(QStringLiteral(":norm"), r.normalizedScore);
    ins.bindValue(QStringLiteral(":verdict"), SqlCodec::textToDb(r.verdict));
    ins.bindValue(QStringLiteral(":truth"), r.groundTruth);
    ins.bindValue(QStringLiteral(":created"), SqlCodec::timeToDb(r.createdAt.isValid() ? r.createdAt : now));
    if (!ins.exec()) {
      const QString db = ins.lastError().databaseText();
      if (db.contains(QLatin1String("FOREIGN KEY")))
        return fail(tr("%1: model %2 is not in this project. Nothing of this batch was stored.")
                        .arg(which)
                        .arg(r.modelId));
      return failQuery(which, ins);
    }
    ids << ins.lastInsertId().toLongLong();
  }
  del.finish();
  ins.finish();
  if (!commitWrite(tx)) return false;
  for (int i = 0; i < n; ++i) {
    records[i].id = ids[i];
    if (!records[i].createdAt.isValid()) records[i].createdAt = now;
  }
  return true;
}

QVector<InferenceRecord> ProjectStore::inferenceResults(qint64 modelId, const QString& source) const {
  QVector<InferenceRecord> out;
  if (!requireOpen()) return out;
  QSqlQuery q(database());
  q.setForwardOnly(true);
  QString sql = QStringLiteral(
      "SELECT id, model_id, source, image_path, class_name, score, normalized_score, verdict,"
      " ground_truth, created_at FROM inference_results WHERE model_id = :model");
  if (!source.isEmpty()) sql += QStringLiteral(" AND source = :source");
  q.prepare(sql + QStringLiteral(" ORDER BY id"));
  q.bindValue(QStringLiteral(":model"), modelId);
  if (!source.isEmpty()) q.bindValue(QStringLiteral(":source"), SqlCodec::textToDb(source));
  if (!q.exec()) {
    failQuery(tr("Cannot read the inference results of model %1").arg(modelId), q);
    return out;
  }
  while (q.next()) {
    InferenceRecord r;
    r.id = q.value(0).toLongLong();
    r.modelId = q.value(1).toLongLong();
    r.source = q.value(2).toString();
    r.imagePath = q.value(3).toString();
    r.className = q.value(4).toString();
    r.score = q.value(5).toDouble();
    r.normalizedScore = q.value(6).toDouble();
    r.verdict = q.value(7).toString();
    r.groundTruth = q.value(8).toInt();
    r.createdAt = SqlCodec::timeFromDb(q.value(9));
    out << r;
  }
  return out;
}

// ---- review labels -----------------------------------------------------------------------

bool ProjectStore::setReviewLabel(const ReviewLabel& label) {
  if (label.imagePath.isEmpty())
    return fail(tr("The review label has no image path."));
  if (label.decision != QLatin1String("good") && label.decision != QLatin1String("defect"))
    return fail(tr("Unknown review decision \"%1\" for %2; use good or defect.")
                    .arg(label.decision, QDir::toNativeSeparators(label.imagePath)));
  SqlTransaction tx(database());
  if (!beginWrite(tx)) return false;
  QSqlQuery q(database());
  q.prepare(QStringLiteral(
      "INSERT INTO review_labels (image_path, decision, note, decided_at)"
      " VALUES (:image, :decision, :note, :decided) ON CONFLICT (image_path) DO UPDATE SET"
      " decision = excluded.decision, note = excluded.note, decided_at = excluded.decided_at"));
  q.bindValue(QStringLiteral(":image"), SqlCodec::textToDb(label.imagePath));
  q.bindValue(QStringLiteral(":decision"), SqlCodec::textToDb(label.decision));
  q.bindValue(QStringLiteral(":note"), SqlCodec::textToDb(label.note));
  q.bindValue(QStringLiteral(":decided"), SqlCodec::timeToDb(label.decidedAt.isValid()
                                                                 ? label.decidedAt
                                                                 : QDateTime::currentDateTimeUtc()));
  if (!q.exec()) return failQuery(tr("Cannot store the review label of %1").arg(label.imagePath), q);
  q.finish();
  return commitWrite(tx);
}

bool ProjectStore::removeReviewLabel(const QString& imagePath) {
  SqlTransaction tx(database());
  if (!beginWrite(tx)) return false;
  QSqlQuery q(database());
  q.prepare(QStringLiteral("DELETE FROM review_labels WHERE image_path = :image"));
  q.bindValue(QStringLiteral(":image"), SqlCodec::textToDb(imagePath));
  if (!q.exec()) return failQuery(tr("Cannot remove the review label of %1").arg(imagePath), q);
  if (q.numRowsAffected() < 1)
    return fail(tr("There is no review label for %1 in this project.")
                    .arg(QDir::toNativeSeparators(imagePath)));
  return commitWrite(tx);
}

QHash<QString, ReviewLabel> ProjectStore::reviewLabels() const {
  QHash<QString, ReviewLabel> out;
  if (!requireOpen()) return out;
  QSqlQuery q(database());
  q.setForwardOnly(true);
  if (!q.exec(QStringLiteral("SELECT image_path, decision, note, decided_at FROM review_labels"))) {
    failQuery(tr("Cannot read the review labels"), q);
    return out;
  }
  while (q.next()) {
    ReviewLabel l;
    l.imagePath = q.value(0).toString();
    l.decision = q.value(1).toString();
    l.note = q.value(2).toString();
    l.decidedAt = SqlCodec::timeFromDb(q.value(3));
    out.insert(l.imagePath, l);
  }
  return out;
}

}  // namespace mddui
