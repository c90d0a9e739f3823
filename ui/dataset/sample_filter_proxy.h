#pragma once
// Narrows the browser's list by class, split, verdict, review state and file name. An empty
// filter lets everything through. Works on SampleListModel directly (no QVariant per row),
// so filtering 100,000 images stays interactive; other models are read through their roles.
#include <QSortFilterProxyModel>

namespace mddui {

class SampleListModel;

class SampleFilterProxy : public QSortFilterProxyModel {
  Q_OBJECT
 public:
  explicit SampleFilterProxy(QObject* parent = nullptr);

  void setSourceModel(QAbstractItemModel* model) override;

  void setClassFilter(const QString& className);
  // "train", "validation", "test"
  void setSplitFilter(const QString& split);
  // "good", "defect", "needs_review"; "none" = not inspected yet
  void setVerdictFilter(const QString& verdict);
  // "good", "defect"; "unreviewed" = no label yet; "reviewed" = any label
  void setReviewFilter(const QString& review);
  // Case-insensitive substring of the file name (not the folder).
  void setNameFilter(const QString& text);

  QString classFilter() const { return class_; }
  QString splitFilter() const { return split_; }
  QString verdictFilter() const { return verdict_; }
  QString reviewFilter() const { return review_; }
  QString nameFilter() const { return name_; }

 signals:
  // After any filter change, with the number of rows now visible.
  void filterChanged(int visibleRows);

 protected:
  bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

 private:
  bool update(QString& field, const QString& value);
  bool accepts(const QString& className, const QString& split, const QString& verdict,
               const QString& review, const QString& fileName) const;

  const SampleListModel* samples_ = nullptr;  // the source when it is one, else null
  QString class_, split_, verdict_, review_, name_;
};

}  // namespace mddui
